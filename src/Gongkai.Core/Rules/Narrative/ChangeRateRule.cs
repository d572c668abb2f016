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
    /// <summary>{0} place, {1} change word, {2} rate word.</summary>
    public const string MessageDirection = "{0}：增减额为“{1}”而增减率为“{2}”，方向不一致。";

    /// <summary>{0} place.</summary>
    public const string MessageFlat = "{0}：增减额和增减率均为0，宜表述为“与上年持平”。";

    /// <summary>{0} place, {1} stated rate, {2} computed rate.</summary>
    public const string MessageRounding = "{0}：增减率 {1}% 与按金额计算的 {2}% 相差一个末位（四舍五入差异）。";

    /// <summary>{0} place, {1} change, {2} prior-year base (amount − change), {3} computed rate, {4} stated rate, {5} amount, {6} change (bracketed when negative).</summary>
    public const string MessageWrong = "{0}：增减率应为 增减额 {1} ÷ 上年数 {2}（{5} − {6}）× 100% = {3}%，文中为 {4}%。";

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
                    Format(MessageDirection, Where(claim), claim.Direction, claim.RateDirection), rate, null);
                continue;
            }
            if (change == 0m && rate == 0m)
            {
                if (claim.Direction is not null && claim.Direction != "持平")
                {
                    yield return Make(claim, Severity.Info,
                        Format(MessageFlat, Where(claim)), rate, 0m);
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
                    ? Format(MessageRounding, Where(claim), F(rate), F(expected, claim.ChangePercentDecimals))
                    : Format(MessageWrong, Where(claim), F(change), F(baseAmount), F(expected, claim.ChangePercentDecimals), F(rate), F(amount), change < 0m ? "(" + F(change) + ")" : F(change)),
                rate, expected);
        }
    }

    private Finding Make(Gongkai.Core.Narrative.Claim claim, Severity severity, string message, decimal? actual, decimal? expected) => new()
    {
        RuleId = Id, Severity = severity, Category = Category, Message = message,
        Line = claim.Line, Quote = claim.Quote, Actual = actual, Expected = expected,
    };
}
