using Gongkai.Core.Import;

namespace Gongkai.Formats.Pdf.Tests;

public partial class PdfImporterTests
{
    // Titles, printed numbers and units of the tables that start on a page (not continuations),
    // checked against `pdftotext -layout` of each page: "page|number|title|unit".
    public static TheoryData<string, string[]> TitledTables => new()
    {
        {
            "gz-tongjiju-2026-dept-budget.pdf", // Guangdong, Guangzhou
            [
                "6|表1|收支总体情况表|万元", "8|表2|收入总体情况表|万元", "9|表3|本年支出总体情况表|万元",
                "11|表4|财政拨款收支总体情况表|万元", "13|表5|一般公共预算支出情况表（按功能分类科目）|万元",
                "14|表6|一般公共预算基本支出情况表（按经济分类科目）|万元", "16|表7|一般公共预算项目支出情况表（按经济分类科目）|万元",
                "17|表8|财政拨款安排的行政经费及“三公”经费预算表|万元", "18|表9|政府性基金预算支出情况表|万元",
                "19|表10|国有资本经营预算支出情况表|万元", "20|表11|部门预算基本支出预算表|万元",
                "21|表12|部门预算项目支出及其他支出预算表|万元", "25|||万元",
            ]
        },
        {
            "sh-putuo-zhengfuban-2025-unit-budget.pdf", // Shanghai, Putuo district
            [
                "8||2025年预算单位财务收支预算总表|元", "9||2025年预算单位收入预算总表|元", "11||2025年预算单位支出预算总表|元",
                "13||2025年预算单位财政拨款收支预算总表|元", "14||2025年预算单位一般公共预算支出功能分类预算表|元",
                "16||2025年预算单位政府性基金预算支出功能分类预算表|元", "17||2025年预算单位国有资本经营预算支出功能分类预算表|元",
                "18||2025年预算单位一般公共预算基本支出部门预算经济分类预算表|元", "20||2025年单位“三公”经费和机关运行经费预算表|万元",
            ]
        },
        {
            "hangzhou-qixiangju-2026-dept-budget.pdf", // Zhejiang, Hangzhou
            [
                "15|表1|2026年市级部门收支预算总表|万元", "16|表2|2026年市级部门收入预算总表|万元", "17|表3|2026年市级部门支出预算总表|万元",
                "18|表4|2026年市级部门财政拨款收支预算总表|万元", "19|表5|2026年市级部门一般公共预算支出预算表|万元",
                "20|表6|2026年市级部门一般公共预算基本支出预算表|万元", "21|表7|2026年市级部门一般公共预算“三公”经费预算表|万元",
                "22|表8|2026年市级部门政府性基金预算支出预算表|万元", "23|表9|2026年市级部门国有资本经营预算支出预算表|万元",
                "24|表10|2026年市级部门项目支出预算表|万元", "25|表11|2026年市级部门项目支出绩效表|万元",
            ]
        },
        {
            "bj-yibaoju-2026-dept-budget.tables.pdf", // Beijing
            [
                "1|预算01表|收支总表|万元", "2|预算02表|收入总表|万元", "3|预算03表|支出总表|万元", "5|预算04表|财政拨款收支总表|万元",
                "6|预算05表|一般公共预算支出表|万元", "7|预算06表|一般公共预算基本支出表|万元", "9|预算07表|政府性基金预算支出表|万元",
                "10|预算08表|国有资本经营预算支出表|万元", "11|预算09表|财政拨款“三公”经费支出表|万元", "12|预算10表|政府采购预算明细表|万元",
                "13|预算11表|财政拨款政府购买服务明细表|万元", "15|预算12表|项目支出绩效目标表|万元", "27|预算13表|部门整体支出绩效目标表|",
                "28|||",
            ]
        },
        {
            "central-guojiaxinfangju-2026-dept-budget.pdf", // Central government
            [
                "5|部门公开表1|部门收支总表|万元", "6|部门公开表2|部门收入总表|万元", "7|部门公开表3|部门支出总表|万元",
                "9|部门公开表4|财政拨款收支总表|万元", "10|部门公开表5|一般公共预算支出表|万元", "12|部门公开表6|一般公共预算基本支出表|万元",
                "14||政府性基金预算支出表|万元", "15|部门公开表8|国有资本经营预算支出表|万元", "16|部门公开表9|财政拨款预算“三公”经费支出表|万元",
                "30||信息化运行维护绩效目标表|", "31||信访综合保障经费绩效目标表|", "32||信访业务培训绩效目标表|",
            ]
        },
        {
            "sh-putuo-caizhengju-2024-dept-final.pdf", // Shanghai, Putuo district, final accounts
            [
                "5|||", "6||收入支出决算总表|万元", "8||收入决算表|万元", "10||支出决算表|万元", "12||财政拨款收入支出决算总表|万元",
                "15||一般公共预算财政拨款支出决算表|万元", "16||一般公共预算财政拨款基本支出决算表|万元", "18||财政拨款“三公”经费支出决算表|万元",
                "19||政府性基金预算财政拨款收入支出决算表|万元", "20||国有资本经营预算财政拨款收入支出决算表|万元",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(TitledTables))]
    public void Import_CorpusPdf_FindsTitlesNumbersAndUnits(string file, string[] expected)
    {
        var actual = PdfCorpus.Tables(file)
            .Where(t => !t.ContinuesPrevious)
            .Select(t => string.Join('|', t.Page, t.PrintedNumber, t.Title, t.UnitText))
            .ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Import_XianTemplate_NumbersTitlesAndMarksRepeatedTitleAsContinuation()
    {
        var tables = PdfCorpus.Tables("xian-minzhengju-2021-dept-budget.pdf");

        var first = Assert.Single(tables, t => t.Page == 39);
        Assert.Equal("表1", first.PrintedNumber);
        Assert.Equal("2021年部门综合预算收支总表", first.Title);
        Assert.Equal("元", first.UnitText);
        Assert.Contains("预算单位：西安市民政局", first.Preamble);
        Assert.False(first.ContinuesPrevious);
        // Page 40 repeats title and number over the same columns: a continuation.
        var next = Assert.Single(tables, t => t.Page == 40);
        Assert.Equal("表1", next.PrintedNumber);
        Assert.True(next.ContinuesPrevious);
        // Page 47 repeats 表5's title, number, 预算单位 and header words, but the wrapped header (公用经费支 / 出) moved the
        // column rules: still a continuation of page 46.
        var b05 = tables.Where(t => t.PrintedNumber == "表5").ToList();
        Assert.Equal([46, 47], b05.Select(t => t.Page ?? 0));
        Assert.Equal([false, true], b05.Select(t => t.ContinuesPrevious));
    }

    [Fact]
    public void Import_Captions_SeparateUnitPreambleAndNotes()
    {
        var tables = PdfCorpus.Tables("changsha-gonganju-2025-dept-budget.pdf");
        var first = tables[0];

        Assert.Equal(13, first.Page);
        Assert.Equal("2025年部门收支总体情况表", first.Title);
        Assert.Equal("万元", first.UnitText);
        Assert.Equal(["单位名称：长沙市公安局"], first.Preamble);
        Assert.Equal(["注：本表反映部门本年度的收支总体情况。"], first.Notes);
    }

    [Fact]
    public void Import_SectionHeadingAboveTitle_GoesToPreamble()
    {
        var table = PdfCorpus.Tables("fuzhou-yibaoju-2026-dept-budget.pdf").Single(t => t.Page == 10);

        Assert.Equal("2026年度收支预算总表", table.Title);
        Assert.Contains("一、收支预算总表", table.Preamble);
        Assert.Equal("万元", table.UnitText);
    }
}
