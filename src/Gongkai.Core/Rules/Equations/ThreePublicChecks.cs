using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Equations;

/// <summary>Shared logic of B-R17 / F-R21: 三公 table figures against the 基本支出 economic lines 30217 / 30231.</summary>
internal static class ThreePublicChecks
{
    public static IEnumerable<Finding> Evaluate(IRule rule, RuleContext context, TableId threePublicId, TableId basicId, string template)
    {
        var document = context.Document;
        if (document.Table(threePublicId) is not { } tp || document.Table(basicId) is not { } basic) yield break;
        var row = SpendingRow(tp);
        var amount = EconomicSplit.AmountColumn(basic);
        if (row is null || amount < 0) yield break;
        foreach (var (code, key) in new[] { ("30217", ColumnKey.Reception), ("30231", ColumnKey.VehicleOperation) })
        {
            var line = basic.Rows.FirstOrDefault(r => r.Code == code);
            var cell = TableAccess.Cell(tp, row, key);
            if (line is null || cell is null) continue;
            if (Inequality.AtMost(rule, context, new CellRef(basic, line, amount), cell.Value, template) is { } f) yield return f;
        }
    }

    /// <summary>The row of the 三公 table that holds this year's figures: the one named 决算 (final accounts), else 合计, else the last.</summary>
    private static TableRow? SpendingRow(DisclosureTable table)
    {
        if (table.Rows.Count == 0) return null;
        return table.Rows.FirstOrDefault(r => r.Name.Contains("决算", StringComparison.Ordinal))
            ?? TableAccess.TotalRow(table)
            ?? table.Rows[^1];
    }
}
