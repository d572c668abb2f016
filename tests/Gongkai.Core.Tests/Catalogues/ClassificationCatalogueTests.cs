using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;

namespace Gongkai.Core.Tests.Catalogues;

public class ClassificationCatalogueTests
{
    private static readonly ClassificationCatalogue s_2022 = EmbeddedCatalogueProvider.Default.ForYear(2022);

    [Fact]
    public void TryGetFunction_AcceptsStringAndParsedCode()
    {
        Assert.True(s_2022.TryGetFunction("2101501", out var entry));
        Assert.Equal("行政运行", entry.Name);
        Assert.Equal("21015", entry.ParentCode);
        Assert.Equal(ClassificationLevel.Item, entry.Level);
        Assert.True(s_2022.TryGetFunction("210 15 01", out var split));
        Assert.Same(entry, split);
        Assert.True(FunctionCode.TryParse("21015", out var code));
        Assert.True(s_2022.TryGetFunction(code, out var section));
        Assert.Equal("医疗保障管理事务", section.Name);
        Assert.False(s_2022.TryGetFunction("2101598", out _));
        Assert.False(s_2022.TryGetFunction((string?)null, out _));
        Assert.False(s_2022.TryGetFunction("abc", out _));
    }

    [Fact]
    public void TryGetEconomic_SeparatesSchemes()
    {
        Assert.True(s_2022.TryGetEconomic(EconomicScheme.Departmental, "30101", out var dept));
        Assert.Equal("基本工资", dept.Name);
        Assert.True(s_2022.TryGetEconomic(EconomicScheme.Government, "50101", out var gov));
        Assert.Equal("工资奖金津补贴", gov.Name);
        Assert.False(s_2022.TryGetEconomic(EconomicScheme.Government, "30101", out _));
        Assert.True(EconomicCode.TryParse("50201", out var parsed));
        Assert.True(s_2022.TryGetEconomic(parsed, out var office));
        Assert.Equal("办公经费", office.Name);
    }

    [Theory]
    [InlineData("30112", "其他社会保障缴费", NameMatch.Current)]
    [InlineData("30112", "其它社会保障缴费", NameMatch.Current)]
    [InlineData("30112", " 其他 社会保障缴费 ", NameMatch.Current)]
    [InlineData("30212", "因公出国(境)费用", NameMatch.Current)]
    [InlineData("30213", "维修维护费", NameMatch.Alias)]
    [InlineData("30307", "医疗费救助", NameMatch.Mismatch)]
    [InlineData("30307", "", NameMatch.Blank)]
    [InlineData("30201", "**办公费**", NameMatch.Current)]
    public void MatchName_Departmental(string code, string printed, NameMatch expected)
    {
        Assert.True(s_2022.TryGetEconomic(EconomicScheme.Departmental, code, out var entry));
        Assert.Equal(expected, s_2022.NameMatches(entry, printed));
    }

    [Fact]
    public void MatchName_OldClassName_IsOtherYearNameWithItsYears()
    {
        Assert.True(s_2022.TryGetFunction("210", out var entry));
        var result = s_2022.MatchName(entry, "医疗卫生与计划生育支出");
        Assert.Equal(NameMatch.OtherYearName, result.Kind);
        Assert.Equal("卫生健康支出", result.ExpectedName);
        Assert.Equal(2018, result.MatchedEntry!.ValidTo);
        Assert.Equal("2014—2018年", result.MatchedEntry.ValidityText);
    }

    [Fact]
    public void MatchName_LeadingCodeOrOrdinal_IsIgnored()
    {
        Assert.True(s_2022.TryGetFunction("2101501", out var entry));
        Assert.Equal(NameMatch.Current, s_2022.NameMatches(entry, "2101501-行政运行"));
        Assert.True(s_2022.TryGetFunction("201", out var cls));
        Assert.Equal(NameMatch.Current, s_2022.NameMatches(cls, "一、一般公共服务支出"));
        Assert.Equal(NameMatch.Mismatch, s_2022.NameMatches(cls, "一般公共预算支出"));
    }

    [Theory]
    [InlineData("2101501", "行政运行（医疗保障管理）", NameMatch.Current)]
    [InlineData("2101502", "一般行政管理事务(医疗保障管理)", NameMatch.Current)]
    [InlineData("2101501", "行政运行（人大事务）", NameMatch.Mismatch)]
    [InlineData("210", "卫生健康支出（医疗保障）", NameMatch.Mismatch)]
    public void MatchName_ParentQualifier_AcceptedOnlyFromAnAncestor(string code, string printed, NameMatch expected)
    {
        Assert.True(s_2022.TryGetFunction(code, out var entry));
        Assert.Equal(expected, s_2022.NameMatches(entry, printed));
    }

    [Fact]
    public void MapDepartmentalToGovernment_ByUnitTypeAndAny()
    {
        Assert.Equal(["50101", "50501"], s_2022.MapDepartmentalToGovernment("30101").Order(StringComparer.Ordinal));
        Assert.Equal(["50101"], s_2022.MapDepartmentalToGovernment("30101", BudgetUnitType.Agency));
        Assert.Equal(["50501"], s_2022.MapDepartmentalToGovernment("30101", BudgetUnitType.Institution));
        Assert.Contains("50199", s_2022.MapDepartmentalToGovernment("30107"));
        Assert.Contains("50299", s_2022.MapDepartmentalToGovernment("30228"));
        Assert.Contains("50201", s_2022.MapDepartmentalToGovernment("30228"));
        // A 细目 without a mapping of its own follows its 款.
        Assert.Equal(s_2022.MapDepartmentalToGovernment("30211"), s_2022.MapDepartmentalToGovernment("3021101"));
        Assert.Empty(s_2022.MapDepartmentalToGovernment("39998"));
        Assert.Empty(s_2022.MapDepartmentalToGovernment(null));
    }

    [Fact]
    public void ChildrenOf_And_IsChildListAuthoritative()
    {
        var items = s_2022.ChildrenOf(ClassificationScheme.Function, "21015").Select(e => e.Code).ToArray();
        Assert.Equal(["2101501", "2101502", "2101503", "2101504", "2101505", "2101506", "2101550", "2101599"], items);
        Assert.True(s_2022.IsChildListAuthoritative(ClassificationScheme.Function, "21015"));
        Assert.True(s_2022.IsChildListAuthoritative(ClassificationScheme.Function, null));
        Assert.False(s_2022.IsChildListAuthoritative(ClassificationScheme.Function, "20105"));
        Assert.False(new ClassificationCatalogue(2022).IsChildListAuthoritative(ClassificationScheme.Function, null));
    }

    [Fact]
    public void EmptyCatalogue_KeepsYearAndFindsNothing()
    {
        var empty = new ClassificationCatalogue(2022);
        Assert.Equal(2022, empty.Year);
        Assert.False(empty.TryGetFunction("210", out _));
        Assert.Empty(empty.FunctionEntries);
    }

    [Fact]
    public void Provider_ClampsYears_AndCaches()
    {
        var provider = new EmbeddedCatalogueProvider();
        Assert.Same(provider.ForYear(2022), provider.ForYear(2022));
        var old = provider.ForYear(2010);
        Assert.Equal(2010, old.Year);
        Assert.Equal(EmbeddedCatalogueProvider.FirstYear, old.DataYear);
        Assert.True(old.TryGetFunction("210", out var e));
        Assert.Equal("医疗卫生与计划生育支出", e.Name);
        var future = provider.ForYear(2031);
        Assert.True(future.IsBeyondCompiledData);
        Assert.True(future.TryGetFunction("2101501", out _));
        Assert.Equal("2018-2026", provider.VersionId);
    }

    [Fact]
    public void Provider_IsThreadSafe()
    {
        var provider = new EmbeddedCatalogueProvider();
        var results = new ClassificationCatalogue[64];
        Parallel.For(0, results.Length, i => results[i] = provider.ForYear(2018 + (i % 9)));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Same(provider.ForYear(2018 + (i % 9)), results[i]);
            Assert.True(results[i].TryGetFunction("210", out _));
        }
    }
}
