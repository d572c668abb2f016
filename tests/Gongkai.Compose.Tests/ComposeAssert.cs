using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Compose.Composing;
using Gongkai.Compose.Ledger;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Workflows;

namespace Gongkai.Compose.Tests;

/// <summary>Composes a ledger and asserts the acceptance criteria: zero findings, and every written figure is a claim.</summary>
internal static partial class ComposeAssert
{
    public static DisclosureDocument Compose(BudgetLedger ledger)
    {
        var result = new DisclosureComposer().Compose(ledger);
        Assert.True(result.Succeeded, "input errors: " + string.Join("\n", result.Issues.Where(i => i.Severity == Severity.Error)));
        return result.Document!;
    }

    /// <summary>Rules on the enriched composed document: no finding of any severity.</summary>
    public static DisclosureDocument NoFindings(BudgetLedger ledger)
    {
        var result = new DisclosureComposer().Compose(ledger);
        Assert.True(result.Succeeded, "input errors: " + string.Join("\n", result.Issues.Where(i => i.Severity == Severity.Error)));
        var document = DocumentExtraction.Enrich(result.Document!);
        var findings = RuleEngine.Run(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default) { Template = result.Template });
        Assert.True(findings.Count == 0, $"{ledger.TemplateId} {ledger.Year}: {findings.Count} findings:\n" + string.Join("\n", findings.Take(30).Select(f => $"[{f.RuleId} {f.Severity}] {f.Message}")));
        return document;
    }

    /// <summary>
    /// Sections whose figures the claim extractor does not model: asset areas and values, the project blocks (read by
    /// ProjectDescriptionExtractor), the table list, and the 绩效 coverage sentence (checked by P-R04's own pattern).
    /// </summary>
    private static readonly string[] s_notModelled = ["国有资产", "项目支出情况说明", "公开表", "概况", "预算绩效情况"];

    /// <summary>Every "x万元" and "x%" written in the explanation (outside the sections above) is a figure of some claim of its section.</summary>
    public static void ClaimsCoverFigures(DisclosureDocument document)
    {
        var claims = document.Claims;
        var path = new List<(int Level, string Heading)>();
        var missing = new List<string>();
        foreach (var section in document.Sections)
        {
            while (path.Count > 0 && path[^1].Level >= section.Level) path.RemoveAt(path.Count - 1);
            path.Add((section.Level, section.Heading));
            var heading = string.Join(" / ", path.Select(p => p.Heading));
            if (s_notModelled.Any(n => heading.Contains(n, StringComparison.Ordinal))) continue;
            var mine = claims.Where(c => c.Section == heading).ToList();
            var values = mine.SelectMany(c => new[] { c.Amount, c.SharePercent, c.Change, c.ChangePercent, c.Budget, c.Final, c.CompletionPercent, c.VarianceRatePercent })
                .Where(v => v is not null).Select(v => Math.Abs(v!.Value)).ToHashSet();
            foreach (Match m in Figure().Matches(section.Text))
            {
                var v = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                if (!values.Contains(v)) missing.Add($"{heading}: {m.Value}");
            }
        }
        Assert.True(missing.Count == 0, "figures not covered by claims:\n" + string.Join("\n", missing.Take(30)));
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(?:万元|%)")]
    private static partial Regex Figure();
}
