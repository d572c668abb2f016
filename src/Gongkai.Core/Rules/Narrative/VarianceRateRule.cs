using Gongkai.Core.Documents;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>F-R28: 预决算差异率 = (决算数 − 预算数) ÷ 预算数 × 100, at the printed precision.</summary>
public sealed class VarianceRateRule : IRule
{
    /// <summary>{0} place, {1} final, {2} budget, {3} computed rate, {4} stated rate.</summary>
    public const string Message = "{0}：预决算差异率应为 ({1} − {2}) ÷ {2} × 100% = {3}%，文中为 {4}%。";

    public string Id => "F-R28";

    public string Title => "文字说明中预决算差异率计算错误";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeArithmetic;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var claim in ClaimsOf(context))
        {
            if (claim.VarianceRatePercent is not { } rate || claim.Budget is not { } budget || claim.Final is not { } final || budget == 0m) continue;
            var decimals = Math.Max(claim.BudgetDecimals, claim.FinalDecimals);
            var range = RatioRange(final - budget, decimals, budget, claim.BudgetDecimals);
            if (range is null) continue;
            var verdict = Compare(rate, claim.VarianceRateDecimals, range.Value);
            if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) continue;
            var expected = Gongkai.Core.Money.Rounding.Round((final - budget) * 100m / budget, claim.VarianceRateDecimals);
            yield return new Finding
            {
                RuleId = Id, Severity = verdict == 1 ? Severity.Info : Severity.Error, Category = Category,
                Message = Format(Message, Where(claim), F(final), F(budget), F(expected, claim.VarianceRateDecimals), F(rate)),
                Line = claim.Line, Quote = claim.Quote, Actual = rate, Expected = expected,
            };
        }
    }
}
