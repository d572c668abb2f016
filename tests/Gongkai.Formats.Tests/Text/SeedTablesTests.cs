using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using static Gongkai.Formats.Tests.Text.SeedDocuments;

namespace Gongkai.Formats.Tests.Text;

/// <summary>Every seed: the tables found, with their canonical ids in printed order, and the document info.</summary>
public sealed class SeedTablesTests
{
    [Fact]
    public void Seed000TablesInOrder() =>
        Assert.Equal(["B01", "B02", "B03", "B04", "B05", "B06", "B10", "B07", "B08", "B16", "B16", "B16"], Ids(Read("000")));

    [Fact]
    public void Seed001TablesInOrder() =>
        Assert.Equal(["B01", "B02", "B03", "B04", "B05", "B06", "B10", "B08", "B09", "B07", "B11", "B17", "B16"], Ids(Read("001")));

    [Fact]
    public void Seed002TablesInOrder() =>
        Assert.Equal(["B01", "B02", "B03", "B04", "B05", "B06", "B10", "B07", "B08", .. Enumerable.Repeat("B16", 11)], Ids(Read("002")));

    [Fact]
    public void Seed003TablesInOrder() =>
        Assert.Equal(["P02", "P01", "P01"], Ids(Read("003")));

    [Fact]
    public void Seed004TablesInOrderThenEmptyTablesFromContents() =>
        Assert.Equal(["B04", "B05", "B14", "B19", "B06", "B15", "B16", "B17", "B18", .. Enumerable.Repeat("B16", 9), "B08", "B11", "B12", "B07"],
            Ids(Read("004")));

    [Fact]
    public void PrintedNumbersAreKept()
    {
        Assert.Equal(["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九"], Read("000").Tables.Take(9).Select(t => t.PrintedNumber));
        Assert.Equal("表 10", Read("001").Table(TableId.B07)!.PrintedNumber);
        Assert.Equal("表8", Read("004").Table(TableId.B06)!.PrintedNumber);
    }

    [Fact]
    public void Seed000Info()
    {
        var info = Read("000").Info;
        Assert.Equal("乌尔禾区医疗保障局", info.Entity);
        Assert.Equal("040002", info.EntityCode);
        Assert.Equal(DocumentLevel.Unit, info.Level);
        Assert.Equal(2022, info.Year);
        Assert.Equal(DocumentKind.Budget, info.Kind);
        Assert.Equal("xinjiang-9", info.TemplateId);
    }

    [Fact]
    public void Seed001Info()
    {
        var info = Read("001").Info;
        Assert.Equal("呼图壁县医疗保障局", info.Entity);
        Assert.Null(info.EntityCode);
        Assert.Equal(DocumentLevel.Unit, info.Level);
        Assert.Equal(2024, info.Year);
        Assert.Equal(DocumentKind.Budget, info.Kind);
        Assert.Equal("xinjiang-11", info.TemplateId);
    }

    [Fact]
    public void Seed002Info()
    {
        var info = Read("002").Info;
        Assert.Equal("乌鲁木齐市医疗保障局 2020 年部门预算公开", info.Title);
        Assert.Equal("乌鲁木齐市医疗保障局", info.Entity);
        Assert.Equal(DocumentLevel.Department, info.Level);
        Assert.Equal(2020, info.Year);
        Assert.Equal(DocumentKind.Budget, info.Kind);
        Assert.Equal("xinjiang-9", info.TemplateId);
    }

    [Fact]
    public void Seed003Info()
    {
        var info = Read("003").Info;
        Assert.Equal("克拉玛依市乌尔禾区医保局", info.Entity);
        Assert.Equal(DocumentLevel.Department, info.Level);
        Assert.Equal(2023, info.Year);
        Assert.Equal(DocumentKind.FinalAccounts, info.Kind);
        Assert.Equal("final-9", info.TemplateId);
    }

    [Fact]
    public void Seed004Info()
    {
        var info = Read("004").Info;
        Assert.Equal("榆林市横山区医疗保障局", info.Entity);
        Assert.Equal(DocumentLevel.Department, info.Level);
        Assert.Equal(2022, info.Year);
        Assert.Equal(DocumentKind.Budget, info.Kind);
        Assert.Equal("shaanxi-16", info.TemplateId);
        Assert.Equal(["榆林市横山区医疗保障局（本级机关）", "榆林市横山区医疗保险基金经办中心", "榆林市横山区医疗保障基金安全防控中心"], info.SubUnits);
    }

    [Theory]
    [InlineData("000", "乌尔禾区医疗保障局2022年单位预算公开", true)]
    [InlineData("001", "呼图壁县医疗保障局2024年单位预算公开", true)]
    [InlineData("002", "乌鲁木齐市医疗保障局 2020 年部门预算公开", false)]
    [InlineData("003", "克拉玛依市乌尔禾区医保局 2023 年度部门决算公开说明", false)]
    [InlineData("004", "榆林市横山区医疗保障局 2022 年部门综合预算", false)]
    public void TitleIsTheCoverTitleOrComposedWhenThereIsNone(string seed, string title, bool composed)
    {
        // 000 and 001 print no cover title: "第二部分 2022年单位预算公开表" names a part, not the document.
        var info = Read(seed).Info;
        Assert.Equal(title, info.Title);
        Assert.Equal(composed, info.TitleComposed);
    }

    [Fact]
    public void Seed003FinalAccountsTablesArePublishedSeparately()
    {
        var document = Read("003");
        Assert.True(document.Info.TablesPublishedSeparately);
        Assert.Equal(9, document.Info.SeparatelyPublishedTables.Count);
        Assert.Equal("收入支出决算总表", document.Info.SeparatelyPublishedTables[0]);
        Assert.Equal("国有资本经营预算财政拨款收入支出决算表", document.Info.SeparatelyPublishedTables[^1]);
        Assert.Equal(["F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09"], document.Info.SeparatelyPublishedTableIds.Select(i => i.Value));
        var note = Assert.Single(document.Diagnostics, d => d.Code == "IMPORT-TABLES-SEPARATE");
        Assert.Equal(33, note.Line);
        Assert.Contains("《收入支出决算总表》", note.Message, StringComparison.Ordinal);
        foreach (var seed in new[] { "000", "001", "002", "004" })
        {
            Assert.False(Read(seed).Info.TablesPublishedSeparately);
            Assert.Empty(Read(seed).Info.SeparatelyPublishedTables);
        }
    }

    [Fact]
    public void Seed004Contents()
    {
        var contents = Read("004").Contents;
        Assert.Equal(16, contents.Count);
        Assert.Equal(new TableOfContentsEntry("表9", "2022年部门综合预算政府性基金收支表", true, "本单位无政府基金"), contents[8]);
        Assert.Equal(new TableOfContentsEntry("表1", "2022年部门综合预算收支总表", false, null), contents[0]);
        Assert.Equal(4, contents.Count(c => c.IsEmpty == true));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void UnitsAreWanYuanAndRecognisedTablesHaveDefinitions(string seed)
    {
        var document = Read(seed);
        Assert.All(document.Tables, t => Assert.Equal(Gongkai.Core.Money.AmountUnit.WanYuan, t.AmountUnit));
        Assert.All(document.Tables, t => Assert.NotNull(t.Definition));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "IMPORT-UNKNOWN-TABLE");
    }

    [Fact]
    public void NarrativeSectionsJoinWrappedLines()
    {
        var sections = Read("000").Sections;
        var duties = sections.Single(s => s.Heading == "一、主要职能");
        Assert.Equal(2, duties.Level);
        Assert.Contains("人身意外伤害保险、企事业单位补充医疗保险", duties.Text, StringComparison.Ordinal);
        Assert.Contains(sections, s => s.Heading == "第四部分 名词解释" && s.Level == 1);
        Assert.Contains(sections, s => s.Heading == "（一）机关运行经费情况" && s.Level == 3);
        // 001 wraps headings too: "…收支预算情况的" + "总体说明".
        var summary = Read("001").Sections.Single(s => s.Heading == "一、关于呼图壁县医疗保障局 2024 年收支预算情况的总体说明");
        Assert.StartsWith("按照全口径预算的原则，呼图壁县医疗保障局 2024 年所有收入和支出均纳入单位预算管理。收支总预算 527.32万元。", summary.Text, StringComparison.Ordinal);
        Assert.Contains(Read("001").Sections, s => s.Heading == "（五）其他需说明的事项" && s.Level == 3);
    }
}
