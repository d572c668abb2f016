using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.TestSupport;

namespace Gongkai.Formats.Pdf.Tests;

public partial class PdfImporterTests
{
    [Fact]
    public void Import_LayoutStageFails_KeepsPageTextAsParagraphsAndWarns()
    {
        using var stream = File.OpenRead(Corpus.Pdf("gz-tongjiju-2026-dept-budget.pdf"));
        var importer = new PdfImporter(analyzer: new FailingAnalyzer());

        var result = importer.Import("gz.pdf", stream, ImportOptions.Default with { MaxPages = 2 });

        Assert.NotNull(result.Document);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "PDF-LAYOUT-FAILED" && d.Severity == Severity.Warning));
        Assert.Contains(result.Document.Blocks.OfType<RawParagraph>(), p => p.Page == 1 && p.Text.Contains("广州市统计局", StringComparison.Ordinal));
    }

    private sealed class FailingAnalyzer : Layout.IPageLayoutAnalyzer
    {
        public Layout.PageLayout Analyze(Extraction.PageContent content) => throw new InvalidOperationException("boom");
    }
}
