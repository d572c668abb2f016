using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>
/// N-SELF-CONTRADICTION: the same subject stated twice with the same amount (so the same scope) but a different
/// change or change rate (000: 基本支出 51.1 万元 增长3.97% and later 增长3.57%).
/// </summary>
public sealed class SelfContradictionRule : IRule
{
    public string Id => "N-SELF-CONTRADICTION";

    public string Title => "文字说明前后表述不一致";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeSelfContradiction;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = ClaimsOf(context).Where(c => c.Amount is not null && c.Unit is not null).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var a = claims[i];
                var b = claims[j];
                if (a.Subject != b.Subject || a.SubjectCode != b.SubjectCode || a.Unit != b.Unit || a.Amount != b.Amount) continue;
                if (a.Section == b.Section && a.Sentence == b.Sentence) continue;
                string? what = null;
                decimal? actual = null, expected = null;
                if (a.Change is { } ca && b.Change is { } cb && ca != cb && ca != 0m && cb != 0m)
                {
                    what = $"增减额分别为 {F(ca)} 和 {F(cb)}";
                    actual = cb; expected = ca;
                }
                else if (a.ChangePercent is { } ra && b.ChangePercent is { } rb && !SameAtPrecision(ra, a.ChangePercentDecimals, rb, b.ChangePercentDecimals))
                {
                    what = $"增减率分别为 {F(ra)}% 和 {F(rb)}%";
                    actual = rb; expected = ra;
                }
                if (what is null) continue;
                var key = $"{a.Subject}|{a.SubjectCode}|{what}";
                if (!reported.Add(key)) continue;
                yield return new Finding
                {
                    RuleId = Id, Severity = Severity.Error, Category = Category,
                    Message = $"“{a.Subject}”{F(a.Amount!.Value)}{a.Unit!.Value.ToChinese()}在文中两处表述不一致：{what}（“{a.Quote}”与“{b.Quote}”）。",
                    Line = b.Line, Quote = b.Quote, Actual = actual, Expected = expected,
                };
            }
        }
    }

    /// <summary>Equal once the more precise figure is rounded to the other's precision.</summary>
    private static bool SameAtPrecision(decimal a, int da, decimal b, int db)
    {
        var d = Math.Min(da, db);
        return Gongkai.Core.Money.Rounding.Round(a, d) == Gongkai.Core.Money.Rounding.Round(b, d);
    }
}
