using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Render.Html;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Render.Tests;

public sealed class HtmlRendererTests
{
    [Fact]
    public void RenderString_Page_IsSelfContainedChinese()
    {
        var html = HtmlDisclosureRenderer.RenderString(DisclosureGenerator.Budget(7).Document);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderString_MarkupInText_IsEncoded()
    {
        var doc = DisclosureGenerator.Budget(3).Document;
        doc = doc with
        {
            Info = doc.Info with { Title = "某局<script>alert(1)</script>2024年部门预算公开" },
            Sections = [new NarrativeSection { Heading = "一、说明 & <b>", Level = 2, Text = "收入 < 支出 & \"引号\"" }],
        };
        var html = HtmlDisclosureRenderer.RenderString(doc);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("收入 &lt; 支出 &amp; &quot;引号&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderString_ThreePublicTable_HasMergedVehicleHeaderOverItsThreeColumns()
    {
        var html = HtmlDisclosureRenderer.RenderString(DisclosureGenerator.Budget(1).Document);
        Assert.Contains("<th colspan=\"3\">公务用车购置及运行费</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th rowspan=\"2\">合计</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderString_SummaryTable_HasIncomeAndExpenditureHalves()
    {
        var html = HtmlDisclosureRenderer.RenderString(DisclosureGenerator.Budget(2).Document);
        Assert.Contains("<th colspan=\"2\">收入</th><th colspan=\"2\">支出</th>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"unit\">单位：万元</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderString_EmptyTable_PrintsItsNote()
    {
        var doc = DisclosureGenerator.Budget(4).Document;
        var empty = doc.Tables.First(t => t.IsEmpty);
        var html = HtmlDisclosureRenderer.RenderString(doc);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(empty.EmptyNote!), html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderString_Amounts_KeepTheirDecimalsWithThousandsSeparators()
    {
        var table = new DisclosureTable
        {
            Id = TableId.B03,
            Title = "支出总体情况表",
            Columns = [new TableColumn("合计", ColumnKey.Total)],
            Rows = [new TableRow { Code = "210", Name = "卫生健康支出", Kind = RowKind.Class, Values = [new CellValue(1265.6m, 2)] },
                new TableRow { Code = "221", Name = "住房保障支出", Kind = RowKind.Class, Values = [new CellValue(12m, 0)] }],
        };
        var doc = new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [table] };
        var html = HtmlDisclosureRenderer.RenderString(doc);
        Assert.Contains(">1,265.60<", html, StringComparison.Ordinal);
        Assert.Contains(">12<", html, StringComparison.Ordinal);
    }
}
