namespace Gongkai.Formats.Pdf.Layout;

/// <summary>A page analysed: its ruled tables and the text lines outside them (top to bottom).</summary>
public sealed record PageLayout(int PageNumber, double Width, double Height, IReadOnlyList<LaidOutTable> Tables, IReadOnlyList<TextLine> Lines);
