using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules.Equations;

/// <summary>Null-safe lookups of rows and cells that rules share. Missing pieces return null: the check does not apply.</summary>
internal static class TableAccess
{
    public static bool IsFunctionCoded(DisclosureTable table) =>
        table.Definition?.RowAxis is TableRowAxis.FunctionClassification or TableRowAxis.Project
        || (table.Definition is null && table.Rows.Any(r => r.Kind is RowKind.Class or RowKind.Section or RowKind.Item) && !IsSummary(table));

    public static bool IsSummary(DisclosureTable table) =>
        table.Definition?.RowAxis == TableRowAxis.Summary
        || (table.Definition is null && (table.Id == TableId.B01 || table.Id == TableId.B04 || table.Id == TableId.F01 || table.Id == TableId.F04));

    /// <summary>The 合计 row of a detail table (kind Total, side None first), or null.</summary>
    public static TableRow? TotalRow(DisclosureTable table) =>
        table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total && r.Side == TableSide.None) ?? table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);

    /// <summary>The labelled line with this key, or null.</summary>
    public static TableRow? Line(DisclosureTable table, string key) => table.Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>The amount column of one side of a summary table (预算数 / 决算数 / 合计), or -1.</summary>
    public static int AmountColumn(DisclosureTable table, TableSide side)
    {
        int Find(Func<TableColumn, bool> p)
        {
            for (var i = 0; i < table.Columns.Count; i++) if (p(table.Columns[i])) return i;
            return -1;
        }
        static bool IsAmountKey(ColumnKey? k) => k == ColumnKey.Total || k == ColumnKey.Budget || k == ColumnKey.Final;
        var i = Find(c => c.Side == side && IsAmountKey(c.Key));
        if (i < 0) i = Find(c => c.Side == side && c.Key is not null);
        if (i < 0 && !table.Columns.Any(c => c.Side == side))
        {
            // Two-sided table read without sides: the first amount column is 收入, the second 支出.
            var unsided = Enumerable.Range(0, table.Columns.Count)
                .Where(j => table.Columns[j].Side == TableSide.None && IsAmountKey(table.Columns[j].Key)).ToList();
            if (unsided.Count > 0) i = side == TableSide.Expenditure && unsided.Count > 1 ? unsided[1] : unsided[0];
        }
        return i;
    }

    /// <summary>The amount cell of a labelled line of a summary table (its side's amount column), or null.</summary>
    public static CellRef? LineAmount(DisclosureTable table, string key)
    {
        var row = Line(table, key);
        if (row is null) return null;
        var col = AmountColumn(table, row.Side == TableSide.None ? SideOf(table, key) : row.Side);
        return col < 0 ? null : new CellRef(table, row, col);
    }

    /// <summary>The cell (row, column key) of a detail table, or null when the column is absent.</summary>
    public static CellRef? Cell(DisclosureTable table, TableRow? row, ColumnKey key, TableSide side = TableSide.None)
    {
        if (row is null) return null;
        var i = table.IndexOf(key, side);
        return i < 0 ? null : new CellRef(table, row, i);
    }

    private static TableSide SideOf(DisclosureTable table, string key)
    {
        var def = table.Definition?.RowDefinitions.FirstOrDefault(d => d.Key == key);
        if (def is not null) return def.Side;
        return key switch
        {
            SummaryRowKeys.CurrentYearExpenditureTotal or SummaryRowKeys.CarryForward or SummaryRowKeys.BalanceDistribution
                or SummaryRowKeys.ClosingBalance or SummaryRowKeys.ExpenditureGrandTotal => TableSide.Expenditure,
            _ => TableSide.Income,
        };
    }
}
