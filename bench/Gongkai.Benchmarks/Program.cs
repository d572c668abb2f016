using System.Globalization;
using BenchmarkDotNet.Running;
using Gongkai.Benchmarks;

// --quick [--iterations N] [--warmup N]: Stopwatch figures per seed, no BenchmarkDotNet.
// --compose [--iterations N] [--count N]: compose the demo ledgers (median) and N generated disclosures end to end.
// --render [--iterations N]: median time to render one seed disclosure to HTML, DOCX, XLSX and PDF; output size; peak memory.
// --render-sample DIR: writes a generated (fictitious) disclosure in every format to DIR.
// --findings: tables recognised and findings per category and severity, per seed.
// --store [--documents N] [--checked N] [--target sqlite|postgres|both] [--pg CONN] [--jobs N]: import throughput (StoreBench).
// --pdf [--iterations N] [--warmup N]: per corpus PDF, PdfPig words vs import vs check vs pdftotext -layout; what each yields.
// --pdf-large [--pages N] [--source NAME]: a corpus PDF's pages repeated to N pages (default 2000), checked once.
// --claims: claims found and checked, and findings of the explanation/performance rules by rule id, per seed (markdown).
// Anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args.Contains("--quick"))
{
    return QuickRun.Quick(IntArg("--iterations", 50), IntArg("--warmup", 5));
}
if (args.Contains("--store"))
{
    return await StoreBench.RunAsync(args);
}
if (args.Contains("--pdf"))
{
    return PdfRun.Run(IntArg("--iterations", 5), IntArg("--warmup", 1));
}
if (args.Contains("--pdf-large"))
{
    var source = Array.IndexOf(args, "--source") is var s and >= 0 && s + 1 < args.Length ? args[s + 1] : "gz-tongjiju-2026-dept-budget.pdf";
    return PdfRun.Large(source, IntArg("--pages", 2000));
}
if (args.Contains("--compose"))
{
    return ComposeRun.Run(IntArg("--iterations", 20), IntArg("--count", 1000));
}
if (args.Contains("--claims"))
{
    return ClaimFigures.Run();
}
if (Array.IndexOf(args, "--render-sample") is var sampleAt and >= 0)
{
    return RenderRun.Sample(sampleAt + 1 < args.Length ? args[sampleAt + 1] : "render-sample");
}
if (args.Contains("--render"))
{
    return RenderRun.Run(IntArg("--iterations", 20), IntArg("--warmup", 2));
}
if (args.Contains("--findings"))
{
    return QuickRun.Findings();
}
BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;

int IntArg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
        ? n : fallback;
}
