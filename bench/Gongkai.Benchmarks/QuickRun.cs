using Gongkai.Core.Workflows;
using System.Diagnostics;
using System.Globalization;
using Gongkai.Cli;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Rules;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch measurement without BenchmarkDotNet (one thread, warm-up first), and
/// <c>--findings</c>: what each seed yields (tables recognised, findings per category and severity).
/// </summary>
public static class QuickRun
{
    public static int Quick(int iterations, int warmup)
    {
        var workflow = Composition.CreateCheckWorkflow();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quick benchmark: {iterations} iterations after {warmup} warm-up, one thread, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        Console.WriteLine("seed                        median ms    p90 ms   docs/s  alloc/check   baseline ms   ratio   (import / recognise / extract / rules ms)");
        var formats = Composition.CreateFormats();
        var recognizer = Composition.CreateRecognizer();
        foreach (var path in Seeds.All())
        {
            var check = Measure(() => CheckBenchmarks.Check(workflow, path), iterations, warmup);
            var baseline = Measure(() => CheckBenchmarks.ReadAndDecode(path), iterations, warmup);
            var phases = Phases(formats, recognizer, path, iterations, warmup);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path),-26} {check.MedianMs,10:F3} {check.P90Ms,9:F3} {1000 / check.MedianMs,8:F0} {Bytes(check.AllocatedPerIteration),12} {baseline.MedianMs,13:F4} {check.MedianMs / baseline.MedianMs,7:F1}x   ({phases})"));
        }
        return 0;
    }

    public static int Findings()
    {
        var workflow = Composition.CreateCheckWorkflow();
        foreach (var path in Seeds.All())
        {
            var report = workflow.CheckFile(path);
            var name = Path.GetFileName(path);
            if (report.Document is null)
            {
                Console.WriteLine($"{name}: 未能读取 — {string.Join("；", report.Diagnostics.Select(d => d.Code + " " + d.Message))}");
                continue;
            }
            var tables = report.Document.Tables;
            var recognised = tables.Where(t => t.Id is not null).Select(t => t.Id!.Value.Value).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {recognised.Count} tables recognised ({string.Join(" ", recognised)}), {tables.Count - recognised.Count} unrecognised, {report.Findings.Count} findings, {report.Diagnostics.Count} diagnostics"));
            foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
            {
                var group = report.Findings.Where(f => f.Severity == severity).ToList();
                var byCategory = group.GroupBy(f => f.Category).OrderBy(g => g.Key)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.ToContractName()} {g.Count()}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {severity.ToString().ToLowerInvariant(),-8} {group.Count,4}  {string.Join(", ", byCategory)}"));
            }
        }
        return 0;
    }

    /// <summary>Median ms of each phase on its own: import (read + segment), recognise, extract (claims, projects, performance), rules.</summary>
    private static string Phases(FormatRegistry formats, IDocumentRecognizer recognizer, string path, int iterations, int warmup)
    {
        var bytes = File.ReadAllBytes(path);
        var importer = formats.Find(Path.GetFileName(path), bytes.AsSpan(0, Math.Min(bytes.Length, 4096)));
        if (importer is null) return "no reader";
        RawDocument Import()
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return importer.Import(path, stream, ImportOptions.Default).Document!;
        }
        var raw = Import();
        if (raw is null) return "unreadable";
        var document = recognizer.Recognize(raw);
        var enriched = DocumentExtraction.Enrich(document);
        var context = new RuleContext(enriched, EmbeddedCatalogueProvider.Default, RuleOptions.Default);
        var import = Measure(() => Import().Blocks.Count, iterations, warmup);
        var recognise = Measure(() => recognizer.Recognize(raw).Tables.Count, iterations, warmup);
        var extract = Measure(() => DocumentExtraction.Enrich(document).Claims.Count, iterations, warmup);
        var rules = Measure(() => RuleEngine.Run(context).Count, iterations, warmup);
        return string.Create(CultureInfo.InvariantCulture,
            $"{import.MedianMs:F2} / {recognise.MedianMs:F2} / {extract.MedianMs:F2} / {rules.MedianMs:F2}");
    }

    private sealed record Measurement(double MedianMs, double P90Ms, long AllocatedPerIteration);

    private static Measurement Measure(Func<int> action, int iterations, int warmup)
    {
        var sink = 0;
        for (var i = 0; i < warmup; i++) sink += action();
        var times = new double[iterations];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        Array.Sort(times);
        return new Measurement(Percentile(times, 0.5), Percentile(times, 0.9), allocated / iterations);
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    private static string Bytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F2} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB");
}
