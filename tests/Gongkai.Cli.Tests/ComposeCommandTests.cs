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

    [Fact]
    public void TemplateThenCompose_DemoWorkbook_WritesCheckJsonAndListsPendingFormats()
    {
        var workbook = Path.Combine(_dir, "填报.xlsx");
        var (code, _, err) = Run("template", "--template", "xinjiang-9", "--year", "2022", "--demo", "--output", workbook);
        Assert.True(code == CliApp.ExitClean, err);
        Assert.True(File.Exists(workbook));

        var output = Path.Combine(_dir, "out");
        (code, var stdout, err) = Run("compose", workbook, "--output", output, "--format", "docx,pdf");
        Assert.True(code == CliApp.ExitClean, err);
        var json = Assert.Single(Directory.GetFiles(output, "*.check.json"));
        Assert.Contains("\"B01\"", File.ReadAllText(json), StringComparison.Ordinal);
        Assert.Contains("docx、pdf", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.Contains("已生成", stdout, StringComparison.Ordinal);
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
