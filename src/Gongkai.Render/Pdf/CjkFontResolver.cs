using PdfSharp.Fonts;

namespace Gongkai.Render.Pdf;

/// <summary>PDFsharp's font resolver: every family the renderer asks for is the one Chinese face found at run time.</summary>
internal sealed class CjkFontResolver(CjkFont font) : IFontResolver
{
    public const string Family = "GongkaiCJK";
    private const string FaceName = "GongkaiCJK-Regular";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName);

    public byte[]? GetFont(string faceName) => font.Face;
}
