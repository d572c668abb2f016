using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Cli;
using Gongkai.Core.Workflows;
using Gongkai.Store;
using Npgsql;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>--store</c>: import throughput into SQLite and PostgreSQL, and query times on the filled store.
/// Two phases per database: (1) <c>--checked N</c> documents imported the way <c>gongkai import</c> does (the corpus
/// seeds, each copy made distinct by an appended line so its hash differs, read + checked + saved), and (2)
/// <c>--documents N</c> documents saved from reports checked once (the seeds' reports with varied entity, region and
/// year): the store's own throughput. Prints figures; asserts nothing.
/// Options: --target sqlite|postgres|both (default both when a PostgreSQL connection is given: --pg, GONGKAI_BENCH_PG
/// or GONGKAI_TEST_PG), --sqlite PATH (default a temp file), --jobs N (default cores), --keep (leave the store).
/// </summary>
public static class StoreBench
{
    private static readonly string[] s_regions =
        ["上海市普陀区", "上海市黄浦区", "新疆维吾尔自治区克拉玛依市乌尔禾区", "陕西省榆林市横山区", "北京市", "浙江省杭州市西湖区", "广东省广州市天河区", "湖南省长沙市岳麓区"];

    private static readonly string[] s_bodies = ["医疗保障局", "财政局", "教育局", "卫生健康委员会", "统计局", "气象局", "公安局", "民政局"];

    public static async Task<int> RunAsync(string[] args)
    {
        var documents = IntArg(args, "--documents", 1000);
        var checkedCount = IntArg(args, "--checked", 100);
        var jobs = IntArg(args, "--jobs", Environment.ProcessorCount);
        var pg = StringArg(args, "--pg") ?? Environment.GetEnvironmentVariable("GONGKAI_BENCH_PG") ?? Environment.GetEnvironmentVariable("GONGKAI_TEST_PG");
        var target = StringArg(args, "--target") ?? (pg is null ? "sqlite" : "both");
        var keep = args.Contains("--keep");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store benchmark: {checkedCount} checked imports + {documents} pre-checked saves per database, {jobs} parallel, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));

        var workflow = Composition.CreateCheckWorkflow();
        var seeds = Seeds.All().Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToList();
        var reports = seeds.Select(s => workflow.CheckFile(s.Path)).Where(r => !r.Unreadable).ToList();

        if (target is "sqlite" or "both")
        {
            var path = StringArg(args, "--sqlite") ?? Path.Combine(Path.GetTempPath(), "gongkai-bench", Guid.NewGuid().ToString("N"), "bench.db");
            if (File.Exists(path)) File.Delete(path);
            await using (var store = await DocumentStore.OpenSqliteAsync(path))
            {
                await MeasureAsync("sqlite", store, workflow, seeds, reports, checkedCount, documents, jobs);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  sqlite file: {new FileInfo(path).Length / (1024.0 * 1024):F1} MB (+ WAL) at {path}"));
            if (!keep) TryDelete(Path.GetDirectoryName(path)!, path);
        }
        if (target is "postgres" or "both")
        {
            if (pg is null)
            {
                Console.Error.WriteLine("store benchmark: no PostgreSQL connection (--pg, GONGKAI_BENCH_PG or GONGKAI_TEST_PG).");
                return 2;
            }
            var schema = "gk_bench_" + Guid.NewGuid().ToString("N")[..10];
            await ExecuteAsync(pg, $"CREATE SCHEMA {schema}");
            try
            {
                await using var store = await DocumentStore.OpenPostgresAsync(new NpgsqlConnectionStringBuilder(pg) { SearchPath = schema }.ToString());
                await MeasureAsync("postgres", store, workflow, seeds, reports, checkedCount, documents, jobs);
            }
            finally
            {
                if (!keep) await ExecuteAsync(pg, $"DROP SCHEMA {schema} CASCADE");
            }
        }
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set of the process: {self.PeakWorkingSet64 / (1024.0 * 1024):F0} MB; allocated in total: {GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024):F2} GB"));
        return 0;
    }

    private static async Task MeasureAsync(string name, IDocumentStore store, CheckWorkflow workflow, List<(string Path, byte[] Bytes)> seeds,
        List<CheckReport> reports, int checkedCount, int documents, int jobs)
    {
        // (1) The import path: distinct bytes per copy, read by the real check, saved.
        var importer = new DocumentImporter(store, workflow);
        var clock = Stopwatch.StartNew();
        var imported = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, checkedCount), new ParallelOptions { MaxDegreeOfParallelism = jobs }, async (i, ct) =>
        {
            var seed = seeds[i % seeds.Count];
            var bytes = Vary(seed.Bytes, i);
            var outcome = await importer.ImportAsync(Path.GetFileName(seed.Path), bytes, ct);
            if (outcome.Status == ImportStatus.Imported) Interlocked.Increment(ref imported);
        });
        var checkedSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} import (check + save): {imported} documents in {checkedSeconds:F1} s = {imported / checkedSeconds:F1} documents/s"));

        // (2) The store alone: pre-checked reports with varied entity, region and year.
        clock.Restart();
        var saved = 0;
        var saveTimes = new double[documents];
        await Parallel.ForEachAsync(Enumerable.Range(0, documents), new ParallelOptions { MaxDegreeOfParallelism = jobs }, async (i, ct) =>
        {
            var report = Variant(reports[i % reports.Count], i);
            var bytes = Vary(Encoding.UTF8.GetBytes(report.Source), 1_000_000 + i);
            var start = Stopwatch.GetTimestamp();
            var result = await store.SaveAsync(report.Source, bytes, report, ct);
            saveTimes[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (result.Status == SaveStatus.Stored) Interlocked.Increment(ref saved);
        });
        var saveSeconds = clock.Elapsed.TotalSeconds;
        Array.Sort(saveTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} save (pre-checked):   {saved} documents in {saveSeconds:F1} s = {saved / saveSeconds:F1} documents/s; per save p50 {Percentile(saveTimes, 0.5):F1} ms, p99 {Percentile(saveTimes, 0.99):F1} ms"));

        var stats = await store.GetStatisticsAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} store now holds {stats.Documents} documents of {stats.Entities} entities, {stats.Findings} findings"));

        // Query times on the filled store (median of 5 after one warm-up).
        await Time(name, "search text 医疗保障 (page 1 + facets)", () => store.SearchAsync(new SearchQuery { Text = "医疗保障" }));
        await Time(name, "search region+year+code", () => store.SearchAsync(new SearchQuery { Region = "上海市", Year = 2022, Code = "210" }));
        await Time(name, "search entity, page 20", () => store.SearchAsync(new SearchQuery { Entity = "财政局", Page = 20 }));
        await Time(name, "get one document", () => store.GetDocumentAsync(1));
        await Time(name, "entity history", () => store.GetEntityHistoryAsync(EntityOf(0)));
        await Time(name, "aggregate 210 by region", () => store.AggregateAsync(new AggregateQuery { GroupBy = AggregateGroup.Region, Code = "210", Table = Core.Tables.TableId.B03 }));
    }

    private static async Task Time<T>(string name, string what, Func<Task<T>> query)
    {
        await query();
        var times = new double[5];
        for (var i = 0; i < times.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await query();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8} query {what}: {times[2]:F1} ms"));
    }

    private static string EntityOf(int i) => s_regions[i % s_regions.Length] + s_bodies[i / s_regions.Length % s_bodies.Length];

    private static CheckReport Variant(CheckReport report, int i)
    {
        var document = report.Document!;
        var entity = EntityOf(i);
        var year = 2019 + i / (s_regions.Length * s_bodies.Length) % 8;
        var info = document.Info with { Entity = entity, Year = year, Title = $"{entity}{year}年{(document.Info.Kind == Core.Documents.DocumentKind.FinalAccounts ? "部门决算" : "部门预算")}" };
        return report with { Source = $"{entity}-{year}-{i}.txt", Document = document with { Info = info } };
    }

    // The same disclosure, made a distinct file by one appended line.
    private static byte[] Vary(byte[] bytes, int i)
    {
        var suffix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n（副本 {i}）\n"));
        var result = new byte[bytes.Length + suffix.Length];
        bytes.CopyTo(result, 0);
        suffix.CopyTo(result, bytes.Length);
        return result;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    private static void TryDelete(string folder, string path)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            Console.Error.WriteLine($"could not remove {path}");
        }
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : fallback;
    }

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
