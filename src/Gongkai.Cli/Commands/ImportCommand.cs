using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Core.Workflows;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai import PATH... [--store FILE | --connection "Host=…"] [--jobs N] [--quiet]</c>: checks every file (folders
/// are walked recursively) and stores it with its original bytes, in parallel. Resumable: a file whose content is
/// already stored is skipped without being checked again, and an interrupted import (Ctrl+C, a crash) leaves no half
/// document, since each document is saved in one transaction. Prints a progress bar and a summary on stderr.
/// Exit code 0 when every file was imported or skipped, 2 when some failed, the store could not be opened, or the run
/// was interrupted.
/// </summary>
public static class ImportCommand
{
    /// <summary>Builds the <c>import</c> subcommand writing to the given streams.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<CheckWorkflow>? workflowFactory = null)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "要导入的文件或文件夹（文件夹包括其子文件夹）" };
        var store = new Option<string?>("--store", "-s")
        {
            Description = $"SQLite 数据库文件（默认：环境变量 {DocumentStore.EnvironmentVariable}，否则 {DocumentStore.DefaultSqlitePath}）",
        };
        var connection = new Option<string?>("--connection", "-c") { Description = "PostgreSQL 连接字符串，如 \"Host=127.0.0.1;Database=gongkai;Username=…\"" };
        var jobs = new Option<int>("--jobs", "-j") { DefaultValueFactory = _ => Environment.ProcessorCount, Description = "同时检查的文件数（默认：CPU 核数）" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "不显示进度，只输出汇总" };
        var command = new Command("import", "导入公开文件到文件库：逐个检查并保存原件、表格、说明文字和检查结果；内容相同的文件只保存一次，可中断后继续")
        {
            paths, store, connection, jobs, quiet,
        };
        command.SetAction(parseResult => Execute(
            new ImportRequest(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(connection) ?? parseResult.GetValue(store),
                Math.Max(1, parseResult.GetValue(jobs)),
                parseResult.GetValue(quiet)),
            stdout, stderr, workflowFactory ?? (() => Composition.CreateCheckWorkflow())));
        return command;
    }

    /// <summary>Imports the inputs of <paramref name="request"/>; returns the exit code.</summary>
    public static int Execute(ImportRequest request, TextWriter stdout, TextWriter stderr, Func<CheckWorkflow> workflowFactory,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(workflowFactory);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // finish the transactions in flight (they roll back), then print the summary
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return RunAsync(request, stderr, workflowFactory, cancel.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunAsync(ImportRequest request, TextWriter stderr, Func<CheckWorkflow> workflowFactory, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (files, missing) = Expand(request.Paths);
        IDocumentStore store;
        try
        {
            store = await DocumentStore.OpenAsync(request.Store, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            stderr.WriteLine("gongkai：" + ex.Message);
            return CliApp.ExitFailure;
        }

        var outcomes = new List<ImportOutcome>(missing);
        var interrupted = false;
        await using (store.ConfigureAwait(false))
        {
            var importer = new DocumentImporter(store, workflowFactory());
            var progress = new ProgressBar(stderr, files.Count, request.Quiet);
            var gate = new object();
            try
            {
                await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = request.Jobs, CancellationToken = cancellationToken },
                    async (file, token) =>
                    {
                        var outcome = await ImportOne(importer, file, token).ConfigureAwait(false);
                        lock (gate)
                        {
                            outcomes.Add(outcome);
                            progress.Advance(outcome);
                        }
                    }).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                interrupted = true;
            }
            progress.Finish();
        }

        var imported = outcomes.Count(o => o.Status == ImportStatus.Imported);
        var skipped = outcomes.Count(o => o.Status == ImportStatus.Skipped);
        var failed = outcomes.Where(o => o.Status == ImportStatus.Failed).OrderBy(o => o.FileName, StringComparer.Ordinal).ToList();
        foreach (var f in failed) stderr.WriteLine($"失败：{f.FileName}：{f.Reason}");
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"导入{(interrupted ? "已中断" : "完成")}：新导入 {imported} 个，内容相同已跳过 {skipped} 个，失败 {failed.Count} 个" +
            $"{(interrupted ? $"，未处理 {files.Count + missing.Count - outcomes.Count} 个（再次运行同一命令即可继续）" : "")}；用时 {clock.Elapsed.TotalSeconds:F1} 秒。"));
        stderr.Flush();
        return interrupted || failed.Count > 0 ? CliApp.ExitFailure : CliApp.ExitClean;
    }

    private static async Task<ImportOutcome> ImportOne(DocumentImporter importer, string file, CancellationToken cancellationToken)
    {
        try
        {
            return await importer.ImportFileAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // One file's failure (a reader bug, a database error) is reported against it; the rest go on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ImportOutcome(Path.GetFileName(file), ImportStatus.Failed, null, null, $"导入时发生错误（{ex.GetType().Name}：{ex.Message}）。", null);
        }
    }

    /// <summary>Files of the inputs (folders recursively, sorted), and failed outcomes for inputs that do not exist or hold no file.</summary>
    private static (List<string> Files, List<ImportOutcome> Missing) Expand(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var missing = new List<ImportOutcome>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) files.Add(path);
                continue;
            }
            if (!Directory.Exists(path))
            {
                missing.Add(new ImportOutcome(path, ImportStatus.Failed, null, null, $"“{path}”不存在或无法访问。", null));
                continue;
            }
            string[] children;
            try
            {
                children = Directory.GetFiles(path, "*", SearchOption.AllDirectories);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                missing.Add(new ImportOutcome(path, ImportStatus.Failed, null, null, $"文件夹“{path}”无法读取：{ex.Message}", null));
                continue;
            }
            Array.Sort(children, StringComparer.Ordinal);
            if (children.Length == 0) missing.Add(new ImportOutcome(path, ImportStatus.Failed, null, null, $"文件夹“{path}”中没有文件。", null));
            foreach (var child in children)
            {
                if (seen.Add(Path.GetFullPath(child))) files.Add(child);
            }
        }
        return (files, missing);
    }

    /// <summary>
    /// A progress bar on stderr: redrawn in place on a terminal; on a redirected stream, one line per 10 % (and per
    /// failed file), so logs stay short.
    /// </summary>
    private sealed class ProgressBar(TextWriter writer, int total, bool quiet)
    {
        private const int Width = 30;
        private readonly bool _interactive = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _done, _imported, _skipped, _failed, _lastDecile = -1;
        private long _lastDraw;

        public void Advance(ImportOutcome outcome)
        {
            _done++;
            switch (outcome.Status)
            {
                case ImportStatus.Imported: _imported++; break;
                case ImportStatus.Skipped: _skipped++; break;
                default: _failed++; break;
            }
            if (quiet) return;
            if (_interactive)
            {
                if (_done == total || _clock.ElapsedMilliseconds - _lastDraw >= 100)
                {
                    _lastDraw = _clock.ElapsedMilliseconds;
                    writer.Write("\r" + Line());
                    writer.Flush();
                }
                return;
            }
            var decile = total == 0 ? 10 : _done * 10 / total;
            if (decile != _lastDecile)
            {
                _lastDecile = decile;
                writer.WriteLine(Line());
            }
        }

        public void Finish()
        {
            if (!quiet && _interactive && _done > 0) writer.WriteLine();
        }

        private string Line()
        {
            var filled = total == 0 ? Width : _done * Width / total;
            var rate = _clock.Elapsed.TotalSeconds > 0 ? _done / _clock.Elapsed.TotalSeconds : 0;
            var sb = new StringBuilder();
            sb.Append('[').Append('█', filled).Append('░', Width - filled).Append("] ");
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"{_done}/{total}（新导入 {_imported}，跳过 {_skipped}，失败 {_failed}）{rate:F1} 个/秒"));
            return sb.ToString();
        }
    }
}

/// <summary>The parsed arguments of <c>gongkai import</c>: inputs, the store (path or connection string; null: default), parallelism, quiet.</summary>
public sealed record ImportRequest(IReadOnlyList<string> Paths, string? Store, int Jobs, bool Quiet);
