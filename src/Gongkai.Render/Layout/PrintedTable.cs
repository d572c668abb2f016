using Gongkai.Core.Tables;

namespace Gongkai.Render.Layout;

/// <summary>
/// A table laid out for printing, format-neutral: the caption lines (number, title, 编制部门, 单位), the header grid with
/// merged cells, the body grid and the notes under it. Every renderer draws this one layout, so all formats print the
/// same table.
/// </summary>
public sealed record PrintedTable
{
    public required DisclosureTable Source { get; init; }

    /// <summary>The printed number ("表一"), or null.</summary>
    public string? Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Lines between the title and the grid (编制部门：…); the unit line comes last.</summary>
    public IReadOnlyList<string> Preamble { get; init; } = [];

    /// <summary>"单位：万元", or null for tables without amounts (performance tables).</summary>
    public string? UnitLine { get; init; }

    /// <summary>Number of grid columns.</summary>
    public required int ColumnCount { get; init; }

    /// <summary>Header rows; each row lists its cells left to right, skipping positions covered by a merge.</summary>
    public IReadOnlyList<IReadOnlyList<PrintedCell>> HeaderRows { get; init; } = [];

    /// <summary>Body rows; each row lists its cells left to right (a cell may span columns).</summary>
    public IReadOnlyList<IReadOnlyList<PrintedCell>> Rows { get; init; } = [];

    /// <summary>Notes printed under the table (空表说明, 备注).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Relative column widths (sum is arbitrary), one per column.</summary>
    public required IReadOnlyList<double> ColumnWeights { get; init; }

    /// <summary>True for performance and other free tables (no header, text cells).</summary>
    public bool IsFree { get; init; }

    /// <summary>The title is printed inside the table's frame (目录), not as a caption line above it.</summary>
    public bool CaptionInside { get; init; }

    /// <summary>Wide tables are printed on landscape pages.</summary>
    public bool IsWide => ColumnCount > 8 || ColumnWeights.Sum() > 28;
}
