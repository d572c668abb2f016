using Gongkai.Cli.Output;

namespace Gongkai.Cli.Tests.Output;

public class TextReportWriterTests
{
    private static string Write(params Gongkai.Core.Workflows.CheckReport[] reports)
    {
        using var writer = new StringWriter();
        TextReportWriter.Write(reports, writer);
        return writer.ToString();
    }

    [Fact]
    public void Write_Findings_GroupedBySeverityInOrder()
    {
        var text = Write(ReportFixtures.WithError());
        var error = text.IndexOf("错误（1）", StringComparison.Ordinal);
        var warning = text.IndexOf("警告（1）", StringComparison.Ordinal);
        var info = text.IndexOf("提示（1）", StringComparison.Ordinal);
        Assert.True(error >= 0 && warning > error && info > warning, text);
    }

    [Fact]
    public void Write_Finding_ShowsLocationAndFigures()
    {
        var text = Write(ReportFixtures.WithError());
        Assert.Contains("[B03-COL-TOTAL] 表内列关系 · 表三（B03） 单位支出总体情况表 · 行 210 卫生健康支出 · 列 合计 · 第12行", text, StringComparison.Ordinal);
        Assert.Contains("印刷数 119.24，应为 119.25（差 -0.01）", text, StringComparison.Ordinal);
        Assert.Contains("原文：「210 卫生健康支出 119.24 48.30 70.94」", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Header_NamesEntityYearKindTemplateTables()
    {
        var text = Write(ReportFixtures.WithError());
        Assert.Contains("文件：seeds/example.txt", text, StringComparison.Ordinal);
        Assert.Contains("单位：某某局（040002）  年度：2022  类型：单位预算  模板：xinjiang-9", text, StringComparison.Ordinal);
        Assert.Contains("识别表格：2 张", text, StringComparison.Ordinal);
        Assert.Contains("读取诊断（1）", text, StringComparison.Ordinal);
        Assert.Contains("[警告] IMPORT-UNKNOWN-TABLE 第5页：第5页的表格未能识别为标准表", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Summaries_CountPerSeverityAndCategory()
    {
        var text = Write(ReportFixtures.WithError(), ReportFixtures.Unreadable());
        Assert.Contains("小结：错误 1，警告 1，提示 1；按类别：表内行合计 1，表内列关系 1，完整性 1", text, StringComparison.Ordinal);
        Assert.Contains("小结：未能读取；错误 0，警告 0，提示 0", text, StringComparison.Ordinal);
        Assert.Contains("总计：2 个文件（1 个未能读取）；错误 1，警告 1，提示 1", text, StringComparison.Ordinal);
    }
}
