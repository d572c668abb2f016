using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>
/// N-YEAR (the text part of B-R26): a figure the text compares with the prior year (“2023年预算数为27.16万元，比上年预算
/// 增加…”) is the document's own year's, so the year printed before it must be the document's year. The year nearest
/// before the comparison, with a figure between them and no other year, is checked; years after 截至/截止/自/从 and inside
/// 《》 are not. Line breaks inside a sentence are ignored (a wrapped line is one sentence).
/// </summary>
public sealed partial class YearTypoRule : IRule
{
    /// <summary>{0} section, {1} printed year, {2} document year, {3} quote.</summary>
    public const string Message = "“{0}”中本年数写作“{1}年”，与文件年度 {2} 年不符（“{3}”）。";

    private const int MaxSectionChars = 200_000;

    public string Id => "N-YEAR";

    public string Title => "文字说明中本年数的年度与文件年度不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeSelfContradiction;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (document.Info.Year is not { } year) yield break;
        foreach (var section in document.Sections)
        {
            var text = section.Text ?? "";
            if (text.Length > MaxSectionChars) text = text[..MaxSectionChars];
            var flat = text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            foreach (var sentence in flat.Split('。'))
            {
                var compare = CompareRegex().Match(sentence);
                if (!compare.Success) continue;
                var head = sentence[..compare.Index];
                Match? last = null;
                foreach (Match m in YearRegex().Matches(head)) last = m;
                if (last is null) continue;
                var printed = int.Parse(last.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (printed == year) continue;
                var between = head[(last.Index + last.Length)..];
                if (!FigureRegex().IsMatch(between) || between.Contains("本年", StringComparison.Ordinal)) continue;
                var before = head[..last.Index];
                if (ExcludedBeforeRegex().IsMatch(before) || before.LastIndexOf('《') > before.LastIndexOf('》')) continue;
                var end = sentence.IndexOfAny(['，', '；', ','], compare.Index + compare.Length);
                var quote = sentence[last.Index..(end < 0 ? Math.Min(sentence.Length, compare.Index + compare.Length + 30) : end)].Trim();
                yield return new Finding
                {
                    RuleId = Id, Severity = DefaultSeverity, Category = Category,
                    Message = Format(Message, section.Heading, printed.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), quote),
                    Line = section.Line, Page = section.Page, Quote = quote,
                    Actual = printed, Expected = year,
                };
            }
        }
    }

    [GeneratedRegex(@"(?:比|较|与)\s*上\s*年|同比", RegexOptions.CultureInvariant)]
    private static partial Regex CompareRegex();

    [GeneratedRegex(@"(?<![\d.])(?<year>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:万元|元)", RegexOptions.CultureInvariant)]
    private static partial Regex FigureRegex();

    [GeneratedRegex(@"(?:截至|截止|自|从|至|到)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExcludedBeforeRegex();
}
