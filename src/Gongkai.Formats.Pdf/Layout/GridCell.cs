using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>A cell of a ruled grid; a merged cell spans several grid rows or columns (0-based, top row first).</summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, Box Box);
