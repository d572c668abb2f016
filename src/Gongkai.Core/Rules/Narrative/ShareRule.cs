using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>
/// N-ARITH-SHARE (B-R22/F-R34): a stated share (占 x%) must equal amount ÷ the whole. The whole is the total the
/// sentence states first (收入预算 …，其中：…), or else the shares of the section are taken as one whole when they
/// sum to about 100, whose total is Σ amounts; such shares must sum to 100 ± n × half a unit.
/// </summary>
public sealed class ShareRule : IRule
{
    /// <summary>{0} section, {1} sum of shares, {2} quotes.</summary>
    public const string MessageSum = "“{0}”中各项占比合计为 {1}%，应为 100%（“{2}”）。";

    /// <summary>{0} place, {1} stated share, {2} computed share.</summary>
    public const string MessageRounding = "{0}：占比 {1}% 与计算值 {2}% 相差一个末位（四舍五入差异）。";

    /// <summary>{0} place, {1} amount, {2} whole, {3} computed share, {4} stated share.</summary>
    public const string MessageWrong = "{0}：占比应为 {1} ÷ {2} × 100% = {3}%，文中为 {4}%。";

    /// <summary>{0} sum of the amounts.</summary>
    public const string WholeOfParts = "各项合计{0}";

    private static readonly HashSet<string> s_totals =
    [
        ClaimSubjects.IncomeTotal, ClaimSubjects.ExpenditureTotal, ClaimSubjects.IncomeExpenditureTotal,
        ClaimSubjects.GeneralBudget, ClaimSubjects.ThreePublic, ClaimSubjects.Procurement,
    ];

    public string Id => "N-ARITH-SHARE";

    public string Title => "文字说明中占比与金额不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeArithmetic;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in ClaimsOf(context).GroupBy(c => c.Section))
        {
            var claims = group.ToList();
            var shares = claims.Where(c => c.SharePercent is not null && c.Amount is not null && c.Unit is not null).ToList();
            if (shares.Count == 0) continue;
            var implicitShares = new List<Claim>();
            foreach (var claim in shares)
            {
                var total = claims.LastOrDefault(t => t.Sentence == claim.Sentence && t != claim && t.SharePercent is null
                    && t.Amount is not null && t.Unit == claim.Unit && s_totals.Contains(t.Subject)
                    && claims.IndexOf(t) < claims.IndexOf(claim) && t.Amount >= claim.Amount && SameSide(t, claim)
                    && !AmbiguousWhole(t));
                if (total is null)
                {
                    implicitShares.Add(claim);
                    continue;
                }
                var finding = Check(context, claim, total.Amount!.Value, total.AmountDecimals, total.Subject + F(total.Amount.Value));
                if (finding is not null) yield return finding;
            }
            if (implicitShares.Count < 2 || implicitShares.Select(c => c.Unit).Distinct().Count() != 1) continue;
            var sum = implicitShares.Sum(c => c.SharePercent!.Value);
            if (sum < 95m || sum > 105m) continue;
            var tolerance = implicitShares.Sum(c => Half(c.SharePercentDecimals)) + Half(0) / 100m;
            if (Math.Abs(sum - 100m) > tolerance)
            {
                yield return new Finding
                {
                    RuleId = Id, Severity = Math.Abs(sum - 100m) > 2m * tolerance ? Severity.Error : Severity.Info, Category = Category,
                    Message = Format(MessageSum, group.Key, F(sum), string.Join("”“", implicitShares.Select(c => c.Quote))),
                    Line = implicitShares[0].Line, Quote = implicitShares[0].Quote, Actual = sum, Expected = 100m,
                };
            }
            var whole = implicitShares.Sum(c => c.Amount!.Value);
            var decimals = implicitShares.Max(c => c.AmountDecimals);
            foreach (var claim in implicitShares)
            {
                var finding = Check(context, claim, whole, decimals, Format(WholeOfParts, F(whole)));
                if (finding is not null) yield return finding;
            }
        }
    }

    /// <summary>An income whole ("当年拨款收入16,474.82万元") is not the whole of expenditure shares, nor the reverse.</summary>
    private static bool SameSide(Claim total, Claim part)
    {
        static int Side(string quote) =>
            (quote.Contains("收入", StringComparison.Ordinal) ? 1 : 0) | (quote.Contains("支出", StringComparison.Ordinal) ? 2 : 0);
        var a = Side(total.Quote);
        var b = Side(part.Quote + part.Subject);
        return a is 0 or 3 || b is 0 or 3 || a == b;
    }

    /// <summary>
    /// In a section about 财政拨款 (which includes 上年结转), a 一般公共预算 figure is not the whole: the shares are
    /// taken as parts of the sum instead.
    /// </summary>
    private static bool AmbiguousWhole(Claim total) =>
        total.Subject == ClaimSubjects.GeneralBudget && total.Section.Split(" / ")[^1].Contains("财政拨款", StringComparison.Ordinal);

    private Finding? Check(RuleContext context, Claim claim, decimal total, int totalDecimals, string totalText)
    {
        var range = RatioRange(claim.Amount!.Value, claim.AmountDecimals, total, totalDecimals);
        if (range is null) return null;
        var share = claim.SharePercent!.Value;
        var verdict = Compare(share, claim.SharePercentDecimals, range.Value);
        if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) return null;
        var expected = Gongkai.Core.Money.Rounding.Round(claim.Amount.Value * 100m / total, claim.SharePercentDecimals);
        return new Finding
        {
            RuleId = Id, Severity = verdict == 1 ? Severity.Info : Severity.Error, Category = Category,
            Message = verdict == 1
                ? Format(MessageRounding, Where(claim), F(share), F(expected, claim.SharePercentDecimals))
                : Format(MessageWrong, Where(claim), F(claim.Amount.Value), totalText, F(expected, claim.SharePercentDecimals), F(share)),
            Line = claim.Line, Quote = claim.Quote, Actual = share, Expected = expected,
        };
    }
}
