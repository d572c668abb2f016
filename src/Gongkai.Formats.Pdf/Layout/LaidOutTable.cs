using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>
/// A grid with its text: <see cref="Cells"/>[row][column] holds a merged cell's text at its top-left position
/// and "" in the other positions it spans.
/// </summary>
public sealed record LaidOutTable(TableGrid Grid, IReadOnlyList<IReadOnlyList<string>> Cells)
{
    public Box Box => Grid.Box;

    /// <summary>Font size of most of the table's text (0 when the table holds none).</summary>
    public double FontSize { get; init; }
}
