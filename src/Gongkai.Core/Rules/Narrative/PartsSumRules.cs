using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>Message templates of the parts-sum rules.</summary>
public static class PartsSumMessages
{
    /// <summary>{0} section, {1} total subject, {2} total, {3} parts, {4} sum, {5} quote.</summary>
    public const string Sum = "“{0}”中{1} {2} 与各项之和 {3} = {4} 不一致（“{5}”）。";

    /// <summary>As <see cref="Sum"/>, within rounding.</summary>
    public const string Rounding = "“{0}”中{1} {2} 与各项之和 {3} = {4} 不一致（“{5}”），差额在四舍五入范围内。";

    /// <summary>{0} section, {1} SME amount, {2} procurement total, {3} quote.</summary>
    public const string SmeOverTotal = "“{0}”中面向中小企业的金额 {1} 大于政府采购总额 {2}（“{3}”）。";

    /// <summary>{0} section, {1} micro amount, {2} SME amount, {3} quote.</summary>
    public const string MicroOverSme = "“{0}”中小微企业的金额 {1} 大于其所属的中小企业金额 {2}（“{3}”）。";
}

/// <summary>Checks that a total stated in a section equals the sum of its parts stated in the same section.</summary>
public abstract class PartsSumRule : IRule
{
    public abstract string Id { get; }

    public abstract string Title { get; }

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeArithmetic;

    protected abstract string Total { get; }

    protected abstract IReadOnlyList<string> Parts { get; }

    /// <summary>Reads the figure compared (amount, count …) and its printed decimals.</summary>
    protected virtual (decimal? Value, int Decimals) Figure(Claim claim) => (claim.Amount, claim.AmountDecimals);

    /// <summary>Further checks between the total and the claims that follow it.</summary>
    protected virtual IEnumerable<Finding> Extra(Claim total, IReadOnlyList<Claim> following) => [];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in ClaimsOf(context).GroupBy(c => c.Section))
        {
            var claims = group.ToList();
            for (var i = 0; i < claims.Count; i++)
            {
                var total = claims[i];
                if (total.Subject != Total || Figure(total).Value is not { } totalValue) continue;
                // The parts that follow the total, before the next statement of the total.
                var parts = new Dictionary<string, Claim>(StringComparer.Ordinal);
                for (var j = i + 1; j < claims.Count && claims[j].Subject != Total; j++)
                {
                    if (Parts.Contains(claims[j].Subject) && Figure(claims[j]).Value is not null && claims[j].Unit == total.Unit)
                    {
                        parts.TryAdd(claims[j].Subject, claims[j]);
                    }
                }
                foreach (var extra in Extra(total, claims.Skip(i + 1).TakeWhile(c => c.Subject != Total).ToList()))
                {
                    yield return extra;
                }
                if (parts.Count != Parts.Count) continue;
                var sum = parts.Values.Sum(p => Figure(p).Value!.Value);
                var decimals = Math.Max(Figure(total).Decimals, parts.Values.Max(p => Figure(p).Decimals));
                var diff = Math.Abs(sum - totalValue);
                if (diff == 0m) continue;
                // A part printed with fewer decimals than the total ("公务接待费1万元") is taken as exact at the total's precision.
                var totalDecimals = Figure(total).Decimals;
                var tolerance = Half(totalDecimals) + parts.Values.Sum(p => Half(Math.Max(Figure(p).Decimals, totalDecimals)));
                var severity = diff <= tolerance ? Severity.Info : Severity.Error;
                if (severity == Severity.Info && !context.Options.ReportRoundingDifferences) continue;
                yield return new Finding
                {
                    RuleId = Id, Severity = severity, Category = Category,
                    Message = Format(severity == Severity.Info ? PartsSumMessages.Rounding : PartsSumMessages.Sum, total.Section, Total, F(totalValue),
                        string.Join(" + ", Parts.Select(p => p + " " + F(Figure(parts[p]).Value!.Value))), F(sum, decimals), total.Quote),
                    Line = total.Line, Quote = total.Quote, Actual = totalValue, Expected = sum,
                };
            }
        }
    }
}

/// <summary>N-THREE-PUBLIC-SUM (B-R20 in text): 三公 total = 因公出国（境）费 + 公务用车购置费 + 公务用车运行费 + 公务接待费.</summary>
public sealed class ThreePublicTextSumRule : PartsSumRule
{
    /// <summary>The message template (see <see cref="PartsSumMessages.Sum"/>).</summary>
    public const string Message = PartsSumMessages.Sum;

    public override string Id => "N-THREE-PUBLIC-SUM";

    public override string Title => "文字说明中“三公”经费合计与分项之和不符";

    protected override string Total => ClaimSubjects.ThreePublic;

    protected override IReadOnlyList<string> Parts => ClaimSubjects.ThreePublicParts;
}

/// <summary>N-PROCUREMENT-SUM (B-R19/F-R24): 政府采购 = 货物 + 工程 + 服务.</summary>
public sealed class ProcurementSumRule : PartsSumRule
{
    /// <summary>The message template (see <see cref="PartsSumMessages.Sum"/>).</summary>
    public const string Message = PartsSumMessages.Sum;

    public override string Id => "N-PROCUREMENT-SUM";

    public override string Title => "文字说明中政府采购合计与货物、工程、服务之和不符";

    protected override string Total => ClaimSubjects.Procurement;

    protected override IReadOnlyList<string> Parts =>
        [ClaimSubjects.ProcurementGoods, ClaimSubjects.ProcurementWorks, ClaimSubjects.ProcurementServices];

    /// <summary>面向中小企业预留 ≤ 总额; 其中小微企业 ≤ 中小企业.</summary>
    protected override IEnumerable<Finding> Extra(Claim total, IReadOnlyList<Claim> following)
    {
        var sme = following.FirstOrDefault(c => c.Subject == ClaimSubjects.SmeContracts && c.Amount is not null && c.Unit == total.Unit);
        var micro = following.FirstOrDefault(c => c.Subject == ClaimSubjects.MicroContracts && c.Amount is not null && c.Unit == total.Unit);
        if (sme is not null && total.Amount is { } all && sme.Amount > all)
        {
            yield return Make(sme, Format(PartsSumMessages.SmeOverTotal, sme.Section, F(sme.Amount!.Value), F(all), sme.Quote), sme.Amount, all);
        }
        if (sme is not null && micro is not null && micro.Amount > sme.Amount)
        {
            yield return Make(micro, Format(PartsSumMessages.MicroOverSme, micro.Section, F(micro.Amount!.Value), F(sme.Amount!.Value), micro.Quote), micro.Amount, sme.Amount);
        }
    }

    private Finding Make(Claim claim, string message, decimal? actual, decimal? expected) => new()
    {
        RuleId = Id, Severity = Severity.Error, Category = Category, Message = message,
        Line = claim.Line, Quote = claim.Quote, Actual = actual, Expected = expected,
    };
}

/// <summary>N-STAFFING: 实有人数 = 在职 + 退休 + 离休 when all are stated.</summary>
public sealed class StaffingRule : PartsSumRule
{
    /// <summary>The message template (see <see cref="PartsSumMessages.Sum"/>).</summary>
    public const string Message = PartsSumMessages.Sum;

    public override string Id => "N-STAFFING";

    public override string Title => "文字说明中实有人数与在职、退休、离休人数之和不符";

    protected override string Total => ClaimSubjects.ActualStaff;

    protected override IReadOnlyList<string> Parts => [ClaimSubjects.InService, ClaimSubjects.Retired, ClaimSubjects.Veteran];

    protected override (decimal? Value, int Decimals) Figure(Claim claim) => (claim.Count, 0);
}
