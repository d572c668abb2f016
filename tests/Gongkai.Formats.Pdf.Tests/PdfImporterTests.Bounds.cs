using System.Globalization;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// The bounds of one PDF read (docs/bounds.md): pages read, the time budget, the decoded content of a page (inflating
/// streams, millions of text operators, forms drawing forms), nesting depth. Each hostile input ends with a Chinese
/// diagnostic naming the file and page, and the rest of the document is still read.
/// </summary>
public partial class PdfImporterTests
{
    private static readonly Lazy<byte[]> s_twoThousandPages = new(() => ManyPages(2000));

    /// <summary>A PDF of <paramref name="count"/> pages, each with a caption line and a small ruled 3×3 grid of numbers.</summary>
    private static byte[] ManyPages(int count)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var n = 1; n <= count; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Page {n} of {count}"), 12, new PdfPoint(50, 760), font);
            for (var i = 0; i <= 3; i++)
            {
                page.DrawLine(new PdfPoint(50, 700 - (i * 20)), new PdfPoint(350, 700 - (i * 20)));
                page.DrawLine(new PdfPoint(50 + (i * 100), 700), new PdfPoint(50 + (i * 100), 640));
            }
            for (var row = 0; row < 3; row++)
            {
                for (var col = 0; col < 3; col++)
                {
                    page.AddText(string.Create(CultureInfo.InvariantCulture, $"{(n * 10) + row}.{col}0"), 9,
                        new PdfPoint(60 + (col * 100), 686 - (row * 20)), font);
                }
            }
        }
        return builder.Build();
    }

    [Fact]
    public void Import_TwoThousandPages_ReadsTheFirstThousandWithAWarning()
    {
        var result = PdfCorpus.ImportBytes("两千页.pdf", s_twoThousandPages.Value);

        Assert.NotNull(result.Document);
        Assert.Equal(2000, result.Document.PageCount);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(PdfDiagnosticCodes.PageLimit, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("文件 两千页.pdf 共 2000 页，超过上限 1000 页：只读取了前 1000 页。", warning.Message);
        Assert.Equal(1000, result.Document.Blocks.Max(b => b.Page));
        // Every page read yields its ruled grid.
        Assert.Equal(Enumerable.Range(1, 1000), result.Document.Blocks.OfType<RawTable>().Select(t => t.Page!.Value).Distinct());
    }

    [Fact]
    public void Import_CorpusPages_AllWithinTheBoundsWithAFourfoldMargin()
    {
        // The largest page of the corpus decodes to under 512 KiB (docs/bounds.md): a quarter of the page-content bound.
        var importer = new PdfImporter(new PdfImporterOptions { MaxPageContentBytes = PdfImporterOptions.Default.MaxPageContentBytes / 4 });
        var files = Directory.GetFiles(Path.Combine(Gongkai.TestSupport.Corpus.Root, "pdf"), "*.pdf");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var result = importer.Import(file, stream, ImportOptions.Default);
            Assert.NotNull(result.Document);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code is PdfDiagnosticCodes.PageTooLarge or PdfDiagnosticCodes.TimeLimit
                or PdfDiagnosticCodes.PageLimit or PdfDiagnosticCodes.ContentLimit);
        }
    }

    [Fact]
    public void Import_TimeBudgetSpent_StopsBetweenPagesAndKeepsWhatWasRead()
    {
        var importer = new PdfImporter(new PdfImporterOptions { TimeBudget = TimeSpan.FromMilliseconds(200) });
        using var stream = new MemoryStream(s_twoThousandPages.Value);

        var result = importer.Import("两千页.pdf", stream, ImportOptions.Default with { MaxPages = 2000 });

        Assert.NotNull(result.Document);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(PdfDiagnosticCodes.TimeLimit, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.NotNull(warning.Page);
        Assert.Contains("读取超过时限", warning.Message, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"第 {warning.Page} 页起未读取"), warning.Message, StringComparison.Ordinal);
        var lastRead = result.Document.Blocks.Max(b => b.Page!.Value);
        Assert.Equal(warning.Page - 1, lastRead);
        Assert.InRange(lastRead, 1, 1999);
    }

    [Fact]
    public void Import_CancelledToken_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var stream = new MemoryStream(s_twoThousandPages.Value);

        Assert.ThrowsAny<OperationCanceledException>(
            () => new PdfImporter().Import("两千页.pdf", stream, ImportOptions.Default, cancellation.Token));
    }

    /// <summary>Page 1 is hostile, page 2 carries "Page two 123": the hostile page is skipped, page 2 is read.</summary>
    private static byte[] HostileFirstPage(Action<RawPdf> addPageOneContentAndResources)
    {
        var pdf = new RawPdf();
        pdf.Add(RawPdf.Catalog);
        pdf.Add(RawPdf.PageTree(3, 4));
        // Page 2 (object 4) draws object 5; page 1 (object 3) draws content object 6 with the resources in object 7,
        // which the callback adds first (then anything they refer to, from object 8).
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources 7 0 R >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << " + RawPdf.Helvetica + " >> >>");
        pdf.AddStream("", RawPdf.TextContent("Page two 123"));
        addPageOneContentAndResources(pdf);
        return pdf.Build();
    }

    private static void AssertFirstPageSkippedSecondRead(RawImportResult result, string name)
    {
        Assert.NotNull(result.Document);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(PdfDiagnosticCodes.PageTooLarge, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(1, warning.Page);
        Assert.Equal($"文件 {name} 第 1 页内容过大（解压后超过 2 MiB），已跳过：可能是异常或恶意构造的PDF。", warning.Message);
        var paragraph = Assert.Single(result.Document.Blocks);
        Assert.Equal(2, paragraph.Page);
        Assert.Equal("Page two 123", Assert.IsType<RawParagraph>(paragraph).Text);
    }

    /// <summary>Bytes allocated on this thread while <paramref name="read"/> runs.</summary>
    private static (T Result, long Allocated) Allocations<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Import_PageContentInflatingToHalfAGigabyte_SkippedWithoutInflatingIt()
    {
        // 512 MiB of zeros compress to a few MiB, well within MaxBytes: PdfPig alone would inflate all of it into memory.
        var bytes = HostileFirstPage(pdf =>
        {
            pdf.AddFlateZeros("", 512);
            pdf.Add("<< " + RawPdf.Helvetica + " >>");
        });
        Assert.True(bytes.Length < ImportOptions.Default.MaxBytes / 8);

        var (result, allocated) = Allocations(() => PdfCorpus.ImportBytes("炸弹.pdf", bytes));

        AssertFirstPageSkippedSecondRead(result, "炸弹.pdf");
        Assert.True(allocated < 64L * 1024 * 1024, string.Create(CultureInfo.InvariantCulture, $"allocated {allocated:N0} bytes"));
    }

    [Fact]
    public void Import_OnlyPageTooLarge_ErrorSaysSo()
    {
        var pdf = new RawPdf();
        pdf.Add(RawPdf.Catalog);
        pdf.Add(RawPdf.PageTree(3));
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        pdf.AddFlateZeros("", 8);

        var result = PdfCorpus.ImportBytes("单页炸弹.pdf", pdf.Build());

        Assert.Null(result.Document);
        Assert.Equal([PdfDiagnosticCodes.PageTooLarge, PdfDiagnosticCodes.PageTooLarge], result.Diagnostics.Select(d => d.Code));
        Assert.Equal([Severity.Warning, Severity.Error], result.Diagnostics.Select(d => d.Severity));
        Assert.Equal("文件 单页炸弹.pdf 没有一页可以读取：1 页内容过大，已全部跳过（可能是异常或恶意构造的PDF）。", result.Diagnostics[1].Message);
    }

    [Fact]
    public void Import_HugeTextContentStream_SkippedWithoutParsingIt()
    {
        // 24 MiB of text operators (about 8 million glyphs) compress to well under 1 MiB.
        var line = Encoding.ASCII.GetBytes("BT /F1 8 Tf 10 10 Td (Hello world 12345) Tj ET\n");
        var content = new byte[24 * 1024 * 1024 / line.Length * line.Length];
        for (var i = 0; i < content.Length; i += line.Length) line.CopyTo(content, i);
        var bytes = HostileFirstPage(pdf =>
        {
            pdf.AddFlateStream("", content);
            pdf.Add("<< " + RawPdf.Helvetica + " >>");
        });

        var (result, allocated) = Allocations(() => PdfCorpus.ImportBytes("巨大内容.pdf", bytes));

        AssertFirstPageSkippedSecondRead(result, "巨大内容.pdf");
        Assert.True(allocated < 64L * 1024 * 1024, string.Create(CultureInfo.InvariantCulture, $"allocated {allocated:N0} bytes"));
    }

    [Fact]
    public void Import_FormsDrawingFormsTenTimesOver_SkippedBeforeExpansion()
    {
        // "Billion laughs": form k draws form k−1 ten times; ten levels would expand to 10^9 copies of the leaf's text.
        var bytes = HostileFirstPage(pdf =>
        {
            pdf.AddStream("", "/X9 Do"u8.ToArray()); // object 6: the page content
            var forms = new StringBuilder();
            for (var k = 0; k < 10; k++) forms.Append(CultureInfo.InvariantCulture, $"/X{k} {8 + k} 0 R ");
            pdf.Add("<< " + RawPdf.Helvetica + " /XObject << " + forms + ">> >>"); // object 7
            pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 595 842]", RawPdf.TextContent("abcdefghij")); // X0 = object 8
            for (var k = 1; k < 10; k++)
            {
                var body = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(string.Create(CultureInfo.InvariantCulture, $"/X{k - 1} Do "), 10)));
                pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 595 842]", body);
            }
        });

        var (result, allocated) = Allocations(() => PdfCorpus.ImportBytes("嵌套表单.pdf", bytes));

        AssertFirstPageSkippedSecondRead(result, "嵌套表单.pdf");
        Assert.True(allocated < 64L * 1024 * 1024, string.Create(CultureInfo.InvariantCulture, $"allocated {allocated:N0} bytes"));
    }

    [Fact]
    public void Import_FormDrawingItself_ReadsTheTextOnce()
    {
        var pdf = new RawPdf();
        pdf.Add(RawPdf.Catalog);
        pdf.Add(RawPdf.PageTree(3));
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << " + RawPdf.Helvetica + " /XObject << /X0 5 0 R >> >> >>");
        pdf.AddStream("", "/X0 Do"u8.ToArray());
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << " + RawPdf.Helvetica + " /XObject << /X0 5 0 R >> >>",
            [.. RawPdf.TextContent("Loop 1"), .. "/X0 Do"u8]);

        var result = PdfCorpus.ImportBytes("自引用.pdf", pdf.Build());

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Loop 1", Assert.IsType<RawParagraph>(Assert.Single(result.Document.Blocks)).Text);
    }

    [Theory]
    [InlineData("array", 100_000)]
    [InlineData("dictionary", 100_000)]
    public void Import_DeeplyNestedObjectInThePageDictionary_NoCrash(string kind, int depth)
    {
        var nested = kind == "array"
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("<< /A ", depth)) + "1" + string.Concat(Enumerable.Repeat(" >>", depth));
        var pdf = new RawPdf();
        pdf.Add(RawPdf.Catalog);
        pdf.Add(RawPdf.PageTree(3));
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << " + RawPdf.Helvetica + " >> /Deep " + nested + " >>");
        pdf.AddStream("", RawPdf.TextContent("Still here"));

        var result = PdfCorpus.ImportBytes("深层嵌套.pdf", pdf.Build());

        // PdfPig stops at a nesting depth of 256 and, parsing leniently, loses the rest of the page dictionary (its
        // contents too), so the page reads as empty; either way: no crash, and a Chinese error naming the file.
        if (result.Document is null)
        {
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Contains(error.Code, new[] { PdfDiagnosticCodes.Corrupt, PdfDiagnosticCodes.NoText });
            Assert.Contains("深层嵌套.pdf", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("Still here", Assert.IsType<RawParagraph>(Assert.Single(result.Document.Blocks)).Text);
        }
    }

    [Fact]
    public void Import_DeeplyNestedArrayInContent_PageReportedAsDamaged()
    {
        var depth = 100_000;
        var bytes = HostileFirstPage(pdf =>
        {
            pdf.AddStream("", Encoding.ASCII.GetBytes("BT /F1 12 Tf 50 700 Td " + new string('[', depth) + "(a)" + new string(']', depth) + " TJ ET"));
            pdf.Add("<< " + RawPdf.Helvetica + " >>");
        });

        var result = PdfCorpus.ImportBytes("深层数组.pdf", bytes);

        Assert.NotNull(result.Document);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(PdfDiagnosticCodes.Corrupt, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(1, warning.Page);
        Assert.StartsWith("文件 深层数组.pdf 第 1 页无法读取（页面内容损坏），已跳过", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Page two 123", Assert.IsType<RawParagraph>(Assert.Single(result.Document.Blocks)).Text);
    }
}
