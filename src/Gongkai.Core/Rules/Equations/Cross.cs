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
    /// The rows of each code, one per unit segment (rows after a per-unit subtotal belong to that unit; within a segment
    /// the first occurrence counts, so a repeated 续表 line is not added twice). A department table listing several units
    /// thus compares Σ over its units with the other table's figure.
    /// </summary>
    public static IReadOnlyDictionary<string, List<TableRow>> CodeRowsByUnit(DisclosureTable table, params RowKind[] kinds)
    {
        var result = new Dictionary<string, List<TableRow>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
        {
            if (r.Kind == RowKind.UnitSubtotal)
            {
                seen.Clear();
                continue;
            }
            if (r.Code is null || !kinds.Contains(r.Kind) || r.Side == TableSide.Income || !seen.Add(r.Code)) continue;
            if (!result.TryGetValue(r.Code, out var list)) result[r.Code] = list = [];
            list.Add(r);
        }
        return result;
    }

    /// <summary>True when the table splits its coded rows over more than one unit.</summary>
    public static bool HasSeveralUnits(DisclosureTable table, params RowKind[] kinds) =>
        CodeRowsByUnit(table, kinds).Values.Any(l => l.Count > 1);

    /// <summary>
    /// Code by code over shared codes: Σ of <paramref name="a"/>'s cells (column <paramref name="colA"/>, over its units) =
    /// Σ of <paramref name="b"/>'s (column <paramref name="colB"/>). With <paramref name="bothWays"/>, a code printed in one
    /// table only is compared with 0 (未列示).
    /// </summary>
    public static IEnumerable<Equation> ByCode(string ruleId, DisclosureTable a, int colA, DisclosureTable b, int colB, bool bothWays, params RowKind[] kinds)
    {
        if (colA < 0 || colB < 0) yield break;
        var rowsA = CodeRowsByUnit(a, kinds);
        var rowsB = CodeRowsByUnit(b, kinds);
        foreach (var (code, listA) in rowsA)
        {
            var target = new CellRef(a, listA[0], colA);
            var others = listA.Skip(1).Select(r => new Term(new CellRef(a, r, colA), -1));
            if (rowsB.TryGetValue(code, out var listB))
            {
                yield return new Equation(ruleId, target, [.. listB.Select(r => new Term(new CellRef(b, r, colB), 1)), .. others]);
            }
            else if (bothWays && rowsB.Count > 0)
            {
                yield return new Equation(ruleId, target, [.. others]);
            }
        }
        if (!bothWays || rowsA.Count == 0) yield break;
        foreach (var (code, listB) in rowsB)
        {
            if (rowsA.ContainsKey(code)) continue;
            yield return new Equation(ruleId, new CellRef(b, listB[0], colB), [.. listB.Skip(1).Select(r => new Term(new CellRef(b, r, colB), -1))]);
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
