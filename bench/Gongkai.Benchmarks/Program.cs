using System.Globalization;
using BenchmarkDotNet.Running;
using Gongkai.Benchmarks;

// --quick [--iterations N] [--warmup N]: Stopwatch figures per seed, no BenchmarkDotNet.
// --render [--iterations N]: median time to render one seed disclosure to HTML, DOCX, XLSX and PDF; output size; peak memory.
// --render-sample DIR: writes a generated (fictitious) disclosure in every format to DIR.
// --findings: tables recognised and findings per category and severity, per seed.
// Anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args.Contains("--quick"))
{
    return QuickRun.Quick(IntArg("--iterations", 50), IntArg("--warmup", 5));
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
