using System.Text;
using System.Text.Json;
using Gongkai.Cli.Tests.Output;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// Two years of one entity through the real command line: seed 000 (2022 budget) with a prior-year variant made by the
/// test in a temporary folder (years turned to 2021, the 支出总体 合计 line set to the prior figures the 2022 text
/// implies for 基本支出 and 项目支出, nothing else changed).
/// </summary>
public sealed class CrossDocumentCheckTests : IDisposable
{
    private readonly TempDir _dir = new();

    private readonly string _prior;

    private readonly string _later = Corpus.Seed("000");

    public CrossDocumentCheckTests()
    {
        var text = File.ReadAllText(_later, Encoding.UTF8);
        Assert.Contains("合计 123.19 51.10 72.09", text, StringComparison.Ordinal);
        // 2022: 基本支出 51.1 比上年预算增加1.95 → 49.15; 项目支出 72.09 减少1.05 → 73.14.
        var prior = text.Replace("2022", "2021", StringComparison.Ordinal)
            .Replace("合计 123.19 51.10 72.09", "合计 122.29 49.15 73.14", StringComparison.Ordinal);
        _prior = _dir.File("prior-2021.txt");
        File.WriteAllText(_prior, prior, new UTF8Encoding(false));
    }

    public void Dispose() => _dir.Dispose();

    private static List<JsonElement> CrossFindings(JsonElement report) =>
        report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString()!.StartsWith("X-", StringComparison.Ordinal)).ToList();

    [Fact]
    public void TwoYears_PriorYearClaimsCheckedAgainstThePriorFile()
    {
        var result = CliRunner.Run("check", "--format", "json", "--quiet", _prior, _later);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        Assert.Equal(2, reports.GetArrayLength());
        Assert.Empty(CrossFindings(reports[0])); // the prior year's report gets nothing from the later file

        var cross = CrossFindings(reports[1]);
        Assert.NotEmpty(cross);
        // The changes whose base the prior file prints agree: no finding on them.
        Assert.DoesNotContain(cross, f => f.GetProperty("quote").GetString()!.Contains("基本支出 51.1 万元", StringComparison.Ordinal));
        Assert.DoesNotContain(cross, f => f.GetProperty("quote").GetString()!.Contains("项目支出72.09万元", StringComparison.Ordinal));
        // 一般公共预算 123.19 比上年预算增加0.90: the prior B01 still prints 123.19.
        var income = Assert.Single(cross, f => f.GetProperty("quote").GetString()!.StartsWith("一般公共预算 123.19", StringComparison.Ordinal));
        Assert.Equal("X-R01", income.GetProperty("rule").GetString());
        Assert.Equal("error", income.GetProperty("severity").GetString());
        Assert.Equal("narrative-vs-table", income.GetProperty("category").GetString());
        Assert.Equal(0.90m, income.GetProperty("actual").GetDecimal());
        Assert.Equal(0.00m, income.GetProperty("expected").GetDecimal());
        var related = income.GetProperty("related");
        Assert.Equal(_prior, related.GetProperty("source").GetString());
        Assert.Equal("B01", related.GetProperty("table").GetString());
        Assert.Equal(123.19m, related.GetProperty("value").GetDecimal());
        Assert.Equal("万元", related.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Number, related.GetProperty("line").ValueKind);
        Assert.Contains("prior-2021.txt", income.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OneFile_HasNoCrossDocumentFindings()
    {
        var alone = CliRunner.Run("check", "--format", "json", "--quiet", _later).Json()[0];
        Assert.Empty(CrossFindings(alone));
        Assert.DoesNotContain("\"related\"", CliRunner.Run("check", "--format", "json", "--quiet", _later).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoYears_TextReportNamesTheOtherFile()
    {
        var result = CliRunner.Run("check", "--quiet", _later, _prior);
        Assert.Contains("[X-R01]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("对照文件：" + _prior, result.Stdout, StringComparison.Ordinal);
    }
}
