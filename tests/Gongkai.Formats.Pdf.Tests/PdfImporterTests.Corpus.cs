using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Formats.Pdf.Tests;

public partial class PdfImporterTests
{
    // Pages as pdfinfo reports them; tables = ruled page fragments found (continuations included).
    [Theory]
    [InlineData("bj-yibaoju-2026-dept-budget.narrative.pdf", 8, 0, 0)]
    [InlineData("bj-yibaoju-2026-dept-budget.tables.pdf", 28, 28, 14)]
    [InlineData("central-guojiaxinfangju-2026-dept-budget.pdf", 37, 15, 3)]
    [InlineData("changsha-gonganju-2025-dept-budget.pdf", 53, 41, 31)]
    [InlineData("fuzhou-yibaoju-2026-dept-budget.pdf", 44, 27, 2)]
    [InlineData("gz-tongjiju-2026-dept-budget.pdf", 27, 18, 5)]
    [InlineData("hangzhou-qixiangju-2026-dept-budget.pdf", 25, 11, 0)]
    [InlineData("sh-city-caizhengju-2025-unit-budget.pdf", 21, 14, 5)]
    [InlineData("sh-putuo-caizhengju-2024-dept-final.pdf", 25, 15, 5)]
    [InlineData("sh-putuo-wanli-2023-dept-budget.pdf", 35, 24, 11)]
    [InlineData("sh-putuo-zhengfuban-2025-unit-budget.pdf", 21, 13, 4)]
    [InlineData("xian-minzhengju-2021-dept-budget.pdf", 84, 49, 31)]
    public void Import_CorpusPdf_ReadsPagesAndTables(string file, int pages, int tables, int continuations)
    {
        var result = PdfCorpus.Import(file);

        Assert.NotNull(result.Document);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var document = result.Document;
        Assert.Equal("pdf", document.Format);
        Assert.Equal(pages, document.PageCount);
        var raw = document.Blocks.OfType<RawTable>().ToList();
        Assert.Equal(tables, raw.Count);
        Assert.Equal(continuations, raw.Count(t => t.ContinuesPrevious));
        Assert.All(raw, t => Assert.True(t.CellsAligned));
        Assert.All(document.Blocks, b => Assert.InRange(b.Page ?? 0, 1, pages));
        // Every row of a table fragment has the same number of cells (grid columns).
        Assert.All(raw, t => Assert.Single(t.HeaderRows.Concat(t.Rows).Select(r => r.Cells.Count).Distinct()));
        Assert.Contains(document.Blocks, b => b is RawParagraph);
    }

    [Fact]
    public void Import_Blocks_AreInReadingOrder()
    {
        var document = PdfCorpus.Document("bj-yibaoju-2026-dept-budget.narrative.pdf");
        var pages = document.Blocks.Select(b => b.Page ?? 0).ToList();
        var texts = document.Blocks.OfType<RawParagraph>().Select(p => p.Text).ToList();

        Assert.Equal(pages.Order(), pages);
        // The contents list of page 1, top to bottom.
        var first = texts.IndexOf("一、部门情况说明");
        var second = texts.IndexOf("二、收入预算情况说明");
        var tables = texts.IndexOf("一、收支总表");
        Assert.True(first >= 0 && second > first && tables > second, string.Join(" / ", texts.Take(20)));
    }

    [Fact]
    public void Import_NarrativePdf_JoinsWrappedLinesIntoParagraphs()
    {
        var document = PdfCorpus.Document("bj-yibaoju-2026-dept-budget.narrative.pdf");
        var paragraphs = document.Blocks.OfType<RawParagraph>().ToList();

        Assert.Empty(document.Blocks.OfType<RawTable>());
        // A sentence wrapped over several lines is one paragraph: long paragraphs exist, and no paragraph is a page number.
        Assert.Contains(paragraphs, p => p.Text.Length > 100 && p.Text.StartsWith("根据党中央、国务院批准的《北京市机构改革方案》", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"^\s*[-—]?\s*\d+\s*[-—]?\s*$"));
    }
}
