using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>
/// A ruled table region: column edges left to right, row edges top to bottom, and its cells
/// (merged cells once, at their top-left grid position).
/// </summary>
public sealed record TableGrid(Box Box, IReadOnlyList<double> ColumnEdges, IReadOnlyList<double> RowEdges, IReadOnlyList<GridCell> Cells)
{
    public int RowCount => RowEdges.Count - 1;

    public int ColumnCount => ColumnEdges.Count - 1;
}
