using System.CommandLine;
using Gongkai.Cli.Output;
using Gongkai.Compose.Composing;
using Gongkai.Compose.Input;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Workflows;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai compose 填报.xlsx|.json [--format docx,xlsx,pdf,html] [--output DIR]</c>: reads the ledger, checks it
/// (issues with sheet/row/column; errors stop composing), composes the disclosure, runs the rules on it and writes
/// each requested format through the registered <see cref="IDisclosureRenderer"/>s. Formats without a renderer are
/// listed as pending; the composed document is always written as check JSON (组成结果.json).
/// </summary>
public static class ComposeCommand
{
    /// <summary>Exit code when the input has errors (nothing was written).</summary>
    public const int ExitInputErrors = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<IReadOnlyList<IDisclosureRenderer>>? renderers = null)
    {
        var input = new Argument<string>("input") { Description = "填报表（.xlsx）或填报数据（.json）" };
        var format = new Option<string>("--format", "-f") { DefaultValueFactory = _ => "docx,xlsx,pdf,html", Description = "输出格式，逗号分隔：docx,xlsx,pdf,html" };
        var output = new Option<string?>("--output", "-o") { Description = "输出目录（默认：当前目录）" };
        var command = new Command("compose", "由填报数据生成完整的预决算公开文件（全部表格、情况说明、空表说明、绩效目标表、名词解释）") { input, format, output };
        command.SetAction(r => Execute(r.GetValue(input)!, r.GetValue(format) ?? "", r.GetValue(output), stdout, stderr,
            renderers?.Invoke() ?? Composition.CreateRenderers()));
        return command;
    }

    public static int Execute(string input, string formats, string? outputDir, TextWriter stdout, TextWriter stderr, IReadOnlyList<IDisclosureRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(renderers);
        var name = Path.GetFileName(input);
        if (!File.Exists(input))
        {
            stderr.WriteLine($"gongkai：文件“{input}”不存在或无法访问。");
            return CliApp.ExitFailure;
        }
        LedgerReadResult read;
        try
        {
            using var stream = File.OpenRead(input);
            read = input.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? LedgerJson.Read(stream, name) : LedgerWorkbookReader.Read(stream, name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gongkai：文件“{name}”无法读取：{ex.Message}");
            return CliApp.ExitFailure;
        }
        foreach (var issue in read.Issues) stderr.WriteLine($"{Label(issue.Severity)}：{name} {issue}");
        if (read.Ledger is null) return CliApp.ExitFailure;
        if (read.Issues.Any(i => i.Severity == Severity.Error))
        {
            stderr.WriteLine($"gongkai：“{name}”有 {read.Issues.Count(i => i.Severity == Severity.Error)} 处错误，请改正后再生成。");
            return ExitInputErrors;
        }

        var result = new DisclosureComposer().Compose(read.Ledger);
        foreach (var issue in result.Issues) stderr.WriteLine($"{Label(issue.Severity)}：{name} {issue}");
        if (!result.Succeeded)
        {
            stderr.WriteLine($"gongkai：“{name}”有 {result.Issues.Count(i => i.Severity == Severity.Error)} 处错误，请改正后再生成。");
            return ExitInputErrors;
        }
        var document = DocumentExtraction.Enrich(result.Document!);
        var findings = RuleEngine.Run(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default) { Template = result.Template });
        var dir = outputDir ?? ".";
        var baseName = $"{document.Info.Entity}{document.Info.Year}年{(document.Info.Kind == DocumentKind.FinalAccounts ? "决算" : "预算")}公开";
        var report = new CheckReport { Source = baseName, Format = "composed", Document = document, Findings = findings, Diagnostics = [] };
        var pending = new List<string>();
        var failed = false;
        try
        {
            var jsonPath = Path.Combine(dir, baseName + ".check.json");
            AtomicFile.Write(jsonPath, s => JsonReportWriter.Write([report], s));
            stdout.WriteLine($"已生成：{jsonPath}（组成结果，check JSON 格式）");
            foreach (var format in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var renderer = renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
                if (renderer is null)
                {
                    pending.Add(format);
                    continue;
                }
                var path = Path.Combine(dir, baseName + renderer.Extension);
                try
                {
                    AtomicFile.Write(path, s => renderer.Render(document, s));
                    stdout.WriteLine($"已生成：{path}");
                }
                catch (InvalidOperationException ex)
                {
                    // A renderer that cannot run here (e.g. PDF without a Chinese font) says why; the other formats go on.
                    stderr.WriteLine($"gongkai：未能生成 {format.ToUpperInvariant()}：{ex.Message}");
                    failed = true;
                }
            }
            if (pending.Count > 0) stderr.WriteLine($"gongkai：不支持的输出格式：{string.Join("、", pending)}（可用：{string.Join("、", renderers.Select(r => r.Format))}）。");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gongkai：无法写入输出目录“{dir}”：{ex.Message}");
            return CliApp.ExitFailure;
        }
        if (findings.Count > 0) stderr.WriteLine($"gongkai：生成的文件检查发现 {findings.Count} 处问题（详见 JSON）。");
        if (failed || pending.Count > 0) return CliApp.ExitFailure;
        return findings.Any(f => f.Severity == Severity.Error) ? CliApp.ExitFindings : CliApp.ExitClean;
    }

    private static string Label(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
