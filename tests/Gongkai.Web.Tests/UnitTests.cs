using System.Text;
using Gongkai.Cli;
using Gongkai.TestSupport;
using Gongkai.Web.Exports;
using Gongkai.Web.Html;
using Gongkai.Web.Pages;
using Gongkai.Web.Quality;

namespace Gongkai.Web.Tests;

/// <summary>The parts of the portal that need no server: HTML encoding, the document view, CSV, the quality score.</summary>
public sealed class UnitTests
{
    [Fact]
    public void HtmlBuilder_EncodesTextAndAttributes()
    {
        var h = new HtmlBuilder().Element("p", "<script>alert('x')</script>&").Raw("<a").Attr("title", "\" onmouseover=\"x").Raw(">");
        var html = h.ToString();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("预算", new HtmlBuilder().Text("预算").ToString(), StringComparison.Ordinal); // Chinese stays readable
    }

    [Fact]
    public void DocumentView_MarksTheFindingCellAndLinksBothWays()
    {
        var report = Composition.CreateCheckWorkflow().CheckFile(Corpus.Seed("001"));
        Assert.NotNull(report.Document);
        var finding = report.Findings.First(f => f.RuleId == "G1" && f.Row == "21015");
        var anchor = DocumentView.CellAnchor(report.Document!, finding);
        Assert.NotNull(anchor);
        var h = new HtmlBuilder();
        DocumentView.Render(h, report.Document!, report.Findings, report.Diagnostics);
        var html = h.ToString();
        var cell = html[html.IndexOf("<td id=\"" + anchor + "\"", StringComparison.Ordinal)..];
        cell = cell[..(cell.IndexOf("</td>", StringComparison.Ordinal) + 5)];
        Assert.Contains("finding-error", cell, StringComparison.Ordinal);
        Assert.Contains("326.52", cell, StringComparison.Ordinal); // the printed figure, in the column the finding names
        Assert.Contains("href=\"#f", cell, StringComparison.Ordinal);
        Assert.Contains("href=\"#" + anchor + "\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentView_EncodesDocumentTextThatLooksLikeMarkup()
    {
        var text = File.ReadAllText(Corpus.Seed("000")).Replace("医疗保障局", "医疗保障局<script>alert(1)</script><img src=x onerror=alert(2)>", StringComparison.Ordinal);
        var report = Composition.CreateCheckWorkflow().Check("injected.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.NotNull(report.Document);
        var h = new HtmlBuilder();
        DocumentView.Render(h, report.Document!, report.Findings, report.Diagnostics);
        var html = h.ToString();
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvWriter_QuotesAndNeutralisesFormulas()
    {
        var csv = new CsvWriter().Row(["a,b", "say \"hi\"", "=SUM(A1)", -1.50m, null, 7]).ToString();
        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),-1.50,,7\r\n", csv);
    }

    [Theory]
    [InlineData(9, 9, 0, 0, 100.0)]
    [InlineData(9, 9, 10, 0, 50.0)]
    [InlineData(3, 9, 0, 0, 66.7)]
    [InlineData(9, 9, 2, 5, 85.0)]
    [InlineData(0, 16, 20, 0, 0.0)]
    public void QualityScore_WithoutDates_WeighsCompletenessAndConsistency(int tables, int required, int errors, int warnings, double expected)
    {
        Assert.Equal((decimal)expected, DisclosureQualityScore.Compute(tables, required, errors, warnings).Score);
    }

    [Fact]
    public void QualityScore_WithDates_CountsTimeliness()
    {
        var onTime = DisclosureQualityScore.Compute(9, 9, 0, 0, new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 30));
        var late = DisclosureQualityScore.Compute(9, 9, 0, 0, new DateOnly(2024, 11, 14), new DateOnly(2024, 9, 30));
        Assert.Equal(100m, onTime.Score);
        Assert.Equal(1m, onTime.Timeliness);
        Assert.Equal(0.5m, late.Timeliness); // 45 days late of 90
        Assert.Equal(90m, late.Score);
    }

    [Fact]
    public void RuleCatalogue_DescribesEveryRuleFromTheDocumentation()
    {
        var descriptions = RuleCatalogue.LoadDescriptions();
        var missing = Core.Rules.BuiltInRules.All.Select(r => r.Id).Distinct().Where(id => !descriptions.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, "docs/rules.md does not describe: " + string.Join(", ", missing));
    }
}
