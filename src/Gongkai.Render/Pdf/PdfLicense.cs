using PdfSharp;

namespace Gongkai.Render.Pdf;

/// <summary>
/// PDFsharp 6.5 refuses to work until a license is chosen: its free AGPL-3.0 license, or a commercial key. The one
/// place the choice is made: a commercial key in the GONGKAI_PDFSHARP_LICENSE environment variable, else AGPL.
/// </summary>
/// <remarks>TODO(#5): the project owner decides whether AGPL-3.0 fits the product, or buys a key, or pins an MIT 6.2.x.</remarks>
internal static class PdfLicense
{
    public const string EnvironmentVariable = "GONGKAI_PDFSHARP_LICENSE";
    private static readonly object s_lock = new();
    private static bool s_loaded;

    public static void Ensure()
    {
        lock (s_lock)
        {
            if (s_loaded) return;
            var key = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (string.IsNullOrWhiteSpace(key)) PdfSharpLicense.SetAgplLicense();
            else PdfSharpLicense.LoadLicense(key.Trim());
            s_loaded = true;
        }
    }
}
