using Gongkai.Core.Documents;
using Gongkai.Core.Money;

namespace Gongkai.Core.Rules.Equations;

/// <summary>Checks <c>small ≤ large</c> between two printed cells (beyond rounding) for conditional rules.</summary>
internal static class Inequality
{
    /// <summary>
    /// A finding on <paramref name="small"/> when it exceeds <paramref name="large"/> by more than the rounding
    /// tolerance. Template: {0} table, {1} row, {2} column, {3} printed, {4} the other cell, {5} its figure.
    /// </summary>
    public static Finding? AtMost(IRule rule, RuleContext context, CellRef small, CellRef large, string template)
    {
        if (small.Value.IsBlank) return null;
        var unit = small.Table.AmountUnit;
        var s = small.Value.OrZero;
        var l = AmountUnitExtensions.Convert(large.Value.OrZero, large.Table.AmountUnit, unit);
        if (s <= l) return null;
        var decimals = Math.Max(small.Value.Decimals, large.Value.Decimals);
        var bound = Tolerance.Bound(decimals, context.Options);
        if (large.Table.AmountUnit != unit)
        {
            bound = Math.Max(bound, AmountUnitExtensions.Convert(Tolerance.Bound(large.Value.Decimals, context.Options), large.Table.AmountUnit, unit));
        }
        if (s - l <= bound) return null;
        var other = (ReferenceEquals(small.Table, large.Table) ? "" : RuleText.TableLabel(large.Table) + " ")
            + RuleText.RowLabel(large.Row) + " " + large.Header;
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Category = rule.Category,
            Message = RuleText.Format(template, RuleText.TableLabel(small.Table), RuleText.RowLabel(small.Row), small.Header,
                RuleText.Amount(s, decimals), other, RuleText.Amount(large.Value.OrZero, decimals)),
            Table = small.Table.Id?.Value,
            Row = RuleText.RowRef(small.Row),
            Column = small.Header,
            Page = small.Row.Page ?? small.Table.Page,
            Line = small.Row.Line ?? small.Table.Line,
            Quote = small.Row.Quote,
            Actual = s,
            Expected = l,
        };
    }
}
