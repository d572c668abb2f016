using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Cli.Output;
using Gongkai.Core.Documents;
using Gongkai.Core.Workflows;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai check FILE... [--format text|json] [--output PATH] [--quiet]</c>: checks each input (folders expand
/// to their files, sorted) and prints one report per input, in input order. Inputs are checked in parallel; then the
/// inputs of one entity are checked against each other (<see cref="CrossDocumentCheck"/>: 比上年 against the prior year,
/// a final account's 年初预算 against the budget).
/// </summary>
public static class CheckCommand
{
    /// <summary>Diagnostic code of a folder given as input that holds no file.</summary>
    public const string FolderEmptyCode = "INPUT-FOLDER-EMPTY";

    /// <summary>Diagnostic code of an input whose check failed unexpectedly (a bug), reported against the file.</summary>
    public const string InternalErrorCode = "INTERNAL-ERROR";

    /// <summary>Builds the <c>check</c> subcommand writing to the given streams.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<CheckWorkflow>? workflowFactory = null)
    {
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "要检查的文件或文件夹（文件夹内的文件按名称排序逐个检查）",
        };
        var format = new Option<string>("--format", "-f")
        {
            DefaultValueFactory = _ => "text",
            Description = "输出格式：text（中文报告，默认）或 json（见 contracts/check-output.md）",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = "把报告写入此文件，而不是标准输出" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "不在标准错误输出进度信息" };

        var command = new Command("check", "检查预决算公开文件：读取、识别表格并逐项核对，列出每一处不一致及其依据")
        {
            files, format, output, quiet,
        };
        command.SetAction(parseResult => Execute(
            new CheckRequest(
                parseResult.GetValue(files) ?? [],
                parseResult.GetValue(format) ?? "text",
                parseResult.GetValue(output),
                parseResult.GetValue(quiet)),
            stdout, stderr, workflowFactory ?? (() => Composition.CreateCheckWorkflow())));
        return command;
    }

    /// <summary>Runs <c>gongkai check</c> with the default composition (same as <see cref="CliApp.Run"/> with "check" first).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        return CliApp.Run(["check", .. args], stdout, stderr);
    }

    /// <summary>Checks the inputs of <paramref name="request"/> and writes the report; returns the exit code.</summary>
    public static int Execute(CheckRequest request, TextWriter stdout, TextWriter stderr, Func<CheckWorkflow> workflowFactory)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(workflowFactory);
        var clock = Stopwatch.StartNew();
        var inputs = ExpandInputs(request.Files);
        var workflow = workflowFactory();
        var reports = new CheckReport[inputs.Count];
        var done = 0;
        var progressLock = new object();

        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, i =>
        {
            reports[i] = inputs[i].Report ?? CheckOne(workflow, inputs[i].Path);
            if (request.Quiet) return;
            var n = Interlocked.Increment(ref done);
            lock (progressLock)
            {
                stderr.WriteLine(Progress(n, inputs.Count, reports[i]));
            }
        });

        // An explanation whose 报表 are another input is checked with it; then inputs of one entity are checked against
        // each other (prior year, budget of a final account's year).
        var checkedReports = CrossDocumentCheck.Apply(workflow.LinkSeparateTables(reports));
        var exitCode = ExitCodeOf(checkedReports);
        try
        {
            WriteReports(request, checkedReports, stdout);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gongkai：无法写入报告文件“{request.OutputPath}”：{ex.Message}");
            return CliApp.ExitFailure;
        }
        if (!request.Quiet)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"检查完成：{checkedReports.Count} 个文件，用时 {clock.Elapsed.TotalSeconds:F1} 秒，退出码 {exitCode}。"));
        }
        stderr.Flush();
        return exitCode;
    }

    /// <summary>0 when no error finding, 1 when at least one, 2 when an input could not be read.</summary>
    public static int ExitCodeOf(IReadOnlyList<CheckReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Any(r => r.Unreadable)) return CliApp.ExitFailure;
        return reports.Any(r => r.Findings.Any(f => f.Severity == Severity.Error)) ? CliApp.ExitFindings : CliApp.ExitClean;
    }

    /// <summary>One input to check: a file path, or a ready report (a folder with no file).</summary>
    private sealed record Input(string Path, CheckReport? Report);

    private static List<Input> ExpandInputs(IReadOnlyList<string> files)
    {
        var inputs = new List<Input>();
        foreach (var path in files)
        {
            if (!Directory.Exists(path))
            {
                inputs.Add(new Input(path, null));
                continue;
            }
            string[] children;
            try
            {
                children = Directory.GetFiles(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                inputs.Add(new Input(path, Unreadable(path, "INPUT-IO", $"文件夹“{path}”无法读取：{ex.Message}")));
                continue;
            }
            Array.Sort(children, StringComparer.Ordinal);
            if (children.Length == 0)
            {
                inputs.Add(new Input(path, Unreadable(path, FolderEmptyCode, $"“{path}”是文件夹，其中没有可检查的文件。")));
                continue;
            }
            inputs.AddRange(children.Select(c => new Input(c, null)));
        }
        return inputs;
    }

    private static CheckReport CheckOne(CheckWorkflow workflow, string path)
    {
        try
        {
            return workflow.CheckFile(path);
        }
#pragma warning disable CA1031 // One input's failure must not stop the others: it is reported against that file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Unreadable(path, InternalErrorCode,
                $"文件“{Path.GetFileName(path)}”检查时发生内部错误（{ex.GetType().Name}：{ex.Message}），未能完成检查。");
        }
    }

    private static CheckReport Unreadable(string source, string code, string message) => new()
    {
        Source = source,
        Diagnostics = [new ImportDiagnostic(code, Severity.Error, message)],
    };

    private static string Progress(int n, int total, CheckReport report)
    {
        var status = report.Unreadable
            ? "未能读取：" + (report.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? report.Diagnostics.FirstOrDefault())?.Message
            : string.Create(CultureInfo.InvariantCulture,
                $"{report.Document!.Tables.Count(t => t.Id is not null)} 张表，错误 {report.Findings.Count(f => f.Severity == Severity.Error)}，警告 {report.Findings.Count(f => f.Severity == Severity.Warning)}");
        return string.Create(CultureInfo.InvariantCulture, $"[{n}/{total}] {report.Source}：{status}");
    }

    private static void WriteReports(CheckRequest request, IReadOnlyList<CheckReport> reports, TextWriter stdout)
    {
        var json = string.Equals(request.Format, "json", StringComparison.Ordinal);
        if (request.OutputPath is null)
        {
            if (json) stdout.Write(JsonReportWriter.ToJson(reports));
            else TextReportWriter.Write(reports, stdout);
            stdout.Flush();
            return;
        }
        using var file = new FileStream(request.OutputPath, FileMode.Create, FileAccess.Write, FileShare.None);
        if (json)
        {
            JsonReportWriter.Write(reports, file);
            return;
        }
        using var writer = new StreamWriter(file, new UTF8Encoding(false));
        TextReportWriter.Write(reports, writer);
    }
}

/// <summary>The parsed arguments of <c>gongkai check</c>.</summary>
public sealed record CheckRequest(IReadOnlyList<string> Files, string Format, string? OutputPath, bool Quiet);
