using Gongkai.Core.Import;

namespace Gongkai.Formats.Pdf.Tests;

public partial class PdfImporterTests
{
    // Changsha, 项目支出绩效目标表: on page 33 the 绩效目标 text of the last row (警务通通讯租赁费) overflows the page's
    // table; the overflow is drawn but clipped (pdftotext, which ignores clipping, prints it), and page 34 repeats
    // the row in full. With clipping the hidden tail must appear neither in page 33's cells nor in its paragraphs.
    [Fact]
    public void Import_TextHiddenByClipping_DoesNotLeakIntoCells()
    {
        var document = PdfCorpus.Document("changsha-gonganju-2025-dept-budget.pdf");
        const string hiddenTail = "助推我局移动警务进入全国第一方阵";

        var page33 = document.Blocks.Where(b => b.Page == 33).ToList();
        var table33 = Assert.Single(page33.OfType<RawTable>());
        var lastRow = table33.Rows[^1];
        Assert.Equal("警务通通讯租赁费", lastRow.Cells[1]);
        Assert.Equal("212.51", lastRow.Cells[2]);
        Assert.StartsWith("移动警务作为打通公安大数据应用的最后一公里", lastRow.Cells[3], StringComparison.Ordinal);
        Assert.EndsWith("为警务工作提供更方便、更适用、更可靠", lastRow.Cells[3], StringComparison.Ordinal);
        Assert.DoesNotContain(page33, b => TextOf(b).Contains(hiddenTail, StringComparison.Ordinal));

        // Page 34 shows the same cell in full.
        var table34 = Assert.Single(document.Blocks.Where(b => b.Page == 34).OfType<RawTable>());
        Assert.EndsWith(hiddenTail + "。", table34.Rows[0].Cells[3], StringComparison.Ordinal);
    }

    private static string TextOf(RawBlock block) => block switch
    {
        RawParagraph p => p.Text,
        RawTable t => string.Join('\n', t.HeaderRows.Concat(t.Rows).SelectMany(r => r.Cells).Concat(t.Notes).Concat(t.Preamble)),
        _ => string.Empty,
    };
}
