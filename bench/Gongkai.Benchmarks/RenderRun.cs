using System.Diagnostics;
using System.Globalization;
using Gongkai.Cli;
using Gongkai.Core.Documents;
using Gongkai.Render;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>--render</c>: median time to render one disclosure (each seed, as checked) to each format, the size of the
/// output, bytes allocated per render, and the process's peak working set at the end. Stopwatch, one thread.
/// </summary>
public static class RenderRun
{
    public static int Run(int iterations, int warmup)
    {
        var workflow = Composition.CreateCheckWorkflow();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"render benchmark: {iterations} iterations after {warmup} warm-up, one thread, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        Console.WriteLine("seed                        format   median ms    p90 ms     output   alloc/render");
        foreach (var path in Seeds.All())
        {
            var document = workflow.CheckFile(path).Document;
            if (document is null) continue;
            foreach (var renderer in DisclosureRenderers.All)
            {
                var runs = renderer.Format == "pdf" ? Math.Max(3, iterations / 10) : iterations;
                var (median, p90, size, allocated) = Measure(renderer, document, runs, Math.Min(warmup, runs));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(path),-26} {renderer.Format,-6} {median,11:F2} {p90,9:F2} {size / 1024.0,8:F0} KB {allocated / (1024.0 * 1024.0),10:F1} MB"));
            }
        }
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
        return 0;
    }

    /// <summary>
    /// <c>--render-sample DIR</c>: writes a generated (fictitious) budget disclosure in every format to DIR, for a look
    /// (docs/compose-sample.png is instead page 5 of the composed demo: `gongkai template --template xinjiang-9 --year 2022
    /// --demo`, `gongkai compose 填报.xlsx --format pdf`, `pdftoppm -f 5 -l 5 -r 110 -png`).
    /// </summary>
    public static int Sample(string directory)
    {
        Directory.CreateDirectory(directory);
        var document = Gongkai.TestSupport.Disclosures.DisclosureGenerator.Budget(1).Document;
        foreach (var renderer in DisclosureRenderers.All)
        {
            var path = Path.Combine(directory, "sample" + renderer.Extension);
            using (var file = File.Create(path)) renderer.Render(document, file);
            Console.WriteLine(path);
        }
        return 0;
    }

    private static (double Median, double P90, long Size, long Allocated) Measure(IDisclosureRenderer renderer, DisclosureDocument document, int iterations, int warmup)
    {
        long size = 0;
        for (var i = 0; i < warmup; i++) size = Render(renderer, document);
        var times = new double[iterations];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            size = Render(renderer, document);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
        Array.Sort(times);
        return (times[times.Length / 2], times[Math.Min(times.Length - 1, (int)Math.Ceiling(times.Length * 0.9) - 1)], size, allocated);
    }

    private static long Render(IDisclosureRenderer renderer, DisclosureDocument document)
    {
        using var output = new MemoryStream();
        renderer.Render(document, output);
        return output.Length;
    }
}
