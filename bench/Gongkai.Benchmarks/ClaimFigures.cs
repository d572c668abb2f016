using System.Globalization;
using System.Text;
using Gongkai.Cli;
using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.CrossDocument;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>--claims</c>: per seed, the claims found in the explanation text, how many of them are checked, and the findings of
/// the explanation and performance rules by rule id, as a markdown table (docs/claims-figures.md is this output).
/// A claim counts as checked when at least one of its figures is recomputed from its other figures (增减率, 占比,
/// 预决算差异率, 完成率), has a table cell to be compared with (the cells N-TABLE-AMOUNT and the cross-document rules use), or
/// is quoted by a finding.
/// </summary>
public static class ClaimFigures
{
    private static bool IsNarrativeRule(string id) =>
        id.StartsWith("N-", StringComparison.Ordinal) || id.StartsWith("P-", StringComparison.Ordinal) || id.StartsWith("X-", StringComparison.Ordinal)
        || id is "F-R27" or "F-R28";

    public static int Run()
    {
        var workflow = Composition.CreateCheckWorkflow();
        var text = new StringBuilder();
        text.Append("| seed | claims found | claims checked | findings (explanation and performance rules: error / warning / info) |\n");
        text.Append("|---|---:|---:|---|\n");
        foreach (var path in Seeds.All())
        {
            var report = workflow.CheckFile(path);
            var name = Path.GetFileName(path)[..3];
            if (report.Document is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {name} | unreadable | | |\n");
                continue;
            }
            var document = report.Document;
            var claims = document.Claims;
            var quoted = report.Findings.Where(f => f.Quote is not null).Select(f => f.Quote!).ToHashSet(StringComparer.Ordinal);
            var checkedCount = claims.Count(c => quoted.Contains(c.Quote) || IsChecked(document, c));
            var byRule = report.Findings.Where(f => IsNarrativeRule(f.RuleId)).GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture,
                    $"{g.Key} {g.Count(f => f.Severity == Severity.Error)}/{g.Count(f => f.Severity == Severity.Warning)}/{g.Count(f => f.Severity == Severity.Info)}"))
                .ToList();
            text.Append(CultureInfo.InvariantCulture,
                $"| {name} | {claims.Count} | {checkedCount} | {(byRule.Count == 0 ? "none" : string.Join("; ", byRule))} |\n");
        }
        Console.Write(text.ToString());
        return 0;
    }

    private static bool IsChecked(DisclosureDocument document, Claim c)
    {
        if (c.Amount is not null && c.Change is not null && c.ChangePercent is not null) return true;
        if (c.Amount is not null && c.SharePercent is not null) return true;
        if (c.Budget is not null && (c.VarianceRatePercent is not null || c.CompletionPercent is not null)) return true;
        if (c.Amount is null && c.Final is null) return false;
        var subject = c.Subject == ClaimSubjects.OfficeOperation ? ClaimSubjects.Public : c.Subject;
        return DocumentFigures.FromIncomeLines(document, subject) is not null
            || DocumentFigures.FromTables(document, subject, c.SubjectCode, DocumentFigures.EffectiveScope(c)) is not null;
    }
}
