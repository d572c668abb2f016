using System.Text;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;
using Gongkai.TestSupport;

namespace Gongkai.Formats.Tests.Text;

/// <summary>
/// Damaged versions of the real seeds (lines dropped, repeated or cut, digits changed, stray tabs, truncation) go
/// through the whole check path — reader, recogniser, claim and project extraction, every rule — without an exception
/// anywhere (a rule that throws would show up as a "执行出错" finding from the rule engine).
/// </summary>
public sealed class SeedMutationTests
{
    public static TheoryData<string> Seeds() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DamagedSeed_CheckPathNeverThrows(string seed)
    {
        var lines = File.ReadAllLines(Corpus.Seed(seed), Encoding.UTF8);
        var random = new Random(20261123 + int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture)); // deterministic per seed
        for (var round = 0; round < 25; round++)
        {
            var mutated = Mutate(lines, random);
            var document = SeedDocuments.ReadStream($"{seed}-mutation-{round}.txt", new MemoryStream(Encoding.UTF8.GetBytes(mutated)));
            document = document with
            {
                Claims = ClaimExtractor.Extract(document),
                Projects = ProjectDescriptionExtractor.Extract(document),
            };
            Assert.All(document.Tables, t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Count, r.Values.Count)));
            var findings = RuleEngine.Run(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default));
            Assert.DoesNotContain(findings, f => f.Message.Contains("执行出错", StringComparison.Ordinal));
        }
    }

    private static string Mutate(string[] lines, Random random)
    {
        var list = lines.ToList();
        var edits = random.Next(1, 8);
        for (var e = 0; e < edits && list.Count > 2; e++)
        {
            var at = random.Next(list.Count);
            switch (random.Next(6))
            {
                case 0: list.RemoveRange(at, Math.Min(random.Next(1, 12), list.Count - at)); break;
                case 1: list.Insert(at, list[random.Next(list.Count)]); break;
                case 2: list[at] = list[at][..random.Next(list[at].Length + 1)]; break;
                case 3: list[at] = ChangeDigits(list[at], random); break;
                case 4: list[at] = list[at].Replace(' ', '\t'); break;
                default: list.RemoveRange(at, list.Count - at); break;
            }
        }
        return string.Join('\n', list);
    }

    private static string ChangeDigits(string line, Random random)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]) && random.Next(3) == 0) chars[i] = (char)('0' + random.Next(10));
        }
        return new string(chars);
    }
}
