using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-R01: in a 自评表, Σ 分值 of the indicators + the 预算执行率 分值 = 100; in a 目标表 that prints weights, Σ 分值 = the
/// header's 分值（90） and, with the 执行率分值, 100; 得分 ≤ 分值 on every row; the printed 总分
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

    /// <summary>{0} place, {1} printed header total, {2} sum of the indicators' weights.</summary>
    public const string MessageHeaderWeight = "{0}：表头所列指标分值 {1} ≠ 各指标分值合计 {2}。";

    /// <summary>{0} place, {1} indicators' weight, {2} execution-rate weight, {3} sum.</summary>
    public const string MessageTargetWeights = "{0}：指标分值 {1} 加执行率分值 {2} 为 {3}，应为 100。";

    public string Id => "P-R01";

    public string Title => "绩效自评表分值、得分与总分不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Performance;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var finding in TargetWeights(context.Document.Performance.Where(t => !t.IsSelfEvaluation))) yield return finding;
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

    /// <summary>
    /// A 目标表 that prints its weights (central: 分值（90） over the indicators, 执行率分值（10） beside the funds): the
    /// indicators' weights add up to the header's figure, and with the execution rate's to 100.
    /// </summary>
    private IEnumerable<Finding> TargetWeights(IEnumerable<PerformanceTable> tables)
    {
        foreach (var table in tables)
        {
            var weighted = table.Indicators.Where(i => !i.Weight.IsBlank).ToList();
            if (weighted.Count == 0) continue;
            var weights = weighted.Sum(i => i.Weight.OrZero);
            if (!table.TotalWeight.IsBlank && table.TotalWeight.OrZero != weights)
            {
                yield return new Finding
                {
                    RuleId = Id, Severity = Severity.Error, Category = Category, Table = TableOf(table), Row = "分值",
                    Message = Format(MessageHeaderWeight, Place(table), F(table.TotalWeight), F(weights)),
                    Line = weighted[0].Line, Quote = weighted[0].Quote, Actual = table.TotalWeight.Value, Expected = weights,
                };
            }
            var fund = table.Fund(PerformanceFundKind.Total);
            if (fund is { Weight.IsBlank: false } && weights + fund.Weight.OrZero != 100m)
            {
                yield return new Finding
                {
                    RuleId = Id, Severity = Severity.Error, Category = Category, Table = TableOf(table), Row = "分值",
                    Message = Format(MessageTargetWeights, Place(table), F(weights), F(fund.Weight), F(weights + fund.Weight.OrZero)),
                    Line = fund.Line, Quote = fund.Quote, Actual = weights + fund.Weight.OrZero, Expected = 100m,
                };
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
