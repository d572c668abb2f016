using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.TestSupport;

namespace Gongkai.Core.Tests.Catalogues;

/// <summary>Every code the seeds print, and every code of the observed lists, is in the catalogue.</summary>
public partial class CatalogueCoverageTests
{
    // Seed prefix → budget/final-accounts year (corpus/README.md).
    private static readonly Dictionary<string, int> s_seedYears = new(StringComparer.Ordinal)
    {
        ["000"] = 2022, ["001"] = 2024, ["002"] = 2020, ["003"] = 2023, ["004"] = 2022,
    };

    public static TheoryData<string> Seeds() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryCodePrintedInASeed_IsInThatYearsCatalogue(string seed)
    {
        var catalogue = EmbeddedCatalogueProvider.Default.ForYear(s_seedYears[seed]);
        var text = File.ReadAllText(Corpus.Seed(seed));
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in RowCode().Matches(text)) codes.Add(Regex.Replace(m.Groups[1].Value, @"\s", ""));
        foreach (Match m in TextCode().Matches(text)) codes.Add(m.Groups[1].Value);
        var missing = codes.Where(c => ClassificationSchemes.FromFirstDigit(c[0]) is not { } scheme || !catalogue.TryGet(scheme, c, out _)).ToList();
        Assert.True(missing.Count == 0, $"seed {seed}: not in the {catalogue.Year} catalogue: {string.Join(", ", missing)}");
        if (seed != "003") Assert.NotEmpty(codes);
    }

    [Fact]
    public void EveryObservedCode_FromTheSeeds_IsInItsYear_WithAKnownName()
    {
        var path = Path.Combine(Corpus.Root, "..", "catalogues", "functional-observed.csv");
        var checkedCount = 0;
        foreach (var (code, name, documents) in ReadObserved(path, codeColumn: 0, nameColumn: 2, documentsColumn: 4))
        {
            foreach (var seed in s_seedYears.Keys.Where(s => documents.Contains(s + "_", StringComparison.Ordinal)))
            {
                var catalogue = EmbeddedCatalogueProvider.Default.ForYear(s_seedYears[seed]);
                Assert.True(catalogue.TryGetFunction(code, out var entry), $"{code} (seed {seed}) missing");
                Assert.NotEqual(NameMatch.Mismatch, catalogue.NameMatches(entry, name));
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 50, checkedCount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryObservedCode_IsInSomeYear_WithAKnownName()
    {
        var root = Path.Combine(Corpus.Root, "..", "catalogues");
        var latest = EmbeddedCatalogueProvider.Default.ForYear(EmbeddedCatalogueProvider.LastCompiledYear);
        foreach (var (code, name, _) in ReadObserved(Path.Combine(root, "functional-observed.csv"), 0, 2, 4))
        {
            var versions = latest.Versions(ClassificationScheme.Function, code);
            Assert.True(versions.Count > 0, code);
            Assert.NotEqual(NameMatch.Mismatch, latest.NameMatches(versions[^1], name));
        }
        foreach (var (code, name, _) in ReadObserved(Path.Combine(root, "economic-observed.csv"), 1, 3, 5))
        {
            var scheme = ClassificationSchemes.FromFirstDigit(code[0])!.Value;
            Assert.True(latest.TryGet(scheme, code, out var entry), code);
            Assert.NotEqual(NameMatch.Mismatch, latest.NameMatches(entry, name));
        }
    }

    [Fact]
    public void EveryObservedMappingPair_IsAccepted()
    {
        var path = Path.Combine(Corpus.Root, "..", "catalogues", "economic-mapping-observed.csv");
        var catalogue = EmbeddedCatalogueProvider.Default.ForYear(2022);
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            Assert.Contains(f[2], catalogue.MapDepartmentalToGovernment(f[0]));
        }
    }

    private static IEnumerable<(string Code, string Name, string Documents)> ReadObserved(string path, int codeColumn, int nameColumn, int documentsColumn) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => (f[codeColumn], f[nameColumn], f[documentsColumn]));

    // A table row starting with a code and a Chinese name: "210 15 01 行政运行", "30101\t基本工资", "**301\t工资福利支出".
    [GeneratedRegex(@"^[ \t*]*(2\d\d(?:[ \t]\d\d){0,2}|[35]\d\d(?:\d\d)?)[ \t]+(?=[\u4e00-\u9fff])", RegexOptions.Multiline)]
    private static partial Regex RowCode();

    // A code in the explanation text: "行政运行(2101501)", "（2101501）".
    [GeneratedRegex(@"[（(](2\d{6})[）)]")]
    private static partial Regex TextCode();
}
