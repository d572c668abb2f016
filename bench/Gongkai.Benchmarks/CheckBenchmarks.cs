using System.Text;
using BenchmarkDotNet.Attributes;
using Gongkai.Cli;
using Gongkai.Core.Workflows;

namespace Gongkai.Benchmarks;

/// <summary>
/// One seed checked end to end (read + decode + recognise + rules) against a baseline that only reads and
/// decodes the same file, so the ratio shows what recognition and the rules cost over plain I/O.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private CheckWorkflow _workflow = null!;

    /// <summary>Seed file name (under the corpus seeds folder).</summary>
    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> SeedNames() => Seeds.All().Select(Path.GetFileName)!;

    private string SeedPath => Path.Combine(Seeds.Folder, Seed);

    [GlobalSetup]
    public void Setup() => _workflow = Composition.CreateCheckWorkflow();

    /// <summary>Baseline: read the file and decode it to text.</summary>
    [Benchmark(Baseline = true)]
    public int ReadAndDecode() => ReadAndDecode(SeedPath);

    /// <summary>The full check, as <c>gongkai check</c> does it for one file.</summary>
    [Benchmark]
    public int Check() => Check(_workflow, SeedPath);

    internal static int ReadAndDecode(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().Length;
    }

    internal static int Check(CheckWorkflow workflow, string path)
    {
        var report = workflow.CheckFile(path);
        return report.Findings.Count + (report.Document?.Tables.Count ?? 0);
    }
}
