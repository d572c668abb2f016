using System.Diagnostics;
using System.Text.Json;
using Gongkai.Cli.Tests.Output;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// Bad input through the real command line, in-process: each gets a clear Chinese message naming the file,
/// exit code 2, and the other inputs of the same invocation are still checked and reported in order.
/// </summary>
public class BadInputTests
{
    private static JsonElement ReportFor(JsonElement reports, string path) =>
        reports.EnumerateArray().Single(r => r.GetProperty("source").GetString() == path);

    /// <summary>The bad input's report: unreadable, empty tables, an error diagnostic with the code and the file name.</summary>
    private static JsonElement AssertUnreadable(JsonElement reports, string path, params string[] codes)
    {
        var report = ReportFor(reports, path);
        Assert.True(report.GetProperty("unreadable").GetBoolean());
        Assert.Equal(0, report.GetProperty("tables").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("document").GetProperty("title").ValueKind);
        var errors = report.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, d => codes.Contains(d.GetProperty("code").GetString()));
        var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar));
        Assert.Contains(errors, d => d.GetProperty("message").GetString()!.Contains(name, StringComparison.Ordinal));
        Assert.Contains(errors, d => d.GetProperty("message").GetString()!.Any(c => c >= '\u4e00' && c <= '\u9fff'));
        return report;
    }

    /// <summary>Runs check on [bad, seed] as JSON and asserts the exit code, the order and the shape.</summary>
    private static JsonElement RunWithSeed(string bad)
    {
        var seed = Corpus.Seed("000");
        var result = CliRunner.Run("check", "--format", "json", bad, seed);
        Assert.Equal(2, result.ExitCode);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        Assert.Equal([bad, seed], reports.EnumerateArray().Select(r => r.GetProperty("source").GetString()));
        // The good input after the bad one was still read by its reader.
        Assert.Equal("text", reports[1].GetProperty("format").GetString());
        Assert.Contains(Path.GetFileName(bad.TrimEnd(Path.DirectorySeparatorChar)), result.Stderr, StringComparison.Ordinal);
        return reports;
    }

    [Fact]
    public void Check_EmptyFile_ReportsEmpty()
    {
        using var dir = new TempDir();
        var path = dir.File("空文件.txt");
        File.WriteAllBytes(path, []);
        AssertUnreadable(RunWithSeed(path), path, "INPUT-EMPTY");
    }

    [Fact]
    public void Check_BinaryGarbage_ReportsNotReadable()
    {
        using var dir = new TempDir();
        var path = dir.File("garbage.bin");
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        AssertUnreadable(RunWithSeed(path), path, "INPUT-UNSUPPORTED", "INPUT-NOT-TEXT");
    }

    [Fact]
    public void Check_BinaryGarbageNamedTxt_ReportsNotText()
    {
        using var dir = new TempDir();
        var path = dir.File("看似文本.txt");
        var bytes = new byte[16 * 1024];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        AssertUnreadable(RunWithSeed(path), path, "INPUT-UNSUPPORTED", "INPUT-NOT-TEXT");
    }

    [Fact]
    public void Check_HundredMegabyteFile_RefusedBySize()
    {
        using var dir = new TempDir();
        var path = dir.File("huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(100L * 1024 * 1024); // sparse on Linux: no 100 MB actually written
        }
        var report = AssertUnreadable(RunWithSeed(path), path, "INPUT-TOO-LARGE");
        Assert.Contains("超过上限", report.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPath_ReportsNotFound()
    {
        using var dir = new TempDir();
        var path = dir.File("不存在的文件.txt");
        AssertUnreadable(RunWithSeed(path), path, "INPUT-NOT-FOUND");
    }

    [Fact]
    public void Check_EmptyDirectory_ReportsFolderEmpty()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "空文件夹");
        Directory.CreateDirectory(path);
        AssertUnreadable(RunWithSeed(path), path, "INPUT-FOLDER-EMPTY");
    }

    [Fact]
    public void Check_Directory_ExpandsToItsFilesSorted()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("b.txt"), []);
        File.WriteAllBytes(dir.File("a.txt"), []);
        var result = CliRunner.Run("check", "--format", "json", dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([dir.File("a.txt"), dir.File("b.txt")],
            result.Json().EnumerateArray().Select(r => r.GetProperty("source").GetString()));
    }

    [Fact]
    public void Check_InputOrder_IsPreserved()
    {
        using var dir = new TempDir();
        var inputs = Enumerable.Range(0, 12).Select(i => dir.File($"missing-{11 - i:D2}.txt")).ToList();
        inputs.Insert(5, Corpus.Seed("002"));
        inputs.Insert(2, Corpus.Seed("000"));
        var result = CliRunner.Run(["check", "--format", "json", "--quiet", .. inputs]);
        Assert.Equal(inputs, result.Json().EnumerateArray().Select(r => r.GetProperty("source").GetString()));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Check_NoFiles_IsUsageErrorWithExitTwo()
    {
        var result = CliRunner.Run("check");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("命令行有误", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownFormat_IsUsageErrorWithExitTwo()
    {
        var result = CliRunner.Run("check", "--format", "xml", Corpus.Seed("000"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Check_OutputToUnwritablePath_ClearMessageExitTwo()
    {
        using var dir = new TempDir();
        var result = CliRunner.Run("check", "--format", "json", "--output", Path.Combine(dir.Path, "无此目录", "r.json"), Corpus.Seed("000"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("无法写入报告文件", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Output_WritesReportToFileNotStdout()
    {
        using var dir = new TempDir();
        var output = dir.File("报告.json");
        var missing = dir.File("missing.txt");
        var result = CliRunner.Run("check", "--format", "json", "--output", output, missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(output));
        ContractShape.AssertReports(doc.RootElement);
        Assert.Equal(missing, doc.RootElement[0].GetProperty("source").GetString());
    }
}
