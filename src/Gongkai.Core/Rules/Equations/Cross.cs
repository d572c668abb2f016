using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Equations;

/// <summary>Builders of cross-table identities (表间): same figure in two tables, matched by line key or code.</summary>
internal static class Cross
{
    public static CellRef? Line(DisclosureDocument document, TableId id, string key) =>
        document.Table(id) is { } t ? TableAccess.LineAmount(t, key) : null;

    public static CellRef? Total(DisclosureDocument document, TableId id, ColumnKey key, TableSide side = TableSide.None) =>
        document.Table(id) is { } t ? TableAccess.Cell(t, TableAccess.TotalRow(t), key, side) : null;

    /// <summary>An equality when both cells exist.</summary>
    public static IEnumerable<Equation> Same(string ruleId, CellRef? target, CellRef? other)
    {
        if (target is { } a && other is { } b) yield return Equation.Same(ruleId, a, b);
    }

    /// <summary>Coded rows (first occurrence of each code) of the given kinds, outside the 收入 side.</summary>
    public static IReadOnlyList<TableRow> CodedRows(DisclosureTable table, params RowKind[] kinds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return table.Rows.Where(r => r.Code is not null && kinds.Contains(r.Kind) && r.Side != TableSide.Income && seen.Add(r.Code)).ToList();
    }

    /// <summary>
    /// Row by row over shared codes: <paramref name="a"/>'s cell (column <paramref name="colA"/>) = <paramref name="b"/>'s
    /// (column <paramref name="colB"/>). With <paramref name="bothWays"/>, a code printed in one table only is compared
    /// with 0 (未列示).
    /// </summary>
    public static IEnumerable<Equation> ByCode(string ruleId, DisclosureTable a, int colA, DisclosureTable b, int colB, bool bothWays, params RowKind[] kinds)
    {
        if (colA < 0 || colB < 0) yield break;
        var rowsA = CodedRows(a, kinds);
        var rowsB = CodedRows(b, kinds);
        foreach (var ra in rowsA)
        {
            var rb = rowsB.FirstOrDefault(r => r.Code == ra.Code);
            if (rb is not null) yield return Equation.Same(ruleId, new CellRef(a, ra, colA), new CellRef(b, rb, colB));
            else if (bothWays && rowsB.Count > 0) yield return new Equation(ruleId, new CellRef(a, ra, colA), []);
        }
        if (!bothWays || rowsA.Count == 0) yield break;
        foreach (var rb in rowsB)
        {
            if (rowsA.All(r => r.Code != rb.Code)) yield return new Equation(ruleId, new CellRef(b, rb, colB), []);
        }
    }

    /// <summary>The 本年支出合计 line of a summary table in the given column, or null.</summary>
    public static CellRef? SummaryExpenditureTotal(DisclosureTable table, int column)
    {
        var row = TableAccess.Line(table, SummaryRowKeys.CurrentYearExpenditureTotal);
        return row is null || column < 0 ? null : new CellRef(table, row, column);
    }

    /// <summary>Index of a 支出-side column of a summary table (sided, else unsided), or -1.</summary>
    public static int ExpenditureColumn(DisclosureTable table, ColumnKey key)
    {
        var i = table.IndexOf(key, TableSide.Expenditure);
        return i >= 0 ? i : table.IndexOf(key);
    }
}
