using System.Diagnostics;
using System.Globalization;
using Gongkai.Compose.Composing;
using Gongkai.Compose.Demo;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Rules;
using Gongkai.Core.Workflows;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>--compose</c>: Stopwatch figures for composing (input checks + composer) one demo disclosure (median of N) and
/// 1,000 generated disclosures end to end (compose, extract claims, run the rules), with peak working set. Prints, never asserts.
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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compose {d.Key,-22} {d.Ledger.LineItems.Count,4} lines  median {times[times.Count / 2],8:F2} ms"));
        }
        string[] templates = [.. DisclosureComposer.SupportedTemplates];
        var all = Stopwatch.StartNew();
        var findings = 0;
        for (var i = 0; i < count; i++)
        {
            var ledger = DemoLedgers.Random(i + 1, templates[i % templates.Length]);
            var result = composer.Compose(ledger);
            var document = DocumentExtraction.Enrich(result.Document!);
            findings += RuleEngine.Run(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default) { Template = result.Template }).Count;
        }
        all.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compose+check {count} generated disclosures: {all.Elapsed.TotalSeconds:F2} s ({all.Elapsed.TotalMilliseconds / count:F2} ms each), findings {findings}, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB"));
        return 0;
    }
}
