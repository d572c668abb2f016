using Gongkai.Core.Documents;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>
/// N-ARITH-CHANGE-RATE: the stated change rate must equal change ÷ (amount − change) × 100 at the printed precision;
/// the rate's direction word must agree with the change's; 增长100% from a zero base is the usual convention;
/// "增加0万元，增长0%" is better said 持平 (info).
/// </summary>
public sealed class ChangeRateRule : IRule
{
    public string Id => "N-ARITH-CHANGE-RATE";

    public string Title => "文字说明中增减率与增减额不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeArithmetic;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var claim in ClaimsOf(context))
        {
            if (claim.Change is not { } change || claim.ChangePercent is not { } rate) continue;
            if (change != 0m && rate != 0m && Math.Sign(change) != Math.Sign(rate))
            {
                yield return Make(claim, Severity.Error,
                    $"{Where(claim)}：增减额为“{claim.Direction}”而增减率为“{claim.RateDirection}”，方向不一致。", rate, null);
                continue;
            }
            if (change == 0m && rate == 0m)
            {
                if (claim.Direction is not null && claim.Direction != "持平")
                {
                    yield return Make(claim, Severity.Info,
                        $"{Where(claim)}：增减额和增减率均为0，宜表述为“与上年持平”。", rate, 0m);
                }
                continue;
            }
            if (claim.Amount is not { } amount) continue;
            var baseAmount = amount - change;
            var baseDecimals = Math.Max(claim.AmountDecimals, claim.ChangeDecimals);
            if (baseAmount == 0m || (rate is 100m or -100m && Math.Abs(baseAmount) <= Half(baseDecimals) * 2m))
            {
                // 上年为0: 增长100% is the convention; any other rate cannot be computed.
                continue;
            }
            var range = RatioRange(change, claim.ChangeDecimals, baseAmount, baseDecimals);
            if (range is null) continue;
            var verdict = Compare(rate, claim.ChangePercentDecimals, range.Value);
            if (verdict == 0) continue;
            var expected = Gongkai.Core.Money.Rounding.Round(change * 100m / baseAmount, claim.ChangePercentDecimals);
            if (verdict == 1 && !context.Options.ReportRoundingDifferences) continue;
            yield return Make(claim, verdict == 1 ? Severity.Info : Severity.Error,
                verdict == 1
                    ? $"{Where(claim)}：增减率 {F(rate)}% 与按金额计算的 {F(expected, claim.ChangePercentDecimals)}% 相差一个末位（四舍五入差异）。"
                    : $"{Where(claim)}：增减率应为 {F(change)} ÷ ({F(amount)} − {F(change)}) × 100% = {F(expected, claim.ChangePercentDecimals)}%，文中为 {F(rate)}%。",
                rate, expected);
        }
    }

    private Finding Make(Gongkai.Core.Narrative.Claim claim, Severity severity, string message, decimal? actual, decimal? expected) => new()
    {
        RuleId = Id, Severity = severity, Category = Category, Message = message,
        Line = claim.Line, Quote = claim.Quote, Actual = actual, Expected = expected,
    };
}
