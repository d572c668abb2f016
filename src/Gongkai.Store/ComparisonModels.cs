using Gongkai.Core.Money;
using Gongkai.Core.Tables;

namespace Gongkai.Store;

/// <summary>
/// 对比: two documents side by side. Tables are matched by canonical id; within a table, rows by code (uncoded rows by
/// key, then name) and columns by key (then header). Values are as printed, each in its table's unit;
/// <see cref="RowComparison.Differences"/> are right − left after converting right to the left table's unit.
/// </summary>
public sealed record DocumentComparison(DocumentSummary Left, DocumentSummary Right, IReadOnlyList<TableComparison> Tables);

/// <summary>One table of either document; a table printed by only one side has the other side's unit null and its values null.</summary>
public sealed record TableComparison
{
    public required TableId? TableId { get; init; }

    public required string Title { get; init; }

    public AmountUnit? LeftUnit { get; init; }

    public AmountUnit? RightUnit { get; init; }

    /// <summary>The columns of both tables, left's order first, then those only the right prints.</summary>
    public required IReadOnlyList<ComparisonColumn> Columns { get; init; }

    /// <summary>Rows in left order, then rows only the right prints.</summary>
    public required IReadOnlyList<RowComparison> Rows { get; init; }
}

/// <summary>A column of a compared table: its key (or null) and printed header.</summary>
public sealed record ComparisonColumn(ColumnKey? Key, string Header);

/// <summary>
/// One matched row. <see cref="Left"/> and <see cref="Right"/> are aligned with <see cref="TableComparison.Columns"/>
/// (null: blank or not printed); <see cref="InLeft"/>/<see cref="InRight"/> say whether each side prints the row.
/// </summary>
public sealed record RowComparison
{
    /// <summary>The match key: the code, else "key:" + row key, else "name:" + name.</summary>
    public required string MatchKey { get; init; }

    public string? Code { get; init; }

    public required string Name { get; init; }

    public required RowKind Kind { get; init; }

    public required bool InLeft { get; init; }

    public required bool InRight { get; init; }

    public required IReadOnlyList<decimal?> Left { get; init; }

    public required IReadOnlyList<decimal?> Right { get; init; }

    /// <summary>right − left in the left unit, per column (null when either is blank/absent).</summary>
    public required IReadOnlyList<decimal?> Differences { get; init; }

    /// <summary>True when some column differs (a value on one side only also counts).</summary>
    public bool Differs => !InLeft || !InRight || Differences.Any(d => d is not null && d != 0m)
        || Left.Zip(Right).Any(p => (p.First is null) != (p.Second is null));
}
