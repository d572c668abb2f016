using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;
using Gongkai.Formats.Tests.Text;
using Xunit.Abstractions;

namespace Gongkai.Formats.Tests.Narrative;

/// <summary>Claims and narrative findings on the corpus seeds, end to end (text importer + recogniser + extractor + rules).</summary>
public sealed class SeedClaimsTests(ITestOutputHelper output)
{
    private static IReadOnlyList<Finding> Narrative(DisclosureDocument document)
    {
        var withClaims = document with { Claims = ClaimExtractor.Extract(document) };
        return RuleEngine.Run(new RuleContext(withClaims, new EmbeddedCatalogueProvider(), RuleOptions.Default))
            .Where(f => f.RuleId.StartsWith("N-", StringComparison.Ordinal) || f.RuleId == "F-R28").ToList();
    }

    [Fact]
    public void Seed000_BasicExpenditureRateStatedTwiceDifferently()
    {
        var findings = Narrative(SeedDocuments.Read("000"));
        var contradiction = Assert.Single(findings, f => f.RuleId == "N-SELF-CONTRADICTION" && f.Message.Contains("基本支出", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, contradiction.Severity);
        Assert.Equal(FindingCategory.NarrativeSelfContradiction, contradiction.Category);
        Assert.Contains("3.97", contradiction.Message, StringComparison.Ordinal);
        Assert.Contains("3.57", contradiction.Message, StringComparison.Ordinal);
        // 3.97% is right: 1.95 / (51.1 − 1.95) = 3.967…%; 3.57% is the arithmetic error.
        var rate = Assert.Single(findings, f => f.RuleId == "N-ARITH-CHANGE-RATE" && f.Actual == 3.57m);
        Assert.Equal(Severity.Error, rate.Severity);
        Assert.Equal(3.97m, rate.Expected);
    }

    [Fact]
    public void Seed000_BasicExpenditureClaimCarriesAllFigures()
    {
        var claims = ClaimExtractor.Extract(SeedDocuments.Read("000"));
        var basic = Assert.Single(claims, c => c.Subject == ClaimSubjects.Basic && c.SharePercent is not null);
        Assert.Equal(51.1m, basic.Amount);
        Assert.Equal(41.48m, basic.SharePercent);
        Assert.Equal(1.95m, basic.Change);
        Assert.Equal(3.97m, basic.ChangePercent);
        Assert.Contains(claims, c => c.SubjectCode == "2080505" && c.Amount == 2.8m && c.Change == -0.59m && c.ChangePercent == -17m);
    }

    [Fact]
    public void Seed001_OwnFigureWrittenWithThePriorYear()
    {
        // 001 is the 2024 budget; its 住房公积金 item says "2023 年预算数为 27.16 万元，比上年预算增加…".
        var findings = RuleEngine.Run(new RuleContext(SeedDocuments.Read("001"), new EmbeddedCatalogueProvider(), RuleOptions.Default));
        var year = Assert.Single(findings, f => f.RuleId == "N-YEAR");
        Assert.Equal(2023m, year.Actual);
        Assert.Equal(2024m, year.Expected);
        Assert.Contains("27.16", year.Quote, StringComparison.Ordinal);
        foreach (var seed in new[] { "000", "002", "003", "004" })
        {
            Assert.DoesNotContain(RuleEngine.Run(new RuleContext(SeedDocuments.Read(seed), new EmbeddedCatalogueProvider(), RuleOptions.Default)),
                f => f.RuleId == "N-YEAR");
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void EverySeedYieldsClaimsAndNoRuleThrows(string seed)
    {
        var document = SeedDocuments.Read(seed);
        var claims = ClaimExtractor.Extract(document);
        Assert.NotEmpty(claims);
        var findings = Narrative(document);
        output.WriteLine($"seed {seed}: {claims.Count} claims");
        foreach (var c in claims)
        {
            output.WriteLine($"  C {c.Subject}|{c.SubjectCode}|amt={c.Amount}|share={c.SharePercent}|chg={c.Change}|rate={c.ChangePercent}|bud={c.Budget}|fin={c.Final}|var={c.VarianceRatePercent}|n={c.Count} :: {c.Quote}");
        }
        foreach (var f in findings)
        {
            output.WriteLine($"  F {f.RuleId} {f.Severity} {f.Message}");
        }
        Assert.All(claims, c => Assert.False(string.IsNullOrWhiteSpace(c.Quote)));
    }
}
