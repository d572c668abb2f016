using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-R01: in a 自评表, Σ 分值 of the indicators + the 预算执行率 分值 = 100; 得分 ≤ 分值 on every row; the printed 总分
/// (分值 and 得分) = the sums. The weights are read from the table, never assumed.
/// </summary>
public sealed class SelfEvaluationScoreRule : IRule
{
    /// <summary>{0} place, {1} Σ indicator weights, {2} 执行率 weight, {3} sum.</summary>
    public const string MessageWeights = "{0}：各指标分值合计 {1} 加预算执行率分值 {2} 为 {3}，应为 100。";

    /// <summary>{0} place, {1} indicator, {2} score, {3} weight.</summary>
    public const string MessageOverScore = "{0}：指标“{1}”得分 {2} 超过分值 {3}。";

    /// <summary>{0} place, {1} what, {2} printed, {3} expression, {4} sum.</summary>
    public const string MessageTotal = "{0}：总分行{1} {2} ≠ {3} = {4}。";

    public string Id => "P-R01";

    public string Title => "绩效自评表分值、得分与总分不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Performance;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Performance.Where(t => t.IsSelfEvaluation))
        {
            var weighted = table.Indicators.Where(i => !i.Weight.IsBlank).ToList();
            if (weighted.Count == 0) continue;
            var fund = table.Fund(PerformanceFundKind.Total);
            var fundWeight = fund?.Weight ?? CellValue.Blank;
            var fundScore = fund?.Score ?? CellValue.Blank;
            var weights = weighted.Sum(i => i.Weight.OrZero);
            if (!fundWeight.IsBlank && weights + fundWeight.OrZero != 100m)
            {
                yield return new Finding
                {
                    RuleId = Id, Severity = Severity.Error, Category = Category, Table = TableOf(table), Row = "分值",
                    Message = Format(MessageWeights, Place(table), F(weights), F(fundWeight), F(weights + fundWeight.OrZero)),
                    Line = fund!.Line, Quote = fund.Quote, Actual = weights + fundWeight.OrZero, Expected = 100m,
                };
            }
            foreach (var indicator in weighted.Where(i => !i.Score.IsBlank && i.Score.OrZero > i.Weight.OrZero))
            {
                yield return new Finding
                {
                    RuleId = Id, Severity = Severity.Error, Category = Category, Table = TableOf(table), Row = indicator.Name, Column = "得分",
                    Message = Format(MessageOverScore, Place(table), indicator.Name, F(indicator.Score), F(indicator.Weight)),
                    Line = indicator.Line, Quote = indicator.Quote, Actual = indicator.Score.Value, Expected = indicator.Weight.Value,
                };
            }
            var allWeight = weights + fundWeight.OrZero;
            if (!table.TotalWeight.IsBlank && table.TotalWeight.OrZero != allWeight)
            {
                yield return Total(table, "分值", table.TotalWeight, allWeight, fundWeight.IsBlank ? "Σ指标分值" : "Σ指标分值 + 预算执行率分值");
            }
            var scored = table.Indicators.Where(i => !i.Score.IsBlank).ToList();
            if (!table.TotalScore.IsBlank && scored.Count > 0)
            {
                var decimals = Math.Max(table.TotalScore.Decimals, scored.Max(i => i.Score.Decimals));
                var allScore = scored.Sum(i => i.Score.OrZero) + fundScore.OrZero;
                if (SeverityOf(table.TotalScore.OrZero - allScore, decimals) is not null)
                {
                    yield return Total(table, "得分", table.TotalScore, allScore, fundScore.IsBlank ? "Σ指标得分" : "Σ指标得分 + 预算执行率得分");
                }
            }
        }
    }

    private Finding Total(PerformanceTable table, string what, CellValue printed, decimal expected, string expression) => new()
    {
        RuleId = Id, Severity = Severity.Error, Category = Category, Table = TableOf(table), Row = "总分", Column = what,
        Message = Format(MessageTotal, Place(table), what, F(printed), expression, F(expected)),
        Line = table.TotalLine, Quote = table.TotalQuote, Actual = printed.Value, Expected = expected,
    };
}
