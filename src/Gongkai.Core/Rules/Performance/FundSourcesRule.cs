using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-R03: 年度资金总额 = （当年）财政拨款 + 上年结转资金 + 其他资金 (+ any other source line printed, such as 中央安排 …
/// of a 整体支出 自评表), in each printed column (目标表: the amount; 自评表: 年初预算数, 全年预算数, 全年执行数).
/// A blank part counts as 0; a table printing no part is not checked.
/// </summary>
public sealed class FundSourcesRule : IRule
{
    /// <summary>{0} place, {1} column, {2} total label, {3} printed, {4} parts, {5} sum.</summary>
    public const string Message = "{0}：{1}列 {2} {3} ≠ {4} = {5}（资金来源合计不符）。";

    public string Id => "P-R03";

    public string Title => "绩效表年度资金总额与资金来源合计不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Performance;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Performance)
        {
            var total = table.Fund(PerformanceFundKind.Total);
            var parts = table.Funds.Where(f => f.Kind != PerformanceFundKind.Total).ToList();
            if (total is null || parts.Count == 0) continue;
            var columns = new (string Name, Func<PerformanceFundLine, CellValue> Get)[]
            {
                ("金额", f => f.Amount), ("年初预算数", f => f.BudgetAtStart), ("全年预算数", f => f.BudgetFull), ("全年执行数", f => f.Executed),
            };
            foreach (var (name, get) in columns)
            {
                var printed = get(total);
                if (printed.IsBlank || parts.All(p => get(p).IsBlank)) continue;
                var sum = parts.Sum(p => get(p).OrZero);
                var decimals = Math.Max(printed.Decimals, parts.Max(p => get(p).Decimals));
                var severity = SeverityOf(printed.OrZero - sum, decimals);
                if (severity is null) continue;
                var expression = string.Join(" + ", parts.Select(p => p.Label + (get(p).IsBlank ? "（空）" : " " + F(get(p)))));
                yield return new Finding
                {
                    RuleId = Id, Severity = severity.Value, Category = Category, Table = TableOf(table), Row = total.Label, Column = name,
                    Message = Format(Message, Place(table), name, total.Label, F(printed), expression, F(sum)),
                    Line = total.Line, Quote = total.Quote, Actual = printed.Value, Expected = sum,
                };
            }
        }
    }
}
