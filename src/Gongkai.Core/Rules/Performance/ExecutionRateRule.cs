using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Performance;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-R02: 执行率 = 全年执行数 ÷ 全年预算数 (to the printed precision), and the 执行率 得分 = min(执行率, 1) × 分值
/// (the 分值 printed on the same line).
/// </summary>
public sealed class ExecutionRateRule : IRule
{
    /// <summary>{0} place, {1} line, {2} executed, {3} budget, {4} computed, {5} printed.</summary>
    public const string MessageRate = "{0} {1}：执行率应为 {2} ÷ {3} = {4}%，表中为 {5}%。";

    /// <summary>{0} place, {1} line, {2} rate, {3} weight, {4} expected, {5} printed.</summary>
    public const string MessageScore = "{0} {1}：执行率得分应为 min({2}%, 100%) × {3} = {4}，表中为 {5}。";

    public string Id => "P-R02";

    public string Title => "绩效自评表预算执行率或其得分不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Performance;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Performance.Where(t => t.IsSelfEvaluation))
        {
            foreach (var fund in table.Funds)
            {
                if (fund.BudgetFull.IsBlank || fund.Executed.IsBlank || fund.BudgetFull.OrZero == 0m) continue;
                var rate = fund.Executed.OrZero / fund.BudgetFull.OrZero * 100m;
                if (!fund.RatePercent.IsBlank)
                {
                    var decimals = fund.RatePercent.Decimals;
                    var rounded = Rounding.Round(rate, decimals);
                    var severity = SeverityOf(fund.RatePercent.OrZero - rounded, decimals);
                    if (severity is not null)
                    {
                        yield return new Finding
                        {
                            RuleId = Id, Severity = severity.Value, Category = Category, Table = TableOf(table), Row = fund.Label, Column = "执行率",
                            Message = Format(MessageRate, Place(table), fund.Label, F(fund.Executed), F(fund.BudgetFull), F(rounded), F(fund.RatePercent)),
                            Line = fund.Line, Quote = fund.Quote, Actual = fund.RatePercent.Value, Expected = rounded,
                        };
                    }
                }
                if (fund.Weight.IsBlank || fund.Score.IsBlank) continue;
                var expected = Math.Min(rate, 100m) / 100m * fund.Weight.OrZero;
                var scoreDecimals = fund.Score.Decimals;
                var roundedScore = Rounding.Round(expected, scoreDecimals);
                var scoreSeverity = SeverityOf(fund.Score.OrZero - roundedScore, scoreDecimals);
                if (scoreSeverity is not null)
                {
                    yield return new Finding
                    {
                        RuleId = Id, Severity = scoreSeverity.Value, Category = Category, Table = TableOf(table), Row = fund.Label, Column = "得分",
                        Message = Format(MessageScore, Place(table), fund.Label, F(Rounding.Round(rate, 2)), F(fund.Weight), F(roundedScore), F(fund.Score)),
                        Line = fund.Line, Quote = fund.Quote, Actual = fund.Score.Value, Expected = roundedScore,
                    };
                }
            }
        }
    }
}
