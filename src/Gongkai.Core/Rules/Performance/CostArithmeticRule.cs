using Gongkai.Core.Documents;
using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Performance;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-COST-ARITH: a product written into an indicator value ("30人×6次×0.05万元=9万元", "4.6元/封×1.8万人次=8.28万元")
/// is recomputed; a factor whose unit starts with 万 counts ten thousand. Error when the result differs by more than one
/// unit of its last printed digit. Numbers printed with a leading zero ("03", a lost decimal point) are not judged.
/// </summary>
public sealed partial class CostArithmeticRule : IRule
{
    /// <summary>{0} place, {1} indicator, {2} expression, {3} computed, {4} printed.</summary>
    public const string Message = "{0}：指标“{1}”中“{2}”计算结果应为 {3}，文中为 {4}。";

    public string Id => "P-COST-ARITH";

    public string Title => "绩效指标值中的测算式计算错误";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Performance;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Performance)
        {
            foreach (var indicator in table.Indicators)
            {
                foreach (var text in new[] { indicator.Name, indicator.Target?.Text, indicator.Actual?.Text })
                {
                    if (text is null) continue;
                    foreach (Match m in Expression().Matches(text))
                    {
                        var finding = Check(table, indicator, m);
                        if (finding is not null) yield return finding;
                    }
                }
            }
        }
    }

    /// <summary>The product of the factors and the printed result, both in base units (万 expanded), or null.</summary>
    public static (decimal Computed, decimal Printed, int Decimals, decimal Scale)? Evaluate(Match m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var product = 1m;
        foreach (Capture factor in m.Groups["factor"].Captures)
        {
            var f = Factor().Match(factor.Value);
            if (!f.Success || LeadingZero(f.Groups["n"].Value)) return null;
            product *= decimal.Parse(f.Groups["n"].Value, CultureInfo.InvariantCulture) * (f.Groups["u"].Value.TrimStart().StartsWith('万') ? 10000m : 1m);
        }
        var result = m.Groups["r"].Value;
        if (LeadingZero(result)) return null;
        var scale = m.Groups["ru"].Value.StartsWith('万') ? 10000m : 1m;
        var dot = result.IndexOf('.', StringComparison.Ordinal);
        return (product, decimal.Parse(result, CultureInfo.InvariantCulture) * scale, dot < 0 ? 0 : result.Length - dot - 1, scale);
    }

    private Finding? Check(PerformanceTable table, PerformanceIndicator indicator, Match m)
    {
        if (Evaluate(m) is not { } r) return null;
        var computed = r.Computed / r.Scale;
        var printed = r.Printed / r.Scale;
        var severity = SeverityOf(printed - computed, r.Decimals);
        if (severity is null) return null;
        var unit = m.Groups["ru"].Value;
        return new Finding
        {
            RuleId = Id, Severity = severity.Value, Category = Category, Table = TableOf(table), Row = indicator.Name,
            Message = Format(Message, Place(table), indicator.Name, m.Value.Trim(), F(Trim(computed)) + unit, F(Trim(printed)) + unit),
            Line = indicator.Line, Quote = m.Value.Trim(), Actual = printed, Expected = computed,
        };
    }

    private static bool LeadingZero(string number) => number.Length > 1 && number[0] == '0' && number[1] != '.';

    [GeneratedRegex(@"(?<factor>\d+(?:\.\d+)?[^\d×*＊xX=＝,，;；。]{0,8}?)(?:\s*[×*＊]\s*(?<factor>\d+(?:\.\d+)?[^\d×*＊xX=＝,，;；。]{0,8}?))+\s*[=＝]\s*(?<r>\d+(?:\.\d+)?)\s*(?<ru>万元|元|万)?")]
    private static partial Regex Expression();

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)(?<u>.*)$")]
    private static partial Regex Factor();
}
