using Gongkai.Core.Money;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tables;

/// <summary>A table as read from a disclosure, in the canonical model.</summary>
public sealed record DisclosureTable
{
    /// <summary>Canonical id, or null when the table was found but not recognised.</summary>
    public TableId? Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The printed number ("表一", "表 1", "预算01表"), if any.</summary>
    public string? PrintedNumber { get; init; }

    public int? Page { get; init; }

    public int? Line { get; init; }

    public AmountUnit AmountUnit { get; init; } = AmountUnit.WanYuan;

    /// <summary>True when the table was printed with no data (空表).</summary>
    public bool IsEmpty { get; init; }

    /// <summary>The 空表 note printed with the table ("…此表为空。"), if any.</summary>
    public string? EmptyNote { get; init; }

    public required IReadOnlyList<TableColumn> Columns { get; init; }

    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>The template's definition this table was read with (identities, row keys), or null.</summary>
    public TemplateTableDefinition? Definition { get; init; }

    /// <summary>Index of the first column with this key (on the given side), or -1.</summary>
    public int IndexOf(ColumnKey key, TableSide side = TableSide.None)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key && (side == TableSide.None || Columns[i].Side == side)) return i;
        }
        return -1;
    }

    /// <summary>The 合计/总计 row (of the given side), or null.</summary>
    public TableRow? TotalRow(TableSide side = TableSide.None) =>
        Rows.FirstOrDefault(r => r.Kind == RowKind.Total && (side == TableSide.None || r.Side == side));

    /// <summary>The first row with this classification code, or null.</summary>
    public TableRow? RowByCode(string code) => Rows.FirstOrDefault(r => r.Code == code);

    /// <summary>The first row with this semantic key, or null.</summary>
    public TableRow? RowByKey(string key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>The value at (row, column key), or null when the column is absent.</summary>
    public CellValue? Cell(TableRow row, ColumnKey key, TableSide side = TableSide.None)
    {
        var i = IndexOf(key, side);
        return i < 0 ? null : row.Values[i];
    }
}
