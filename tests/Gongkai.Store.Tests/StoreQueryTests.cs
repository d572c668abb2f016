using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Tables;

namespace Gongkai.Store.Tests;

/// <summary>Search with facets, entity history, aggregates and comparison, on both databases.</summary>
public sealed class StoreQueryTests
{
    public static TheoryData<string> Targets => StoreTargets.All;

    private static async Task<Dictionary<string, long>> SeedAsync(IDocumentStore store)
    {
        var ids = new Dictionary<string, long>();
        async Task Add(string key, int seed, string entity, int year, Func<DisclosureDocument, DisclosureDocument>? edit = null)
        {
            var (report, bytes) = Samples.Budget(seed, entity, year, edit);
            ids[key] = (await store.SaveAsync(key + ".txt", bytes, report)).DocumentId;
        }
        await Add("putuo2022", 11, "上海市普陀区医疗保障局", 2022);
        await Add("putuo2023", 12, "上海市普陀区医疗保障局", 2023);
        await Add("putuo2024", 13, "上海市普陀区医疗保障局", 2024, d => d with { Info = d.Info with { Kind = DocumentKind.FinalAccounts } });
        await Add("urho2022", 14, "新疆维吾尔自治区克拉玛依市乌尔禾区财政局", 2022);
        await Add("yulin2022", 15, "陕西省榆林市横山区教育局", 2022);
        return ids;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Search_ByChineseSubstring_MatchesEntityTitleAndText(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var ids = await SeedAsync(t.Store);

        var byEntity = await t.Store.SearchAsync(new SearchQuery { Text = "普陀区医疗" });
        Assert.Equal([ids["putuo2024"], ids["putuo2023"], ids["putuo2022"]], byEntity.Items.Select(i => i.Id)); // newest year first

        var twoChars = await t.Store.SearchAsync(new SearchQuery { Text = "横山" });
        Assert.Equal([ids["yulin2022"]], twoChars.Items.Select(i => i.Id));

        // A row name of the tables (the generated B03 prints 卫生健康支出 in every document).
        Assert.Equal(5, (await t.Store.SearchAsync(new SearchQuery { Text = "卫生健康支出" })).Total);

        // The characters are all there, but not in this order: no match (phrase, not bag of bigrams).
        Assert.Equal(0, (await t.Store.SearchAsync(new SearchQuery { Text = "医疗局保障" })).Total);
        Assert.Equal(0, (await t.Store.SearchAsync(new SearchQuery { Text = "不存在的单位名称" })).Total);

        // One character: substring of entity or title.
        Assert.Equal(1, (await t.Store.SearchAsync(new SearchQuery { Text = "教" })).Total);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Search_ByFields_CombinesCriteria_WithFacetsAndPaging(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var ids = await SeedAsync(t.Store);

        var all = await t.Store.SearchAsync(new SearchQuery { PageSize = 2 });
        Assert.Equal(5, all.Total);
        Assert.Equal(3, all.PageCount);
        Assert.Equal(2, all.Items.Count);
        Assert.Equal(new FacetCount("上海市普陀区", 3), all.Regions[0]);
        Assert.Contains(new FacetCount("新疆维吾尔自治区克拉玛依市乌尔禾区", 1), all.Regions);
        Assert.Contains(new FacetCount("陕西省榆林市横山区", 1), all.Regions);
        Assert.Equal([new FacetCount("2024", 1), new FacetCount("2023", 1), new FacetCount("2022", 3)], all.Years);
        Assert.Equal([new FacetCount("budget", 4), new FacetCount("final", 1)], all.Kinds);

        var lastPage = await t.Store.SearchAsync(new SearchQuery { PageSize = 2, Page = 3 });
        Assert.Single(lastPage.Items);
        var everything = all.Items.Concat((await t.Store.SearchAsync(new SearchQuery { PageSize = 2, Page = 2 })).Items).Concat(lastPage.Items);
        Assert.Equal(ids.Values.Order(), everything.Select(i => i.Id).Order());

        var shanghai2022 = await t.Store.SearchAsync(new SearchQuery { Region = "上海市", Year = 2022 });
        Assert.Equal([ids["putuo2022"]], shanghai2022.Items.Select(i => i.Id));

        var finals = await t.Store.SearchAsync(new SearchQuery { Kind = DocumentKind.FinalAccounts });
        Assert.Equal([ids["putuo2024"]], finals.Items.Select(i => i.Id));

        var byEntity = await t.Store.SearchAsync(new SearchQuery { Entity = "教育局" });
        Assert.Equal([ids["yulin2022"]], byEntity.Items.Select(i => i.Id));

        // Classification code: every generated budget prints 210 卫生健康支出; the prefix of a 项 code matches too.
        Assert.Equal(5, (await t.Store.SearchAsync(new SearchQuery { Code = "210" })).Total);
        var with21015 = 0;
        foreach (var id in ids.Values)
        {
            var doc = (await t.Store.GetDocumentAsync(id))!.Document;
            if (doc.Tables.Any(x => x.Rows.Any(r => r.Code?.StartsWith("21015", StringComparison.Ordinal) == true))) with21015++;
        }
        Assert.InRange(with21015, 1, 4); // the seeds pick their 款 at random: some have 21015, some not
        Assert.Equal(with21015, (await t.Store.SearchAsync(new SearchQuery { Code = "21015" })).Total);
        Assert.Equal(0, (await t.Store.SearchAsync(new SearchQuery { Code = "999" })).Total);

        var combined = await t.Store.SearchAsync(new SearchQuery { Text = "医疗保障", Year = 2023, Code = "210" });
        Assert.Equal([ids["putuo2023"]], combined.Items.Select(i => i.Id));
        Assert.Equal([new FacetCount("上海市普陀区", 1)], combined.Regions);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task EntityHistory_ReadsTotalsClassesAndThreePublicFromTheTables(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var ids = await SeedAsync(t.Store);

        var history = await t.Store.GetEntityHistoryAsync("上海市普陀区医疗保障局");

        Assert.Equal([2022, 2023, 2024], history.Years.Select(y => y.Year));
        foreach (var year in history.Years)
        {
            var document = (await t.Store.GetDocumentAsync(year.DocumentId))!.Document;
            var b03 = document.Table(TableId.B03)!;
            var total = b03.TotalRow()!;
            decimal Wan(CellValue? v) => AmountUnitExtensions.Convert(v!.Value.OrZero, b03.AmountUnit, AmountUnit.WanYuan);
            Assert.Equal(Wan(b03.Cell(total, ColumnKey.Total)), year.Total);
            Assert.Equal(Wan(b03.Cell(total, ColumnKey.Basic)), year.Basic);
            Assert.Equal(Wan(b03.Cell(total, ColumnKey.Project)), year.Project);
            Assert.NotEmpty(year.ByClass);
            Assert.Contains(year.ByClass, c => c.Code == "210");
            Assert.Equal(year.Total, year.ByClass.Sum(c => c.Amount)); // 类 rows of every unit block add up to the 合计

            var b07 = document.Table(TableId.B07)!;
            var three = b07.TotalRow() ?? b07.Rows[0];
            Assert.Equal(b07.Cell(three, ColumnKey.Total)?.Value is { } v ? AmountUnitExtensions.Convert(v, b07.AmountUnit, AmountUnit.WanYuan) : null, year.ThreePublicTotal);
            Assert.Equal(b07.Cell(three, ColumnKey.Reception)?.Value is { } r ? AmountUnitExtensions.Convert(r, b07.AmountUnit, AmountUnit.WanYuan) : null, year.Reception);
        }
        Assert.Equal(DocumentKind.FinalAccounts, history.Years[^1].Kind);
        Assert.Empty((await t.Store.GetEntityHistoryAsync("没有这个单位")).Years);
        _ = ids;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Aggregates_SumTheExpenditureTableByYearRegionAndCode(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var ids = await SeedAsync(t.Store);
        var totals = new Dictionary<long, decimal>();
        var health = new Dictionary<long, decimal>();
        foreach (var id in ids.Values)
        {
            var doc = (await t.Store.GetDocumentAsync(id))!;
            var b03 = doc.Document.Table(TableId.B03)!;
            totals[id] = b03.Cell(b03.TotalRow()!, ColumnKey.Total)!.Value.OrZero;
            health[id] = b03.Rows.Where(r => r.Code == "210").Sum(r => b03.Cell(r, ColumnKey.Total)!.Value.OrZero);
        }

        // The 2024 document is a final account here, but its tables are budget tables (B03), so the default (F03 for finals) skips it.
        var byYear = await t.Store.AggregateAsync(new AggregateQuery { GroupBy = AggregateGroup.Year });
        Assert.Equal([new AggregateRow("2022", null, totals[ids["putuo2022"]] + totals[ids["urho2022"]] + totals[ids["yulin2022"]], 3),
            new AggregateRow("2023", null, totals[ids["putuo2023"]], 1)], byYear);

        var byRegion = await t.Store.AggregateAsync(new AggregateQuery { GroupBy = AggregateGroup.Region, Table = TableId.B03, Year = 2022 });
        Assert.Equal(3, byRegion.Count);
        Assert.Equal(totals[ids["putuo2022"]], byRegion.Single(r => r.Key == "上海市普陀区").Amount);

        var byCode = await t.Store.AggregateAsync(new AggregateQuery { GroupBy = AggregateGroup.Code, Table = TableId.B03, Code = "210", Unit = AmountUnit.Yuan });
        var row = Assert.Single(byCode);
        Assert.Equal("210", row.Key);
        Assert.Equal("卫生健康支出", row.Name);
        Assert.Equal(health.Values.Sum() * 10_000m, row.Amount);
        Assert.Equal(5, row.Documents);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Compare_MatchesRowsByCode_AndShowsDifferences(string target)
    {
        await using var t = await StoreTargets.OpenAsync(target);
        var (left, leftBytes) = Samples.Budget(21, "上海市普陀区医疗保障局", 2022);
        var (right, rightBytes) = Samples.Budget(21, "上海市普陀区医疗保障局", 2023, d => Samples.BreakTotal(d, 1.5m));
        var l = (await t.Store.SaveAsync("l.txt", leftBytes, left)).DocumentId;
        var r = (await t.Store.SaveAsync("r.txt", rightBytes, right)).DocumentId;

        var comparison = await t.Store.CompareAsync(l, r);

        Assert.NotNull(comparison);
        Assert.Null(await t.Store.CompareAsync(l, 999_999));
        Assert.Equal(left.Document!.Tables.Count(x => x.Id is not null), comparison.Tables.Count);
        var b03 = comparison.Tables.Single(x => x.TableId == TableId.B03);
        var totalColumn = b03.Columns.ToList().FindIndex(c => c.Key == ColumnKey.Total);
        var changed = Assert.Single(b03.Rows, x => x.Differs);
        Assert.Equal(RowKind.Total, changed.Kind);
        Assert.Equal(1.5m, changed.Differences[totalColumn]);
        Assert.All(comparison.Tables.Where(x => x.TableId != TableId.B03), x => Assert.DoesNotContain(x.Rows, row => row.Differs));
        Assert.All(b03.Rows.Where(x => x.Code is not null), x => Assert.True(x.InLeft && x.InRight));
    }
}
