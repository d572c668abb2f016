using System.Diagnostics;
using System.Globalization;
using Gongkai.Compose.Composing;
using Gongkai.Compose.Demo;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Rules;
using Gongkai.Core.Workflows;
using Gongkai.Render;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>--compose</c>: Stopwatch figures for composing (input checks + composer) one demo disclosure and rendering it to
/// each format (medians of N; PDF over fewer runs), and N generated disclosures end to end (compose, extract claims, run
/// the rules, render HTML, DOCX and XLSX; PDF for every 100th), with peak working set. Prints, never asserts.
/// </summary>
internal static class ComposeRun
{
    public static int Run(int iterations, int count)
    {
        var composer = new DisclosureComposer();
        var demo = DemoLedgers.All();
        foreach (var d in demo) _ = composer.Compose(d.Ledger); // warm-up
        foreach (var d in demo)
        {
            var times = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                var w = Stopwatch.StartNew();
                var result = composer.Compose(d.Ledger);
                w.Stop();
                if (!result.Succeeded) throw new InvalidOperationException(d.Key);
                times.Add(w.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var line = string.Create(CultureInfo.InvariantCulture, $"compose {d.Key,-22} {d.Ledger.LineItems.Count,4} lines  median {times[times.Count / 2],8:F2} ms");
            var document = composer.Compose(d.Ledger).Document!;
            foreach (var renderer in DisclosureRenderers.All)
            {
                var runs = renderer.Format == "pdf" ? Math.Min(3, iterations) : iterations;
                var renderTimes = new List<double>();
                long size = 0;
                for (var i = 0; i < runs; i++)
                {
                    using var output = new MemoryStream();
                    var w = Stopwatch.StartNew();
                    renderer.Render(document, output);
                    w.Stop();
                    renderTimes.Add(w.Elapsed.TotalMilliseconds);
                    size = output.Length;
                }
                renderTimes.Sort();
                line += string.Create(CultureInfo.InvariantCulture, $"  {renderer.Format} {renderTimes[renderTimes.Count / 2],8:F1} ms ({size / 1024} KB)");
            }
            Console.WriteLine(line);
        }
        string[] templates = [.. DisclosureComposer.SupportedTemplates];
        var all = Stopwatch.StartNew();
        var findings = 0;
        long bytes = 0;
        var pdfs = 0;
        for (var i = 0; i < count; i++)
        {
            var ledger = DemoLedgers.Random(i + 1, templates[i % templates.Length]);
            var result = composer.Compose(ledger);
            var document = DocumentExtraction.Enrich(result.Document!);
            findings += RuleEngine.Run(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default) { Template = result.Template }).Count;
            foreach (var renderer in DisclosureRenderers.All)
            {
                if (renderer.Format == "pdf" && i % 100 != 0) continue;
                if (renderer.Format == "pdf") pdfs++;
                using var output = new MemoryStream();
                renderer.Render(document, output);
                bytes += output.Length;
            }
        }
        all.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compose+check+render (html, docx, xlsx; pdf ×{pdfs}) {count} generated disclosures: {all.Elapsed.TotalSeconds:F2} s ({all.Elapsed.TotalMilliseconds / count:F2} ms each), {bytes / (1024 * 1024)} MB written, findings {findings}, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB"));
        return 0;
    }
}
