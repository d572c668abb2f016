using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Cli;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Rules;
using Gongkai.Core.Workflows;
using Gongkai.Formats.Html;
using Gongkai.Formats.OpenXml;
using Gongkai.Formats.Pdf;
using Gongkai.Formats.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>--pdf</c>: per corpus PDF, in one process and one thread, the median wall time of (a) PdfPig opening the file
/// and extracting the words of every page (the baseline), (b) <see cref="PdfImporter.Import"/>, (c) the full check,
/// and (d) <c>pdftotext -layout</c> spawned on the same file; with pages per second, ratios, bytes allocated per
/// document and the process's peak resident memory during the file's runs; then what each file yields.
/// <c>--pdf-large</c>: a 2,000-page PDF made by repeating the pages of a corpus PDF, checked once, with time and memory.
/// Output is Markdown (docs/pdf-bench.md holds a run).
/// </summary>
public static class PdfRun
{
    /// <summary>The check with the PDF reader composed first (the CLI's own composition may not include it yet).</summary>
    public static CheckWorkflow CreateWorkflow() => new(
        new FormatRegistry.Builder().UsePdf().UseOpenXml().UseHtml().UseText().Build(),
        Composition.CreateRecognizer(), EmbeddedCatalogueProvider.Default);

    public static string Folder
    {
        get
        {
            var corpus = Path.GetDirectoryName(Seeds.Folder)!;
            var pdf = Path.Combine(corpus, "pdf");
            return Directory.Exists(pdf) ? pdf : throw new DirectoryNotFoundException($"No pdf folder in {corpus}.");
        }
    }

    public static int Run(int iterations, int warmup)
    {
        var files = Directory.GetFiles(Folder, "*.pdf");
        Array.Sort(files, StringComparer.Ordinal);
        var workflow = CreateWorkflow();
        var importer = new PdfImporter();
        var pdftotext = FindOnPath("pdftotext");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PDF benchmark: {files.Length} files in {Folder}; {iterations} measured iterations after {warmup} warm-up per stage, one thread, "
            + $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformationText()}; pdftotext: {PdftotextVersion(pdftotext)}"));
        Console.WriteLine();
        Console.WriteLine("Median ms per document. (a) PdfPig open + words of every page; (b) PdfImporter.Import; (c) full check "
            + "(read + recognise + rules); (d) `pdftotext -layout` as a process. Ratios are (b) and (c) over (a) and over (d). "
            + "alloc = bytes allocated per document; peak RSS = process VmHWM during that file's runs (reset per file).");
        Console.WriteLine();
        Console.WriteLine("| file | pages | (a) PdfPig words ms | (b) import ms | (c) check ms | (d) pdftotext ms | check pages/s | import/(a) | check/(a) | check/(d) | alloc (a) | alloc (b) | alloc (c) | peak RSS |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var yields = new List<string>();
        double totalPages = 0, totalCheck = 0, totalBaseline = 0, totalPdftotext = 0, totalImport = 0;
        foreach (var path in files)
        {
            var bytes = File.ReadAllBytes(path);
            var name = Path.GetFileName(path);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            ResetPeakRss();
            var pages = 0;
            var baseline = Measure(() => pages = PdfPigWords(bytes), iterations, warmup);
            var import = Measure(() => Import(importer, name, bytes), iterations, warmup);
            CheckReport? report = null;
            var check = Measure(() =>
            {
                using var stream = new MemoryStream(bytes, writable: false);
                report = workflow.Check(path, stream);
                return report.Findings.Count;
            }, iterations, warmup);
            var peak = PeakRssBytes();
            var external = pdftotext is null ? null : MeasureProcess(pdftotext, path, iterations, Math.Min(warmup, 1));
            totalPages += pages;
            totalBaseline += baseline.MedianMs;
            totalImport += import.MedianMs;
            totalCheck += check.MedianMs;
            totalPdftotext += external?.MedianMs ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {pages} | {baseline.MedianMs:F0} | {import.MedianMs:F0} | {check.MedianMs:F0} | {Ms(external)} | {pages * 1000 / check.MedianMs:F1} "
                + $"| {import.MedianMs / baseline.MedianMs:F2}x | {check.MedianMs / baseline.MedianMs:F2}x | {Ratio(check, external)} "
                + $"| {Bytes(baseline.AllocatedPerIteration)} | {Bytes(import.AllocatedPerIteration)} | {Bytes(check.AllocatedPerIteration)} | {Bytes(peak)} |"));
            yields.Add(Yield(name, pages, report!));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | {totalPages} | {totalBaseline:F0} | {totalImport:F0} | {totalCheck:F0} | {(pdftotext is null ? "–" : totalPdftotext.ToString("F0", CultureInfo.InvariantCulture))} "
            + $"| {totalPages * 1000 / totalCheck:F1} | {totalImport / totalBaseline:F2}x | {totalCheck / totalBaseline:F2}x "
            + $"| {(pdftotext is null ? "–" : (totalCheck / totalPdftotext).ToString("F1", CultureInfo.InvariantCulture) + "x")} | | | | |"));
        Console.WriteLine();
        Console.WriteLine("What the full check yields per file (tables found = tables in the read document; recognised = with a canonical id; "
            + "findings by category as `category error/warning/info`; diagnostics = reading and recognition notes).");
        Console.WriteLine();
        Console.WriteLine("| file | pages | tables found | recognised | unrecognised | errors | warnings | infos | findings by category | diagnostics |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var line in yields) Console.WriteLine(line);
        return 0;
    }

    private static string Yield(string name, int pages, CheckReport report)
    {
        if (report.Document is null)
        {
            var why = report.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Code ?? "unreadable";
            return string.Create(CultureInfo.InvariantCulture, $"| {name} | {pages} | – | – | – | – | – | – | not checked: {why} | {report.Diagnostics.Count} |");
        }
        var tables = report.Document.Tables;
        var recognised = tables.Count(t => t.Id is not null);
        var byCategory = report.Findings.GroupBy(f => f.Category).OrderBy(g => g.Key.ToContractName(), StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture,
                $"{g.Key.ToContractName()} {g.Count(f => f.Severity == Severity.Error)}/{g.Count(f => f.Severity == Severity.Warning)}/{g.Count(f => f.Severity == Severity.Info)}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {pages} | {tables.Count} | {recognised} | {tables.Count - recognised} | {report.Findings.Count(f => f.Severity == Severity.Error)} "
            + $"| {report.Findings.Count(f => f.Severity == Severity.Warning)} | {report.Findings.Count(f => f.Severity == Severity.Info)} "
            + $"| {(report.Findings.Count == 0 ? "none" : string.Join(", ", byCategory))} | {report.Diagnostics.Count} |");
    }

    /// <summary>The baseline: PdfPig opens the file and extracts the words of every page; returns the page count.</summary>
    private static int PdfPigWords(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var words = 0;
        foreach (var page in document.GetPages()) words += page.GetWords().Count();
        GC.KeepAlive(words);
        return document.NumberOfPages;
    }

    private static int Import(PdfImporter importer, string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return importer.Import(name, stream, ImportOptions.Default).Document?.Blocks.Count ?? 0;
    }

    /// <summary>
    /// <c>--pdf-large</c>: repeats the pages of <paramref name="source"/> (a corpus PDF name) up to <paramref name="pages"/> pages,
    /// checks the result once with the default bounds, and prints time, memory and what the bounds said.
    /// </summary>
    public static int Large(string source, int pages)
    {
        var path = Path.Combine(Folder, source);
        var clock = Stopwatch.StartNew();
        byte[] bytes;
        using (var original = PdfDocument.Open(File.ReadAllBytes(path)))
        using (var builder = new PdfDocumentBuilder())
        {
            for (var i = 0; i < pages; i++) builder.AddPage(original, (i % original.NumberOfPages) + 1);
            bytes = builder.Build();
        }
        var built = clock.Elapsed;
        var file = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"gongkai-{pages}-pages.pdf"));
        File.WriteAllBytes(file, bytes);
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pages} pages repeating {source} ({bytes.Length / (1024.0 * 1024):F1} MiB, built in {built.TotalSeconds:F1} s); "
                + $"bounds: MaxBytes {ImportOptions.Default.MaxBytes / (1024 * 1024)} MiB, MaxPages {ImportOptions.Default.MaxPages}, "
                + $"time budget {PdfImporterOptions.Default.TimeBudget.TotalSeconds:F0} s, page content {PdfImporterOptions.Default.MaxPageContentBytes / (1024 * 1024)} MiB"));
            var workflow = CreateWorkflow();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            ResetPeakRss();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            var report = workflow.CheckFile(file);
            var elapsed = clock.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var peak = PeakRssBytes();
            var lastPage = report.Document?.Tables.Max(t => t.Page) ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"check: {elapsed.TotalSeconds:F1} s wall, peak RSS {Bytes(peak)}, allocated {Bytes(allocated)}, "
                + $"{report.Document?.Tables.Count ?? 0} tables ({report.Document?.Tables.Count(t => t.Id is not null) ?? 0} recognised), "
                + $"{report.Findings.Count} findings, last page with a table {lastPage}, unreadable: {report.Unreadable}"));
            foreach (var d in report.Diagnostics.Where(d => d.Severity != Severity.Info).Take(5))
            {
                Console.WriteLine($"  {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
            }
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed record Measurement(double MedianMs, long AllocatedPerIteration);

    private static Measurement Measure(Func<int> action, int iterations, int warmup)
    {
        var sink = 0;
        for (var i = 0; i < warmup; i++) sink += action();
        var times = new double[iterations];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        GC.KeepAlive(sink);
        return new Measurement(Median(times), allocated / iterations);
    }

    private static Measurement MeasureProcess(string exe, string pdf, int iterations, int warmup)
    {
        var times = new double[iterations];
        for (var i = -warmup; i < iterations; i++)
        {
            var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-layout", "-enc", "UTF-8", pdf, "-" }) info.ArgumentList.Add(arg);
            var start = Stopwatch.GetTimestamp();
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            GC.KeepAlive(stderr.Result);
            if (i >= 0) times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return new Measurement(Median(times), 0);
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static string PdftotextVersion(string? exe)
    {
        if (exe is null) return "not installed (apt-get install poppler-utils); column (d) left empty";
        var info = new ProcessStartInfo(exe, "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var text = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "unknown version";
    }

    private static string RuntimeInformationText() =>
        System.Runtime.InteropServices.RuntimeInformation.OSDescription + (System.Runtime.GCSettings.IsServerGC ? ", server GC" : ", workstation GC");

    /// <summary>Resets the process's peak resident set (Linux ≥ 4.0: writing 5 to clear_refs); elsewhere a no-op.</summary>
    private static void ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then covers the whole run so far.
        }
    }

    /// <summary>VmHWM from /proc/self/status in bytes, or the process's peak working set elsewhere.</summary>
    private static long PeakRssBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                return kb * 1024;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Fall through to the portable figure.
        }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    private static string Ms(Measurement? m) => m is null ? "–" : m.MedianMs.ToString("F0", CultureInfo.InvariantCulture);

    private static string Ratio(Measurement check, Measurement? external) =>
        external is null ? "–" : (check.MedianMs / external.MedianMs).ToString("F1", CultureInfo.InvariantCulture) + "x";

    private static string Bytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F0} KB");
}
