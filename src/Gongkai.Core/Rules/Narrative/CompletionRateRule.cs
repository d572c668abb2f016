using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>
/// F-R27: “完成年初预算的X%” needs a 年初预算 other than 0 (with none, say 全年预算 or explain); when the sentence states
/// the 年初预算 and the 决算, X = 决算 ÷ 年初预算 × 100 at the printed precision.
/// </summary>
public sealed class CompletionRateRule : IRule
{
    /// <summary>{0} place, {1} stated rate.</summary>
    public const string MessageZeroBudget = "{0}：年初预算为 0，不能表述为“完成年初预算的 {1}%”（应说明无年初预算、支出来自调整预算或结转资金）。";

    /// <summary>{0} place, {1} final, {2} budget, {3} computed rate, {4} stated rate.</summary>
    public const string MessageWrong = "{0}：完成年初预算的百分比应为 {1} ÷ {2} × 100% = {3}%，文中为 {4}%。";

    public string Id => "F-R27";

    public string Title => "文字说明中完成年初预算的百分比有误";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeArithmetic;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var claim in ClaimsOf(context))
        {
            if (claim.CompletionPercent is not { } completion || claim.Budget is not { } budget) continue;
            if (budget == 0m)
            {
                yield return Make(claim, Severity.Error, Format(MessageZeroBudget, Where(claim), F(completion)), completion, null);
                continue;
            }
            var final = claim.Final ?? (claim.Amount != budget ? claim.Amount : null);
            if (final is not { } f) continue;
            var finalDecimals = claim.Final is not null ? claim.FinalDecimals : claim.AmountDecimals;
            var decimals = Rounding.DecimalsOf(completion);
            var range = RatioRange(f, finalDecimals, budget, claim.BudgetDecimals);
            if (range is null) continue;
            var verdict = Compare(completion, decimals, range.Value);
            if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) continue;
            var expected = Rounding.Round(f * 100m / budget, decimals);
            yield return Make(claim, verdict == 1 ? Severity.Info : Severity.Error,
                Format(MessageWrong, Where(claim), F(f), F(budget), F(expected, decimals), F(completion)), completion, expected);
        }
    }

    private Finding Make(Gongkai.Core.Narrative.Claim claim, Severity severity, string message, decimal actual, decimal? expected) => new()
    {
        RuleId = Id, Severity = severity, Category = Category, Message = message,
        Line = claim.Line, Quote = claim.Quote, Actual = actual, Expected = expected,
    };
}
