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
