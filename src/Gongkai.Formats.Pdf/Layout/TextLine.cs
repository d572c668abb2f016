using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>Glyphs sharing a baseline, left to right, joined into text.</summary>
public sealed record TextLine(string Text, Box Box, double FontSize, IReadOnlyList<PdfGlyph> Glyphs);
