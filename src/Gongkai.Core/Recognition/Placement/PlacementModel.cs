using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Recognition.Placement;

/// <summary>
/// A table whose text lost its layout: each row's printed numbers are known in order, but not which column each
/// belongs to (columns collapsed; blank cells may have vanished). The solver places them using the table's column
/// identities, the classification hierarchy between rows, and optional priors.
/// </summary>
public sealed record PlacementProblem
{
    /// <summary>Name for messages (e.g. "表三 单位支出总体情况表").</summary>
    public required string TableName { get; init; }

    /// <summary>The value columns, in printed order.</summary>
    public required IReadOnlyList<ColumnKey> Columns { get; init; }

    /// <summary>Printed headers of <see cref="Columns"/>, for messages.</summary>
    public required IReadOnlyList<string> ColumnHeaders { get; init; }

    public required IReadOnlyList<ColumnIdentity> Identities { get; init; }

    public required IReadOnlyList<PlacementRow> Rows { get; init; }

    /// <summary>Known constraints on where values may stand (e.g. 302 rows have no 人员经费).</summary>
    public IReadOnlyList<PlacementPrior> Priors { get; init; } = [];

    /// <summary>
    /// True when blank cells were dropped from the text (so a row may print fewer numbers than there are columns).
    /// False when every cell is printed (zeros as 0.00) and only the layout collapsed.
    /// </summary>
    public bool BlanksDropped { get; init; } = true;

    /// <summary>Canonical id of the table, copied to the diagnostics' <see cref="ImportDiagnostic.Table"/>, if known.</summary>
    public TableId? Table { get; init; }
}

/// <summary>One row: its code and kind (for the hierarchy), and the numbers printed on it, in order.</summary>
public sealed record PlacementRow(string? Code, RowKind Kind, IReadOnlyList<CellValue> Numbers, string Quote, int? Line)
{
    /// <summary>The printed name (科目名称 / label), for messages; when null, messages quote the row.</summary>
    public string? Name { get; init; }

    /// <summary>1-based page, when the source has pages (copied to diagnostics).</summary>
    public int? Page { get; init; }
}

/// <summary>A constraint: rows whose code starts with <see cref="CodePrefix"/> (null = every row) have a blank
/// (or zero) cell in <see cref="Column"/>.</summary>
public sealed record PlacementPrior(string? CodePrefix, ColumnKey Column);

/// <summary>How a row's numbers were placed.</summary>
public enum PlacementStatus
{
    /// <summary>Only one placement fits the row's own count and identities.</summary>
    Unique,
    /// <summary>Several fit the row alone; the hierarchy or priors chose one.</summary>
    Resolved,
    /// <summary>Several fit equally well (alone, with a family, or by shifting a whole column of the table); a
    /// deterministic one (normally the leftmost-filling) was taken and a diagnostic says so.</summary>
    Ambiguous,
    /// <summary>No placement satisfies the identities; the best one was taken and a diagnostic names the failing identity.</summary>
    Unsatisfiable,
}

/// <summary>The placement of one row: for each printed number, the index of its column in <see cref="PlacementProblem.Columns"/>.</summary>
/// <remarks>
/// <see cref="ColumnOfNumber"/> has one entry per printed number; -1 marks a number that could not be placed (a row
/// printing more numbers than the table has columns). <see cref="Alternatives"/> is the number of distinct placements
/// that fit the row on its own (its count and its row identities): 1 for <see cref="PlacementStatus.Unique"/>.
/// </remarks>
public sealed record RowPlacement(IReadOnlyList<int> ColumnOfNumber, PlacementStatus Status, int Alternatives)
{
    /// <summary>For <see cref="PlacementStatus.Ambiguous"/> rows (or unsatisfiable rows that are also ambiguous): the other
    /// placements that were just as good as the chosen one, each in the form of <see cref="ColumnOfNumber"/>. Empty otherwise.</summary>
    public IReadOnlyList<IReadOnlyList<int>> OtherPlacements { get; init; } = [];

    /// <summary>The cell values of the row in column order (blank cells are <see cref="CellValue.Blank"/>).</summary>
    public IReadOnlyList<CellValue> Cells { get; init; } = [];
}

/// <summary>The solver's answer: one placement per input row (same order) plus diagnostics (Chinese messages).</summary>
public sealed record PlacementResult(IReadOnlyList<RowPlacement> Rows, IReadOnlyList<ImportDiagnostic> Diagnostics);
