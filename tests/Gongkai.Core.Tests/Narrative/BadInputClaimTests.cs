using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Tests.Narrative;

/// <summary>
/// Bad input of issue 3: full-width digits, thousands separators, 增长100% from a zero base, percentages without amounts,
/// garbled sentences — read what can be read, never crash, never flag a convention.
/// </summary>
public sealed class BadInputClaimTests
{
    private static DisclosureDocument Doc(string text) => new()
    {
        Source = "bad.txt",
        Format = "text",
        Info = new DocumentInfo { Year = 2022, Kind = DocumentKind.Budget },
        Tables = [],
        Sections = [new NarrativeSection { Heading = "三、支出预算情况说明", Level = 2, Text = text, Line = 1 }],
    };

    private static IReadOnlyList<Finding> AllRules(DisclosureDocument document) =>
        RuleEngine.Run(new RuleContext(document with { Claims = ClaimExtractor.Extract(document) }, EmbeddedCatalogueProvider.Default, RuleOptions.Default));

    [Fact]
    public void FullWidthDigitsAreReadAndNotFlagged()
    {
        var document = Doc("基本支出１２６５．６７万元，占５０．００％，比上年预算增加１００．００万元，增长８．５８％。");
        var claim = Assert.Single(ClaimExtractor.Extract(document));
        Assert.Equal((1265.67m, 50.00m, 100.00m, 8.58m), (claim.Amount, claim.SharePercent, claim.Change, claim.ChangePercent));
        Assert.Empty(AllRules(document));
    }

    [Theory]
    [InlineData("基本支出1,265.67万元，比上年预算增加100.00万元，增长8.58%。")]
    [InlineData("基本支出１，２６５．６７万元，比上年预算增加１００．００万元，增长８．５８％。")]
    public void ThousandsSeparatorsAreReadAndNotFlagged(string text)
    {
        var document = Doc(text);
        var claim = Assert.Single(ClaimExtractor.Extract(document));
        Assert.Equal(1265.67m, claim.Amount);
        Assert.Equal(100.00m, claim.Change);
        Assert.Equal(8.58m, claim.ChangePercent);
        Assert.Empty(AllRules(document));
    }

    [Theory]
    [InlineData("项目支出 11.25 万元，比上年预算增加 11.25 万元，增长 100%。")]
    [InlineData("项目支出 11.25 万元，比上年预算增加 11.25 万元，增长 100.00%。")]
    [InlineData("公务接待费 0.00 万元，比上年预算减少 1.00 万元，下降 100.00%。")]
    public void HundredPercentFromOrToZeroIsAConvention(string text)
    {
        var document = Doc(text);
        Assert.NotEmpty(ClaimExtractor.Extract(document));
        Assert.Empty(AllRules(document));
    }

    [Fact]
    public void PercentagesWithoutAmountsAreReadAndNotFlagged()
    {
        var document = Doc("基本支出占41.48%，比上年增长3.97%；项目支出占58.52%，比上年下降1.44%。");
        var claims = ClaimExtractor.Extract(document);
        Assert.Contains(claims, c => c.Subject == ClaimSubjects.Basic && c.SharePercent == 41.48m && c.ChangePercent == 3.97m && c.Amount is null);
        Assert.Contains(claims, c => c.Subject == ClaimSubjects.Project && c.ChangePercent == -1.44m);
        Assert.Empty(AllRules(document));
    }

    [Theory]
    [InlineData("基本支出万元，占%，比上年增加，增长。")]
    [InlineData("％％％１２３，，，万元元元。。。比上年增加增长下降")]
    [InlineData("基本支出 51.1 万元 占 比上年预算 增加 增长 3.97")]
    [InlineData("\u0000\uFFFD基本支出\uD800 51.1万元")]
    public void GarbledSentencesNeverCrash(string text)
    {
        var document = Doc(text);
        _ = ClaimExtractor.Extract(document);
        Assert.DoesNotContain(AllRules(document), f => f.Category == FindingCategory.Other);
    }
}
