using Gongkai.Core.Documents;

namespace Gongkai.Cli.Tests;

/// <summary>The demo a new user sees on <c>gongkai serve</c>: composed, rendered, and read back clean.</summary>
public sealed class ComposedDemoDataTests
{
    [Fact]
    public void DemoDocuments_ReadBackThroughTheCheckWithNoFindings_TwoEntitiesOverSeveralYears()
    {
        var workflow = Composition.CreateCheckWorkflow();
        var documents = new List<DisclosureDocument>();
        var formats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, content) in new ComposedDemoData().GetDocuments())
        {
            using var stream = new MemoryStream(content);
            var report = workflow.Check(name, stream);
            Assert.True(report.Document is not null, $"{name}: unreadable");
            Assert.True(report.Findings.Count == 0,
                $"{name} ({report.Format}): " + string.Join("; ", report.Findings.Select(f => $"{f.RuleId} {f.Message}")));
            Assert.All(report.Document.Tables, t => Assert.True(t.Id is not null, $"{name}: unrecognised table {t.Title}"));
            documents.Add(report.Document);
            formats.Add(report.Format!);
        }

        Assert.True(documents.Count >= 6, $"only {documents.Count} demo documents");
        Assert.True(documents.Select(d => d.Info.Entity).Distinct().Count() >= 2);
        Assert.True(documents.GroupBy(d => d.Info.Entity).All(g => g.Select(d => d.Info.Year).Distinct().Count() >= 2));
        Assert.Contains(documents, d => d.Info.Kind == DocumentKind.FinalAccounts);
        Assert.True(formats.Count >= 3, string.Join(",", formats));
    }

    [Fact]
    public void DemoDocuments_AreTheSameForTheSameSeed() =>
        Assert.Equal(
            new ComposedDemoData(3).GetDocuments().Select(d => d.FileName),
            new ComposedDemoData(3).GetDocuments().Select(d => d.FileName));
}
