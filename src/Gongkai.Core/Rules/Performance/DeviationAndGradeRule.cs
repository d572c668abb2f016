using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-R06 [K] (DOMAIN §8.3): in a 自评表, an indicator whose 实际完成值 misses its 年度指标值 (both numbers in the same
/// unit: “&gt;2次” against “2次”) needs a 偏差原因分析及改进措施 and cannot keep its full 分值; an indicator scored below
/// its 分值 needs the 偏差原因 as well. A grade stated in the text with its score (“自评得分95分，评价等级为优”) must
/// follow from the score: ≥ 90 优, 80–90 良, 60–80 中（合格）, &lt; 60 差（不合格）. Warning.
/// </summary>
public sealed partial class DeviationAndGradeRule : IRule
{
    /// <summary>{0} place, {1} indicator, {2} target, {3} actual.</summary>
    public const string MessageMissedNoReason = "{0}：指标“{1}”实际完成值 {3} 未达到年度指标值 {2}，但未填写偏差原因分析及改进措施。";

    /// <summary>{0} place, {1} indicator, {2} target, {3} actual, {4} score.</summary>
    public const string MessageMissedFullScore = "{0}：指标“{1}”实际完成值 {3} 未达到年度指标值 {2}，却得满分 {4}。";

    /// <summary>{0} place, {1} indicator, {2} score, {3} weight.</summary>
    public const string MessageDeductedNoReason = "{0}：指标“{1}”得分 {2} 低于分值 {3}，但未填写偏差原因分析及改进措施。";

    /// <summary>{0} section, {1} score, {2} stated grade, {3} expected grade, {4} quote.</summary>
    public const string MessageGrade = "“{0}”中自评得分 {1} 分对应的等级应为“{3}”，文中为“{2}”（“{4}”）。";

    public string Id => "P-R06";

    public string Title => "绩效自评偏差原因缺失或评价等级与得分不符";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.Performance;

    /// <summary>The grade of a 自评 total score: 优, 良, 中 or 差.</summary>
    public static string GradeOf(decimal score) => score >= 90m ? "优" : score >= 80m ? "良" : score >= 60m ? "中" : "差";

    /// <summary>True when the actual value meets the target (null when they cannot be compared).</summary>
    public static bool? Meets(IndicatorValue? target, IndicatorValue? actual)
    {
        if (target?.Number is not { } t || actual?.Number is not { } a || target.Operator is null) return null;
        if (target.Unit is not null && actual.Unit is not null && target.Unit != actual.Unit) return null;
        return target.Operator switch
        {
            "≥" => a >= t,
            ">" => a > t,
            "≤" => a <= t,
            "<" => a < t,
            "=" => a == t,
            _ => null,
        };
    }

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Performance)
        {
            if (!table.IsSelfEvaluation) continue;
            foreach (var indicator in table.Indicators)
            {
                var noReason = string.IsNullOrWhiteSpace(indicator.Deviation);
                var met = Meets(indicator.Target, indicator.Actual);
                if (met == false)
                {
                    if (noReason)
                    {
                        yield return Make(table, indicator, Format(MessageMissedNoReason, Place(table), indicator.Name, indicator.Target!.Text, indicator.Actual!.Text), null, null);
                    }
                    if (indicator.Score.Value is { } s && indicator.Weight.Value is { } w && s >= w && w > 0m)
                    {
                        yield return Make(table, indicator, Format(MessageMissedFullScore, Place(table), indicator.Name, indicator.Target!.Text, indicator.Actual!.Text, F(s)), s, null);
                    }
                    continue;
                }
                if (noReason && indicator.Score.Value is { } score && indicator.Weight.Value is { } weight && score < weight)
                {
                    yield return Make(table, indicator, Format(MessageDeductedNoReason, Place(table), indicator.Name, F(score), F(weight)), score, weight);
                }
            }
        }
        foreach (var section in context.Document.Sections)
        {
            var text = (section.Text ?? "").Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
            if (text.Length > 200_000) text = text[..200_000];
            foreach (Match m in GradeRegex().Matches(text))
            {
                if (!decimal.TryParse(m.Groups["score"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) || score > 100m) continue;
                var stated = m.Groups["grade"].Value switch
                {
                    "优秀" or "优" => "优",
                    "良好" or "良" => "良",
                    "中等" or "中" or "合格" => "中",
                    _ => "差",
                };
                var expected = GradeOf(score);
                if (stated == expected) continue;
                yield return new Finding
                {
                    RuleId = Id, Severity = DefaultSeverity, Category = Category,
                    Message = Format(MessageGrade, section.Heading, F(score), m.Groups["grade"].Value, expected, m.Value),
                    Line = section.Line, Page = section.Page, Quote = m.Value, Actual = score,
                };
            }
        }
    }

    private Finding Make(PerformanceTable table, PerformanceIndicator indicator, string message, decimal? actual, decimal? expected) => new()
    {
        RuleId = Id, Severity = DefaultSeverity, Category = Category, Message = message,
        Table = TableOf(table), Row = indicator.Name, Line = indicator.Line ?? table.Source.Line, Quote = indicator.Quote,
        Actual = actual, Expected = expected,
    };

    [GeneratedRegex(@"(?:总分|得分|自评得分|评价得分|综合得分)\s*(?:为|是|：|:)?\s*(?<score>\d{1,3}(?:\.\d+)?)\s*分[^。；;]{0,20}?(?:等级|等次|评价结果|自评结果|评级|结果)\s*(?:为|是|：|:)?\s*[“""]?(?<grade>优秀|优|良好|良|中等|中|不合格|合格|差)", RegexOptions.CultureInvariant)]
    private static partial Regex GradeRegex();
}
