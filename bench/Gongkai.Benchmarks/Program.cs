using System.Globalization;
using BenchmarkDotNet.Running;
using Gongkai.Benchmarks;

// --quick [--iterations N] [--warmup N]: Stopwatch figures per seed, no BenchmarkDotNet.
// --findings: tables recognised and findings per category and severity, per seed.
// --store [--documents N] [--checked N] [--target sqlite|postgres|both] [--pg CONN] [--jobs N]: import throughput (StoreBench).
// Anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args.Contains("--quick"))
{
    return QuickRun.Quick(IntArg("--iterations", 50), IntArg("--warmup", 5));
}
if (args.Contains("--store"))
{
    return await StoreBench.RunAsync(args);
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
