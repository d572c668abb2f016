using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Tables;
using Gongkai.TestSupport;

namespace Gongkai.Formats.Html.Tests;

public class HtmlImporterTests
{
    private static string Row(TableRow row) =>
        string.Join("|", new[] { row.Code ?? "", row.Kind.ToString(), row.Name }.Concat(row.Values.Select(v => v.ToString())));

    private static List<string> Ids(DisclosureDocument d) => d.Tables.Select(t => t.Id?.Value ?? "?").ToList();

    private static void AssertSameTables(DisclosureDocument expected, DisclosureDocument actual)
    {
        Assert.Equal(Ids(expected), Ids(actual));
        foreach (var id in new[] { "B01", "B03", "B05", "B06" })
        {
            var e = expected.Tables.Single(t => t.Id?.Value == id);
            var a = actual.Tables.Single(t => t.Id?.Value == id);
            Assert.Equal(e.AmountUnit, a.AmountUnit);
            Assert.Equal(e.Rows.Select(Row), a.Rows.Select(Row));
        }
        foreach (var (e, a) in expected.Tables.Zip(actual.Tables))
        {
            Assert.Equal(e.Rows.Select(Row), a.Rows.Select(Row));
        }
        Assert.Equal(expected.Info.Year, actual.Info.Year);
    }

    [Fact]
    public void Seed002AsUtf8Page_RecognisesTheSameTablesAndCells()
    {
        var raw = HtmlFixtures.ReadText(Corpus.Seed("002"));
        var expected = HtmlFixtures.Recognize(raw);
        var html = HtmlFixtures.ToHtml(raw, "utf-8");
        var result = HtmlFixtures.Import(Encoding.UTF8.GetBytes(html));
        Assert.NotNull(result.Document);
        Assert.Equal("html", result.Document.Format);
        var actual = HtmlFixtures.Recognize(result.Document);
        Assert.Contains("B01", Ids(actual));
        AssertSameTables(expected, actual);
    }

    [Fact]
    public void Seed002AsGb18030PageWithGb2312Meta_RecognisesTheSameTablesAndCells()
    {
        var raw = HtmlFixtures.ReadText(Corpus.Seed("002"));
        var expected = HtmlFixtures.Recognize(raw);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(HtmlFixtures.ToHtml(raw, "gb2312"));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var result = HtmlFixtures.Import(bytes);
        Assert.NotNull(result.Document);
        Assert.Contains(result.Diagnostics, d => d.Code == "IMPORT-ENCODING");
        AssertSameTables(expected, HtmlFixtures.Recognize(result.Document));
    }

    [Fact]
    public void Gb18030PageWithoutMeta_FallsBackFromUtf8()
    {
        var html = "<html><body><p>部门收支总体情况表</p></body></html>";
        var result = HtmlFixtures.Import(Encoding.GetEncoding("GB18030").GetBytes(html));
        var p = Assert.IsType<RawParagraph>(Assert.Single(result.Document!.Blocks));
        Assert.Equal("部门收支总体情况表", p.Text);
    }

    [Fact]
    public void Utf8PageStillDeclaringGb2312_IsReadAsUtf8()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>部门预算</p></body></html>";
        var result = HtmlFixtures.Import(Encoding.UTF8.GetBytes(html));
        Assert.Equal("部门预算", Assert.IsType<RawParagraph>(Assert.Single(result.Document!.Blocks)).Text);
    }

    [Fact]
    public void ColspanAndRowspan_AreExpandedWithTextInTheFirstPosition()
    {
        const string html = """
            <html><body><p>表1</p><p>部门收入总体情况表</p><p>编制单位：某局</p><p>金额单位：万元</p>
            <table><tr><th rowspan="2">科目</th><th colspan="2">本年</th></tr><tr><th>基本</th><th>项目</th></tr>
            <tr><td>合计</td><td>10.00</td><td>5.00</td></tr>
            <tr><td rowspan="2">一般</td><td colspan="2">3.00</td></tr><tr><td>1.00</td><td>2.00</td></tr></table>
            <p>注：本表无政府性基金。</p><p>下一段正文。</p></body></html>
            """;
        var doc = HtmlFixtures.Import(html).Document!;
        var table = Assert.IsType<RawTable>(doc.Blocks[0]);
        Assert.Equal("表1", table.PrintedNumber);
        Assert.Equal("部门收入总体情况表", table.Title);
        Assert.Equal("万元", table.UnitText);
        Assert.Equal(["编制单位：某局", "金额单位：万元"], table.Preamble);
        Assert.True(table.CellsAligned);
        Assert.Equal(2, table.HeaderRows.Count);
        Assert.Equal(["科目", "本年", ""], table.HeaderRows[0].Cells);
        Assert.Equal(["", "基本", "项目"], table.HeaderRows[1].Cells);
        Assert.Equal(["合计", "10.00", "5.00"], table.Rows[0].Cells);
        Assert.Equal(["一般", "3.00", ""], table.Rows[1].Cells);
        Assert.Equal(["", "1.00", "2.00"], table.Rows[2].Cells);
        Assert.Equal(["注：本表无政府性基金。"], table.Notes);
        Assert.Equal("下一段正文。", Assert.IsType<RawParagraph>(Assert.Single(doc.Blocks.Skip(1))).Text);
    }

    [Fact]
    public void TitleAndUnitInsideTheTable_AreReadAsCaption()
    {
        const string html = """
            <table><tr><td colspan="3">表二 部门收入总体情况表</td></tr><tr><td colspan="3">单位：元</td></tr>
            <tr><td>项目</td><td>合计</td><td>基本</td></tr><tr><td>合计</td><td>1</td><td>1</td></tr></table>
            """;
        var table = Assert.IsType<RawTable>(Assert.Single(HtmlFixtures.Import(html).Document!.Blocks));
        Assert.Equal("表二", table.PrintedNumber);
        Assert.Equal("部门收入总体情况表", table.Title);
        Assert.Equal("元", table.UnitText);
        Assert.Equal(["项目", "合计", "基本"], Assert.Single(table.HeaderRows).Cells);
        Assert.Single(table.Rows);
    }

    [Fact]
    public void ScriptStyleNavFooter_AreIgnored()
    {
        const string html = """
            <html><head><style>.x{}</style><script>var t = '部门收支总体情况表';</script></head>
            <body><nav>导航 表一</nav><p>正文<script>alert('x')</script>一段</p><noscript>请启用脚本</noscript>
            <footer>页脚</footer></body></html>
            """;
        var doc = HtmlFixtures.Import(html).Document!;
        var p = Assert.IsType<RawParagraph>(Assert.Single(doc.Blocks));
        Assert.Equal("正文一段", p.Text);
    }

    [Fact]
    public void NestedLayoutTables_AreReadAsBlocksAndTheirDataTable()
    {
        const string html = """
            <html><body><table><tr><td><p>部门支出总体情况表</p><p>单位：万元</p>
            <table><tr><td>项目</td><td>合计</td></tr><tr><td>合计</td><td>8.00</td></tr></table></td></tr></table></body></html>
            """;
        var table = Assert.IsType<RawTable>(Assert.Single(HtmlFixtures.Import(html).Document!.Blocks));
        Assert.Equal("部门支出总体情况表", table.Title);
        Assert.Equal("万元", table.UnitText);
        Assert.Equal(["合计", "8.00"], Assert.Single(table.Rows).Cells);
    }

    [Fact]
    public void MalformedMarkup_IsReadWithoutThrowing()
    {
        const string html = "<html><body><p>第一段<div>第二段</p><table><tr><td>合计<td>1.00</tr><tr><td>其他</table></b></i><p>末段";
        var result = HtmlFixtures.Import(html, "坏.html");
        Assert.NotNull(result.Document);
        var texts = result.Document.Blocks.OfType<RawParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("第一段", texts);
        Assert.Contains("第二段", texts);
        Assert.Contains("末段", texts);
        var table = Assert.Single(result.Document.Blocks.OfType<RawTable>());
        Assert.Equal(["合计", "1.00"], table.Rows[0].Cells);
    }

    [Fact]
    public void DeeplyNestedMarkup_DoesNotOverflowTheStack()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 2_400; i++) sb.Append("<div><span>");
        sb.Append("深处的文字");
        var result = HtmlFixtures.Import(sb.ToString());
        Assert.NotNull(result.Document);
        Assert.Contains(result.Document.Blocks.OfType<RawParagraph>(), p => p.Text == "深处的文字");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "HTML-TOO-DEEP");
    }

    [Fact]
    public void NestingBeyondTheBound_IsReadUpToTheBoundWithAWarning()
    {
        var sb = new StringBuilder("<html><body><p>开头的文字</p>");
        for (var i = 0; i < 100_000; i++) sb.Append("<div><span>");
        sb.Append("深处的文字");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = HtmlFixtures.Import(sb.ToString(), "深.html");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), started.Elapsed.ToString());
        Assert.NotNull(result.Document);
        Assert.Contains(result.Document.Blocks.OfType<RawParagraph>(), p => p.Text == "开头的文字");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "HTML-TOO-DEEP");
        Assert.Contains("深.html", warning.Message, StringComparison.Ordinal);
        Assert.Contains("5000", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugePage_IsCappedAtTheElementBoundWithAWarningNamingTheFile()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < HtmlSegmenter.MaxElements + 10; i++) sb.Append("<p>x</p>");
        var result = HtmlFixtures.Import(sb.ToString(), "大.html");
        Assert.NotNull(result.Document);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "HTML-TOO-MANY-ELEMENTS");
        Assert.Contains("大.html", warning.Message, StringComparison.Ordinal);
        Assert.Contains("200000", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Document.Blocks.Count < HtmlSegmenter.MaxElements);
    }

    [Fact]
    public void PageWithoutTextOrTable_GivesAnEmptyDocumentAndAWarning()
    {
        var result = HtmlFixtures.Import("<!DOCTYPE html><html><head><title>x</title></head><body><script>1</script></body></html>", "空.html");
        Assert.NotNull(result.Document);
        Assert.Empty(result.Document.Blocks);
        Assert.Contains(result.Diagnostics, d => d.Code == "HTML-EMPTY" && d.Message.Contains("空.html", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html><body></body></html>", true)]
    [InlineData("\uFEFF  <!DOCTYPE HTML>", true)]
    [InlineData("\n<TABLE><tr><td>1</td></tr></TABLE>", true)]
    [InlineData("<!-- saved page --><html>", true)]
    [InlineData("表一：部门收支总体情况表", false)]
    [InlineData("%PDF-1.7", false)]
    public void CanImport_SniffsTheHeadNotTheName(string head, bool expected)
    {
        var bytes = Encoding.UTF8.GetBytes(head);
        Assert.Equal(expected, new HtmlImporter().CanImport("x.txt", bytes));
        // The text importer refuses what opens with <html, <!DOCTYPE html or <table; anything else is decided by
        // registering the HTML importer first.
        if (!head.StartsWith("<!--", StringComparison.Ordinal))
        {
            Assert.Equal(!expected && !head.StartsWith('%'), new Gongkai.Formats.Text.TextImporter().CanImport("x.html", bytes));
        }
    }

    [Fact]
    public void UseHtmlBeforeUseText_RoutesHtmlToTheHtmlImporter()
    {
        var registry = new FormatRegistry.Builder().UseHtml().Add(new Gongkai.Formats.Text.TextImporter()).Build();
        Assert.Equal("html", registry.Find("a.txt", "<table><tr><td>1</td></tr></table>"u8)!.FormatId);
        Assert.Equal("text", registry.Find("a.txt", "表一"u8)!.FormatId);
    }
}
