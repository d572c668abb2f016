namespace Gongkai.Formats.Pdf.Tests;

public partial class PdfImporterTests
{
    [Fact]
    public void Import_ThreeRowHeaderWithMergedCells_KeptAsHeaderRows()
    {
        // 2025年单位“三公”经费和机关运行经费预算表 (page 20): three header rows, one data row; unit 万元 unlike the other tables (元).
        var table = Assert.Single(PdfCorpus.Tables("sh-putuo-zhengfuban-2025-unit-budget.pdf"), t => t.Page == 20);

        Assert.Equal("万元", table.UnitText);
        AssertCells(
        [
            ["“三公”经费预算数", "", "", "", "", "", "机关运行经费预算数"],
            ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "", "", ""],
            ["", "", "", "小计", "购置费", "运行费", ""],
        ], table.HeaderRows);
        AssertCells([["867.50", "839.00", "28.50", "", "", "", "213.28"]], table.Rows);
    }

    [Fact]
    public void Import_ContinuationStartingWithBlankAmountRows_HasNoHeaderRows()
    {
        // 财政拨款收入支出决算总表 continues on page 13 with expenditure lines whose amounts are blank: data, not headers.
        var table = Assert.Single(PdfCorpus.Tables("sh-putuo-caizhengju-2024-dept-final.pdf"), t => t.Page == 13);

        Assert.True(table.ContinuesPrevious);
        Assert.Empty(table.HeaderRows);
        Assert.Equal(["", "", "十四、资源勘探工业信息等支出", "", "", "", ""], table.Rows[0].Cells);
    }

    [Fact]
    public void Import_ColumnIndexRow_IsAHeaderRow()
    {
        // 表3 (Hangzhou): the 栏次 row "** 1 2 … 7" closes the header.
        var table = Assert.Single(PdfCorpus.Tables("hangzhou-qixiangju-2026-dept-budget.pdf"), t => t.PrintedNumber == "表3");

        Assert.Equal(3, table.HeaderRows.Count);
        Assert.Equal(["**", "1", "2", "3", "4", "5", "6", "7"], table.HeaderRows[2].Cells);
        Assert.Equal("合计", table.Rows[0].Cells[0]);
    }
}
