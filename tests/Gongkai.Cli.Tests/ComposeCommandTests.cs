using System.Globalization;
using System.Text.Json;
using Gongkai.Cli;

namespace Gongkai.Cli.Tests;

public sealed class ComposeCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "gongkai-compose-" + Guid.NewGuid().ToString("N"));

    public ComposeCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("xinjiang-9", 2022)]
    [InlineData("xinjiang-11", 2024)]
    public void TemplateThenCompose_DemoWorkbook_EveryFormatReadsBackWithTheSameTablesAndNoFindings(string template, int year)
    {
        var workbook = Path.Combine(_dir, "填报.xlsx");
        var (code, _, err) = Run("template", "--template", template, "--year", year.ToString(CultureInfo.InvariantCulture), "--demo", "--output", workbook);
        Assert.True(code == CliApp.ExitClean, err);
        Assert.True(File.Exists(workbook));

        var output = Path.Combine(_dir, "out");
        (code, var stdout, err) = Run("compose", workbook, "--output", output, "--format", "html,docx,xlsx,pdf");
        Assert.True(code == CliApp.ExitClean, err);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.Contains("已生成", stdout, StringComparison.Ordinal);
        var composed = Tables(File.ReadAllText(Assert.Single(Directory.GetFiles(output, "*.check.json"))));
        Assert.Contains("B01", composed);

        foreach (var extension in new[] { ".html", ".docx", ".xlsx", ".pdf" })
        {
            var file = Assert.Single(Directory.GetFiles(output, "*" + extension));
            (code, var json, err) = Run("check", file, "--format", "json", "--quiet");
            Assert.True(code == CliApp.ExitClean, $"{extension}: exit {code}\n{err}\n{json}");
            using var report = JsonDocument.Parse(json);
            var first = report.RootElement[0];
            Assert.True(first.GetProperty("findings").GetArrayLength() == 0, $"{extension}: {first.GetProperty("findings")}");
            Assert.Equal(composed, Tables(json));
        }
    }

    /// <summary>The canonical table ids of the first report in a check JSON array, in order.</summary>
    private static List<string> Tables(string json)
    {
        using var report = JsonDocument.Parse(json);
        return report.RootElement[0].GetProperty("tables").EnumerateArray()
            .Select(t => t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "?")
            .ToList();
    }

    [Fact]
    public void Compose_CorruptWorkbook_ExitsWithFailureAndChineseMessage()
    {
        var bad = Path.Combine(_dir, "坏.xlsx");
        File.WriteAllText(bad, "not a workbook");
        var (code, _, err) = Run("compose", bad, "--output", Path.Combine(_dir, "out"));
        Assert.Equal(CliApp.ExitFailure, code);
        Assert.Contains("不是有效的 XLSX", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void Template_UnknownTemplate_Fails()
    {
        var (code, _, err) = Run("template", "--template", "nowhere-3", "--year", "2024", "--output", Path.Combine(_dir, "x.xlsx"));
        Assert.Equal(CliApp.ExitFailure, code);
        Assert.Contains("暂不支持", err, StringComparison.Ordinal);
    }
}
