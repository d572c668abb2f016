using System.Text.Json;
using Gongkai.Cli.Output;

namespace Gongkai.Cli.Tests.Output;

public class JsonReportWriterTests
{
    private static JsonElement WriteAndParse(params Gongkai.Core.Workflows.CheckReport[] reports)
    {
        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(reports));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Write_Report_HasContractShape()
    {
        var root = WriteAndParse(ReportFixtures.WithError(), ReportFixtures.Unreadable());
        ContractShape.AssertReports(root);
        Assert.Equal(2, root.GetArrayLength());
    }

    [Fact]
    public void Write_Claims_UseContractNames()
    {
        var report = ReportFixtures.WithError();
        var claims = Gongkai.Core.Narrative.ClaimExtractor.ExtractText(
            "基本支出 51.1 万元，占41.48 %，比上年预算减少1.95万元，下降3.97%。", "三、关于支出预算情况说明");
        report = report with { Document = report.Document! with { Claims = claims } };
        var root = WriteAndParse(report);
        ContractShape.AssertReports(root);
        var claim = Assert.Single(root[0].GetProperty("claims").EnumerateArray());
        Assert.Equal("三、关于支出预算情况说明", claim.GetProperty("section").GetString());
        Assert.Equal("基本支出 51.1 万元，占41.48 %，比上年预算减少1.95万元，下降3.97%", claim.GetProperty("quote").GetString());
        Assert.Equal("基本支出", claim.GetProperty("subject").GetString());
        Assert.Equal(51.1m, claim.GetProperty("amount").GetDecimal());
        Assert.Equal(41.48m, claim.GetProperty("sharePercent").GetDecimal());
        Assert.Equal(-1.95m, claim.GetProperty("change").GetDecimal());
        Assert.Equal(-3.97m, claim.GetProperty("changePercent").GetDecimal());
        Assert.Equal("万元", claim.GetProperty("unit").GetString());
    }

    [Fact]
    public void Write_Performance_ListsParsedTablesWithIndicators()
    {
        var report = ReportFixtures.WithError();
        var table = new Gongkai.Core.Tables.DisclosureTable
        {
            Id = Gongkai.Core.Tables.TableId.P01,
            Title = "项目支出绩效自评表",
            Columns = [],
            Rows =
            [
                .. new[]
                {
                    "项目名称 | 宣传经费", "主管部门 | 某局 | 实施单位 | 某局本级",
                    "项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
                    "年度资金总额 | 0.25 | 0.25 | 0.25 | 10 | 100.00% | 10.00 分",
                    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施",
                    "产出指标 | 数量指标 | 宣传次数 | >2 次 | 2 次 | 20 | 20.00",
                    "总分 | 100 | 100.00 分",
                }.Select(n => new Gongkai.Core.Tables.TableRow { Name = n, Kind = Gongkai.Core.Tables.RowKind.Line, Values = [] }),
            ],
        };
        var document = report.Document! with { Tables = [table] };
        report = report with { Document = document with { Performance = Gongkai.Core.Performance.PerformanceTables.Read(document) } };
        var root = WriteAndParse(report);
        ContractShape.AssertReports(root);
        var p = Assert.Single(root[0].GetProperty("performance").EnumerateArray());
        Assert.Equal("P01", p.GetProperty("table").GetString());
        Assert.Equal("project-self-evaluation", p.GetProperty("kind").GetString());
        Assert.Equal("宣传经费", p.GetProperty("projectName").GetString());
        var fund = Assert.Single(p.GetProperty("funds").EnumerateArray());
        Assert.Equal("total", fund.GetProperty("kind").GetString());
        Assert.Equal("0.25", fund.GetProperty("executed").GetRawText());
        Assert.Equal("100.00", fund.GetProperty("ratePercent").GetRawText());
        var indicator = Assert.Single(p.GetProperty("indicators").EnumerateArray());
        Assert.Equal("宣传次数", indicator.GetProperty("name").GetString());
        Assert.Equal(">", indicator.GetProperty("target").GetProperty("operator").GetString());
        Assert.Equal(2m, indicator.GetProperty("target").GetProperty("number").GetDecimal());
        Assert.Equal("次", indicator.GetProperty("target").GetProperty("unit").GetString());
        Assert.Equal("20.00", indicator.GetProperty("score").GetRawText());
        Assert.Equal("100.00", p.GetProperty("totalScore").GetRawText());
        Assert.Empty(WriteAndParse(ReportFixtures.Unreadable())[0].GetProperty("performance").EnumerateArray());
    }

    [Fact]
    public void Write_Document_UsesContractNames()
    {
        var d = WriteAndParse(ReportFixtures.WithError())[0].GetProperty("document");
        Assert.Equal("某某局", d.GetProperty("entity").GetString());
        Assert.Equal("040002", d.GetProperty("entityCode").GetString());
        Assert.Equal("unit", d.GetProperty("level").GetString());
        Assert.Equal(2022, d.GetProperty("year").GetInt32());
        Assert.Equal("budget", d.GetProperty("kind").GetString());
        Assert.Equal("xinjiang-9", d.GetProperty("template").GetString());
    }

    [Fact]
    public void Write_Amounts_KeepPrintedDecimals()
    {
        var json = JsonReportWriter.ToJson([ReportFixtures.WithError()]);
        // 51.1m printed with two decimals, and 48.30 / 51.10 keep their trailing zero; never exponent or double noise.
        Assert.Contains("\"基本支出\": 51.10", json, StringComparison.Ordinal);
        Assert.Contains("\"基本支出\": 48.30", json, StringComparison.Ordinal);
        Assert.Contains("\"actual\": 51.10", json, StringComparison.Ordinal);
        Assert.Contains("\"项目支出\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Chinese_IsNotEscaped_AndHasNoBom()
    {
        using var buffer = new MemoryStream();
        JsonReportWriter.Write([ReportFixtures.WithError()], buffer);
        var bytes = buffer.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "UTF-8 BOM written");
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("卫生健康支出", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoSidedTable_RowHoldsOnlyItsSide()
    {
        var table = WriteAndParse(ReportFixtures.WithError())[0].GetProperty("tables")[1];
        Assert.Equal(["预算数", "预算数"], table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var income = table.GetProperty("rows")[0];
        Assert.Equal("income", income.GetProperty("side").GetString());
        var values = income.GetProperty("values").EnumerateObject().ToList();
        Assert.Single(values);
        Assert.Equal(100m, values[0].Value.GetDecimal());
        var expenditure = table.GetProperty("rows")[1].GetProperty("values").EnumerateObject().ToList();
        Assert.Single(expenditure);
        Assert.Equal(100m, expenditure[0].Value.GetDecimal());
        Assert.Equal("元", table.GetProperty("amountUnit").GetString());
    }

    [Fact]
    public void Write_Finding_HasEvidence()
    {
        var f = WriteAndParse(ReportFixtures.WithError())[0].GetProperty("findings")[0];
        Assert.Equal("B03-COL-TOTAL", f.GetProperty("rule").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal("column-identity", f.GetProperty("category").GetString());
        Assert.Equal("B03", f.GetProperty("table").GetString());
        Assert.Equal("210", f.GetProperty("row").GetString());
        Assert.Equal("合计", f.GetProperty("column").GetString());
        Assert.Equal(119.24m, f.GetProperty("actual").GetDecimal());
        Assert.Equal(119.25m, f.GetProperty("expected").GetDecimal());
        Assert.Equal(12, f.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Write_Unreadable_HasNullDocumentFieldsEmptyTablesAndReason()
    {
        var r = WriteAndParse(ReportFixtures.Unreadable("x/缺失.txt"))[0];
        Assert.Equal(JsonValueKind.Null, r.GetProperty("format").ValueKind);
        foreach (var field in r.GetProperty("document").EnumerateObject().Where(p => p.Name != "subUnits"))
        {
            Assert.Equal(JsonValueKind.Null, field.Value.ValueKind);
        }
        Assert.Equal(0, r.GetProperty("tables").GetArrayLength());
        var diagnostic = r.GetProperty("diagnostics")[0];
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Contains("缺失.txt", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
