using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Equations;

/// <summary>
/// 人员经费 = 301 + 303; 公用经费 = 302 + 310 (+ 307, 399 and any other class used by 基本支出) in a 基本支出 table by
/// 经济分类 (B06, F06). The 人员/公用 figures are read from the 合计 row's 人员经费/公用经费 columns, or from the
/// 人员经费合计 / 公用经费合计 lines (F06 layout).
/// </summary>
internal static class EconomicSplit
{
    private static readonly string[] s_personnelClasses = ["301", "303"];

    public static int AmountColumn(DisclosureTable table)
    {
        foreach (var key in new[] { ColumnKey.Total, ColumnKey.Final, ColumnKey.Budget })
        {
            var i = table.IndexOf(key);
            if (i >= 0) return i;
        }
        return table.Columns.Count == 1 ? 0 : -1;
    }

    public static IEnumerable<Equation> Equations(DisclosureTable table, string ruleId)
    {
        var amount = AmountColumn(table);
        if (amount < 0) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var classes = table.Rows.Where(r => r.Kind == RowKind.Class && r.Code is { Length: 3 } c && c[0] == '3' && seen.Add(c)).ToList();
        if (classes.Count == 0) yield break;
        var personnel = classes.Where(r => s_personnelClasses.Contains(r.Code)).ToList();
        var pub = classes.Where(r => !s_personnelClasses.Contains(r.Code)).ToList();
        var total = TableAccess.TotalRow(table);

        CellRef? Figure(ColumnKey column, string lineKey)
        {
            var cell = TableAccess.Cell(table, total, column);
            if (cell is not null) return cell;
            var line = TableAccess.Line(table, lineKey);
            return line is null ? null : new CellRef(table, line, amount);
        }

        if (Figure(ColumnKey.Personnel, SummaryRowKeys.PersonnelTotal) is { } p)
        {
            yield return Equation.Sum(ruleId, p, personnel.Select(r => new CellRef(table, r, amount)));
        }
        if (Figure(ColumnKey.Public, SummaryRowKeys.PublicTotal) is { } q)
        {
            yield return Equation.Sum(ruleId, q, pub.Select(r => new CellRef(table, r, amount)));
        }
    }
}
