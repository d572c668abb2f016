using System.Text.Json;
using Gongkai.Cli.Tests.Output;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// Beijing publishes its 2026 budget as two PDFs: the explanation (ending “附件：…部门预算报表”) and the 报表. Checked together
/// they are linked: the explanation's figures are compared with the 报表, and the 报表 file carries the department and year.
/// </summary>
public sealed class SeparateTablesCheckTests
{
    private static string Codes(JsonElement report) =>
        string.Join(' ', report.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()));

    [Fact]
    public void Check_BeijingExplanationAndTables_AreLinked()
    {
        var reports = CliRunner.Run("check", "--format", "json", "--quiet",
            Corpus.Pdf("bj-yibaoju-2026-dept-budget.narrative.pdf"), Corpus.Pdf("bj-yibaoju-2026-dept-budget.tables.pdf")).Json();
        ContractShape.AssertReports(reports);

        var narrative = reports[0];
        var tables = reports[1];
        Assert.Contains("IMPORT-TABLES-SEPARATE", Codes(narrative), StringComparison.Ordinal);
        Assert.Contains("IMPORT-TABLES-LINKED", Codes(narrative), StringComparison.Ordinal);
        Assert.Contains("IMPORT-TABLES-LINKED", Codes(tables), StringComparison.Ordinal);
        Assert.Equal("北京市医疗保障局", tables.GetProperty("document").GetProperty("entity").GetString());
        Assert.Equal(2026, tables.GetProperty("document").GetProperty("year").GetInt32());
        // The explanation's 基本支出/项目支出 budgets (11,161.56 and 99,735.06 of 110,896.62) agree with 预算03表: no error.
        var findings = narrative.GetProperty("findings").EnumerateArray().ToList();
        Assert.DoesNotContain(findings, f => f.GetProperty("severity").GetString() == "error");
        // What the link adds is about the explanation's text against a table of the 报表.
        Assert.All(findings, f => Assert.Equal("narrative-vs-table", f.GetProperty("category").GetString()));
    }
}
