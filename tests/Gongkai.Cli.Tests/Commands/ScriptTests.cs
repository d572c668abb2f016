using System.Diagnostics;
using System.Text.Json;
using Gongkai.Cli.Tests.Output;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>The root <c>./gongkai</c> script as a real process: builds if needed, and prints only the report on stdout.</summary>
public class ScriptTests
{
    [Fact]
    public async Task GongkaiScript_CheckJson_PrintsOnlyTheReportWithTheInProcessExitCode()
    {
        var seed = Corpus.Seed("000");
        var script = Path.Combine(Corpus.RepositoryRoot, "gongkai");
        Assert.True(File.Exists(script), "./gongkai is missing at the repository root");

        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Corpus.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add("json");
        start.ArgumentList.Add(seed);
        // The test host's MSBuild settings must not leak into the script's own build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8)))
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        var output = await stdout;
        var errors = await stderr;

        using var doc = JsonDocument.Parse(output);
        ContractShape.AssertReports(doc.RootElement);
        Assert.Equal(1, doc.RootElement.GetArrayLength());
        Assert.Equal(seed, doc.RootElement[0].GetProperty("source").GetString());

        var inProcess = CliRunner.Run("check", "--format", "json", "--quiet", seed);
        Assert.True(process.ExitCode == inProcess.ExitCode, $"exit {process.ExitCode} vs in-process {inProcess.ExitCode}; stderr: {errors}");
    }
}
