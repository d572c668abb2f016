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
    /// <summary>{0} subject, {1} amount, {2} unit, {3} what differs, {4} first quote, {5} second quote.</summary>
    public const string Message = "“{0}”{1}{2}在文中两处表述不一致：{3}（“{4}”与“{5}”）。";

    /// <summary>{0} first change, {1} second change.</summary>
    public const string WhatChange = "增减额分别为 {0} 和 {1}";

    /// <summary>{0} first rate, {1} second rate.</summary>
    public const string WhatRate = "增减率分别为 {0}% 和 {1}%";

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
                    what = Format(WhatChange, F(ca), F(cb));
                    actual = cb; expected = ca;
                }
                else if (a.ChangePercent is { } ra && b.ChangePercent is { } rb && !SameAtPrecision(ra, a.ChangePercentDecimals, rb, b.ChangePercentDecimals))
                {
                    what = Format(WhatRate, F(ra), F(rb));
                    actual = rb; expected = ra;
                }
                if (what is null) continue;
                var key = $"{a.Subject}|{a.SubjectCode}|{what}";
                if (!reported.Add(key)) continue;
                yield return new Finding
                {
                    RuleId = Id, Severity = Severity.Error, Category = Category,
                    Message = Format(Message, a.Subject, F(a.Amount!.Value), a.Unit!.Value.ToChinese(), what, a.Quote, b.Quote),
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
