namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>
/// One visible character on a page (letters hidden by a clipping path are already gone).
/// <see cref="Box"/> spans the advance width and the font's em height around the baseline,
/// which is steadier than glyph outlines for CJK fonts with missing metrics.
/// </summary>
public sealed record PdfGlyph(string Value, Box Box, double BaselineY, double FontSize, string FontName)
{
    public bool IsWhiteSpace => string.IsNullOrWhiteSpace(Value);
}
