using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;

namespace Gongkai.Core.Tests.Catalogues;

/// <summary>Checks of the embedded catalogue data itself (prefix hierarchy, uniqueness, names, known renames).</summary>
public class CatalogueDataTests
{
    private static readonly EmbeddedCatalogueProvider s_provider = new();

    public static TheoryData<int> Years()
    {
        var data = new TheoryData<int>();
        for (var y = EmbeddedCatalogueProvider.FirstYear; y <= EmbeddedCatalogueProvider.LastCompiledYear; y++) data.Add(y);
        return data;
    }

    [Fact]
    public void LoadEmbedded_ReadsEveryFile()
    {
        var data = CatalogueData.LoadEmbedded();
        Assert.Contains(data.Entries, e => e.Scheme == ClassificationScheme.Function);
        Assert.Contains(data.Entries, e => e.Scheme == ClassificationScheme.DepartmentalEconomic);
        Assert.Contains(data.Entries, e => e.Scheme == ClassificationScheme.GovernmentEconomic);
        Assert.NotEmpty(data.Mappings);
    }

    [Theory]
    [InlineData(CatalogueData.FunctionalFile)]
    [InlineData(CatalogueData.DepartmentalFile)]
    [InlineData(CatalogueData.GovernmentFile)]
    [InlineData(CatalogueData.MappingFile)]
    public void DataFile_CitesItsSourceInTheHeader(string file)
    {
        var text = CatalogueData.ReadResource(typeof(CatalogueData).Assembly, file);
        var header = string.Join('\n', text.Split('\n').TakeWhile(l => l.StartsWith('#')));
        Assert.Contains("Source:", header, StringComparison.Ordinal);
        Assert.True(header.Contains("政府收支分类科目", StringComparison.Ordinal) || header.Contains("财预〔2017〕98号", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryChild_HasItsParentInTheSameYear(int year)
    {
        var catalogue = s_provider.ForYear(year);
        foreach (var scheme in Enum.GetValues<ClassificationScheme>())
        {
            foreach (var e in catalogue.Entries(scheme).Where(e => e.ParentCode is not null))
            {
                Assert.True(catalogue.TryGet(scheme, e.ParentCode, out var parent), $"{year} {scheme} {e.Code}: parent {e.ParentCode} missing");
                Assert.Equal(e.Level - 1, parent.Level);
                Assert.StartsWith(parent.Code, e.Code, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Codes_AreUniquePerYear_AndNamesNonEmpty()
    {
        var data = CatalogueData.LoadEmbedded();
        for (var year = 2007; year <= EmbeddedCatalogueProvider.LastCompiledYear + 1; year++)
        {
            var inForce = data.Entries.Where(e => e.IsValidIn(year)).ToList();
            var duplicates = inForce.GroupBy(e => (e.Scheme, e.Code)).Where(g => g.Count() > 1).Select(g => g.Key.Code).ToList();
            Assert.True(duplicates.Count == 0, $"{year}: duplicate codes {string.Join(",", duplicates)}");
        }
        Assert.All(data.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.DoesNotContain(e.Aliases, string.IsNullOrWhiteSpace);
            Assert.True(e.ValidTo is null || e.ValidTo >= e.ValidFrom, e.Code);
        });
    }

    [Fact]
    public void Catalogue2022_HasEveryClass201To234()
    {
        var catalogue = s_provider.ForYear(2022);
        string[] expected =
        [
            "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215", "216", "217",
            "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233", "234",
        ];
        var classes = catalogue.FunctionEntries.Where(e => e.Level == ClassificationLevel.Class).Select(e => e.Code).ToArray();
        Assert.Equal(expected, classes);
    }

    [Theory]
    [InlineData(2018, "210", "医疗卫生与计划生育支出")]
    [InlineData(2019, "210", "卫生健康支出")]
    [InlineData(2020, "210", "卫生健康支出")]
    [InlineData(2018, "207", "文化体育与传媒支出")]
    [InlineData(2020, "207", "文化旅游体育与传媒支出")]
    [InlineData(2018, "215", "资源勘探信息等支出")]
    [InlineData(2022, "215", "资源勘探工业信息等支出")]
    [InlineData(2018, "220", "国土海洋气象等支出")]
    [InlineData(2024, "220", "自然资源海洋气象等支出")]
    [InlineData(2022, "2101501", "行政运行")]
    [InlineData(2022, "2080505", "机关事业单位基本养老保险缴费支出")]
    [InlineData(2024, "2210201", "住房公积金")]
    public void FunctionName_FollowsTheYear(int year, string code, string name)
    {
        Assert.True(s_provider.ForYear(year).TryGetFunction(code, out var entry));
        Assert.Equal(name, entry.Name);
    }

    [Theory]
    [InlineData(2018, "224", false)]
    [InlineData(2019, "224", true)]
    [InlineData(2019, "234", false)]
    [InlineData(2020, "234", true)]
    [InlineData(2018, "21015", false)]
    [InlineData(2019, "21015", true)]
    [InlineData(2023, "20139", false)]
    [InlineData(2024, "20139", true)]
    public void IntroducedCodes_ExistFromTheirYear(int year, string code, bool exists)
    {
        Assert.Equal(exists, s_provider.ForYear(year).TryGetFunction(code, out _));
    }

    [Fact]
    public void EconomicCatalogues_HaveTheClassLists()
    {
        var catalogue = s_provider.ForYear(2022);
        Assert.Equal(
            ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"],
            catalogue.EconomicEntries(EconomicScheme.Departmental).Where(e => e.Level == ClassificationLevel.Class).Select(e => e.Code));
        Assert.Equal(
            ["501", "502", "503", "504", "505", "506", "507", "508", "509", "510", "511", "512", "513", "514", "599"],
            catalogue.EconomicEntries(EconomicScheme.Government).Where(e => e.Level == ClassificationLevel.Class).Select(e => e.Code));
    }

    [Fact]
    public void Mapping_TargetsExistInTheGovernmentCatalogue_AndSourcesInTheDepartmental()
    {
        var data = CatalogueData.LoadEmbedded();
        var catalogue = s_provider.ForYear(2022);
        Assert.All(data.Mappings, m =>
        {
            Assert.True(catalogue.TryGetEconomic(EconomicScheme.Departmental, m.DepartmentalCode, out _), m.DepartmentalCode);
            Assert.True(catalogue.TryGetEconomic(EconomicScheme.Government, m.GovernmentCode, out _), m.GovernmentCode);
        });
    }

    [Fact]
    public void UncertainOrKnownEntries_AreNeverMarkedComplete()
    {
        // children_complete makes an unlisted child an error: only entries seen in sources may claim it.
        var data = CatalogueData.LoadEmbedded();
        Assert.All(data.Entries.Where(e => e.ChildrenComplete), e => Assert.Equal(CatalogueConfidence.Seen, e.Confidence));
    }

    [Fact]
    public void FromText_MalformedRow_ThrowsNamingFileAndLine()
    {
        const string header = "code,level,name,parent,aliases,valid_from,valid_to,confidence,children_complete\n";
        var ex = Assert.Throws<InvalidDataException>(() => CatalogueData.FromText(
            header + "210,类,卫生健康支出,,,2019,,S,\n21015,项,医疗保障管理事务,210,,2019,,S,\n", "h\n", "h\n", "h\n"));
        Assert.Contains("functional.csv:3", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => CatalogueData.FromText(header + "210,类,卫生健康支出,,,2019,,X,\n", "h\n", "h\n", "h\n"));
        Assert.Throws<InvalidDataException>(() => CatalogueData.FromText(header + "210,类,卫生健康支出,,,2019\n", "h\n", "h\n", "h\n"));
    }
}
