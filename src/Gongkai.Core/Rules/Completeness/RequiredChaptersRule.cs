using System.Text.RegularExpressions;
using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>
/// B-R25 (warning): the explanation chapters the template requires (三公, 机关运行经费, 政府采购, 国有资产, 绩效, 名词解释 …)
/// are present: some section heading matches one of each requirement's patterns. Applies when the template is known and
/// the document has explanation text (a tables-only file is not judged). Used for final accounts as well (template data).
/// </summary>
public sealed partial class RequiredChaptersRule : IRule
{
    /// <summary>{0} chapter name, {1} template name.</summary>
    public const string Message = "缺少“{0}”章节（模板“{1}”要求说明）";

    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(200);

    public string Id => "B-R25";

    public string Title => "必备说明章节齐全（三公、机关运行经费、政府采购、国有资产、绩效、名词解释等）";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.Completeness;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = context.Template;
        var sections = context.Document.Sections;
        if (template is null || sections.Count == 0) yield break;
        // A file of tables only (Beijing publishes its 报表 as an attachment apart from the 情况说明) has no explanation
        // to look for chapters in: no 第…部分 or 一、 heading anywhere.
        if (!sections.Any(s => Recognition.NarrativeBuilder.LevelOf((s.Heading ?? "").Trim()) is 1 or 2)) yield break;
        var headings = sections.Select(s => Completeness.EmptyTables.Compact(s.Heading)).ToList();
        // Run-in headings ("（一）机关运行经费：2025年…", Hunan): the numbered words before the colon open a chapter too.
        headings.AddRange(sections.SelectMany(s => (s.Text ?? "").Split('\n'))
            .Select(p => RunInHeading().Match(p.TrimStart())).Where(m => m.Success).Select(m => Completeness.EmptyTables.Compact(m.Groups["h"].Value)));
        foreach (var requirement in template.RequiredChapters)
        {
            if (requirement.Patterns.Count == 0 || headings.Any(h => requirement.Patterns.Any(p => Matches(h, p)))) continue;
            yield return new Finding
            {
                RuleId = Id,
                Severity = DefaultSeverity,
                Category = Category,
                Message = RuleText.Format(Message, requirement.Name, template.Name),
                Row = requirement.Id,
            };
        }
    }

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)(?<h>[^：:，。]{2,24})[：:]")]
    private static partial Regex RunInHeading();

    private static bool Matches(string heading, string pattern)
    {
        try
        {
            return Regex.IsMatch(heading, pattern, RegexOptions.CultureInvariant, s_timeout);
        }
        catch (ArgumentException)
        {
            // An invalid pattern in template data must not stop the check: fall back to a plain substring match.
            return heading.Contains(pattern, StringComparison.Ordinal);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
