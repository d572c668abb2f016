namespace Gongkai.Render.Layout;

/// <summary>What a printed cell holds, for alignment and typing (amounts are right-aligned numbers in XLSX).</summary>
public enum PrintedCellKind
{
    /// <summary>A header cell (表头).</summary>
    Header,
    /// <summary>A classification code (科目编码), printed as text.</summary>
    Code,
    /// <summary>A row label (科目名称, 项目名称, line label).</summary>
    Label,
    /// <summary>An amount in the table's unit.</summary>
    Amount,
    /// <summary>Free text (performance tables).</summary>
    Text,
}

/// <summary>
/// One printed cell of a table grid. <see cref="ColumnSpan"/> and <see cref="RowSpan"/> merge it over its neighbours
/// (the covered positions hold no cell). Amounts keep their value and the decimals they are printed with.
/// </summary>
public sealed record PrintedCell(string Text, PrintedCellKind Kind)
{
    public int ColumnSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;

    /// <summary>The amount of an <see cref="PrintedCellKind.Amount"/> cell, or null when blank.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Decimals the amount is printed with.</summary>
    public int Decimals { get; init; }

    /// <summary>Printed bold (合计 / 总计 rows).</summary>
    public bool Bold { get; init; }
}
