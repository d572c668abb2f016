using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Completeness;
using Gongkai.Core.Rules.Values;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Rules;

/// <summary>Passing and failing cases of the completeness rules (D-R01, D-R03, D-R04, G4, G5, G6, B-R25).</summary>
public class CompletenessRuleTests
{
    private static GeneratedDisclosure Find(Func<DisclosureDocument, bool> wanted) =>
        Enumerable.Range(0, 400).Select(DisclosureGenerator.Budget).First(g => wanted(g.Document));

    private static List<Finding> Run(IRule rule, GeneratedDisclosure g, DisclosureDocument? d = null) => rule.Evaluate(g.Context(d)).ToList();

    [Fact]
    public void RequiredTables_AllPresent_NoFinding() => Assert.Empty(Run(new RequiredTablesRule(), Find(_ => true)));

    [Fact]
    public void RequiredTables_MissingTable_IsError()
    {
        var g = Find(_ => true);
        var d = DocumentEdits.Replace(g.Document, TableId.B09, _ => null);
        var f = Assert.Single(Run(new RequiredTablesRule(), g, d));
        Assert.Equal("B09", f.Table);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(RuleFormat(RequiredTablesRule.MissingMessage, "B09", "国有资本经营预算支出表", g.Template.Name), f.Message);
    }

    [Fact]
    public void RequiredTables_OptionalTableMissing_NoFinding()
    {
        var g = Find(_ => true);
        var template = g.Template with { Tables = g.Template.Tables.Select(t => t.Id == TableId.B09 ? t with { Required = false } : t).ToList() };
        var d = DocumentEdits.Replace(g.Document, TableId.B09, _ => null);
        Assert.Empty(new RequiredTablesRule().Evaluate(g.Context(d) with { Template = template }));
    }

    [Fact]
    public void RequiredTables_NoTemplate_DoesNotApply()
    {
        var g = Find(_ => true);
        var d = DocumentEdits.Replace(g.Document, TableId.B09, _ => null);
        Assert.Empty(new RequiredTablesRule().Evaluate(g.Context(d) with { Template = null }));
    }

    [Fact]
    public void RequiredTables_OutOfOrder_IsWarning()
    {
        var g = Find(_ => true);
        var tables = g.Document.Tables.ToList();
        (tables[1], tables[2]) = (tables[2], tables[1]);
        var f = Assert.Single(Run(new RequiredTablesRule(), g, g.Document with { Tables = tables }));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("B02", f.Table);
    }

    [Fact]
    public void DetailLevel_TransposedThreePublicTable_SplitByRows_NoFinding()
    {
        var b07 = new TableBuilder(TableId.B07, "财政拨款“三公”经费支出情况表", "表10")
            .Column("合计", ColumnKey.Total).Column("一般公共预算", ColumnKey.GeneralBudget)
            .Plain("合计", RowKind.Total, 1.6m, 1.6m)
            .Plain("因公出国（境）费", RowKind.Line, 0m, 0m)
            .Plain("公务用车购置费", RowKind.Line, 0m, 0m)
            .Plain("公务用车运行费", RowKind.Line, 1.6m, 1.6m)
            .Build();
        var d = new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [b07] };
        Assert.Empty(new DetailLevelRule().Evaluate(new RuleContext(d, EmbeddedCatalogueProvider.Default, RuleOptions.Default)));
    }

    [Fact]
    public void RequiredTables_ExplanationOnlyFile_OneWarning()
    {
        var g = Find(_ => true);
        var other = new TableBuilder(TableId.P01, "项目支出绩效自评表").Column("分值", null).Build();
        var d = g.Document with { Tables = [other] };
        var f = Assert.Single(Run(new RequiredTablesRule(), g, d));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Null(f.Table);
    }

    [Fact]
    public void EmptyTable_ReasonInContents_Suffices()
    {
        var g = Find(d => d.Table(TableId.B08)!.IsEmpty && d.Contents.Count > 0);
        var d = DocumentEdits.Replace(g.Document, TableId.B08, t => t with { EmptyNote = null });
        d = d with { Sections = [] };
        Assert.Empty(Run(new EmptyTableConsistencyRule(), g, d));
    }

    [Fact]
    public void PerformanceTables_AreNotEmptyTables()
    {
        var b16 = new TableBuilder(TableId.B16, "项目支出绩效目标表").Column("指标值", null).Plain("数量指标", RowKind.Line, (decimal?)null).Build();
        var d = new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [b16] };
        Assert.Empty(new EmptyTableConsistencyRule().Evaluate(new RuleContext(d, EmbeddedCatalogueProvider.Default, RuleOptions.Default)));
    }

    [Fact]
    public void ZeroGrandTotal_IsError()
    {
        var g = Find(_ => true);
        Assert.Empty(Run(new ZeroGrandTotalRule(), g));
        var b01 = g.Document.Table(TableId.B01)!;
        var row = b01.RowByKey(SummaryRowKeys.IncomeGrandTotal)!;
        var d = DocumentEdits.SetCell(g.Document, b01, row, 0, new CellValue(0m, 2));
        var f = Assert.Single(Run(new ZeroGrandTotalRule(), g, d));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(SummaryRowKeys.IncomeGrandTotal, f.Row);
    }

    [Fact]
    public void EmptyTable_WithNote_NoFinding_WithoutNote_Finding()
    {
        var g = Find(d => d.Table(TableId.B08)!.IsEmpty && d.Contents.Count == 0 && d.Sections.All(s => !s.Text.Contains("空表", StringComparison.Ordinal)));
        Assert.Empty(Run(new EmptyTableConsistencyRule(), g));
        var d = DocumentEdits.Replace(g.Document, TableId.B08, t => t with { EmptyNote = null });
        var f = Assert.Single(Run(new EmptyTableConsistencyRule(), g, d));
        Assert.Equal("B08", f.Table);
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void EmptyTable_ReasonInExplanation_Suffices()
    {
        var g = Find(d => d.Table(TableId.B08)!.IsEmpty);
        var d = DocumentEdits.Replace(g.Document, TableId.B08, t => t with { EmptyNote = null });
        d = d with
        {
            Sections = [.. d.Sections, new NarrativeSection { Heading = "（九）政府性基金预算情况", Level = 3, Text = "本单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。" }],
        };
        Assert.Empty(Run(new EmptyTableConsistencyRule(), g, d));
    }

    [Fact]
    public void NonEmptyTable_WithEmptyNote_Finding()
    {
        var g = Find(_ => true);
        var d = DocumentEdits.Replace(g.Document, TableId.B03, t => t with { EmptyNote = "注：此表为空表。" });
        var f = Assert.Single(Run(new EmptyTableConsistencyRule(), g, d));
        Assert.Equal("B03", f.Table);
    }

    [Fact]
    public void ContentsReasons_PresentForEmptyTables_NoFinding_MissingReason_Finding()
    {
        var g = Find(d => d.Contents.Count > 0 && d.Table(TableId.B09)!.IsEmpty);
        Assert.Empty(Run(new EmptyTableReasonInContentsRule(), g));
        var contents = g.Document.Contents.Select(e => e.Title == "国有资本经营预算支出情况表" ? e with { EmptyReason = null } : e).ToList();
        var f = Assert.Single(Run(new EmptyTableReasonInContentsRule(), g, g.Document with { Contents = contents }));
        Assert.Equal("B09", f.Table);
        Assert.Equal(RuleFormat(EmptyTableReasonInContentsRule.NoReasonMessage, "表九", "国有资本经营预算支出情况表"), f.Message);
        var unmarked = g.Document.Contents.Select(e => e.Title == "国有资本经营预算支出情况表" ? e with { IsEmpty = false } : e).ToList();
        Assert.Single(Run(new EmptyTableReasonInContentsRule(), g, g.Document with { Contents = unmarked }));
    }

    [Fact]
    public void ContentsWithoutEmptyColumn_DoesNotApply()
    {
        var g = Find(d => d.Contents.Count > 0 && d.Table(TableId.B09)!.IsEmpty);
        var contents = g.Document.Contents.Select(e => e with { IsEmpty = null, EmptyReason = null }).ToList();
        Assert.Empty(Run(new EmptyTableReasonInContentsRule(), g, g.Document with { Contents = contents }));
    }

    [Fact]
    public void DetailLevel_GeneratedIsDetailed()
    {
        for (var seed = 0; seed < 20; seed++) Assert.Empty(Run(new DetailLevelRule(), DisclosureGenerator.Budget(seed)));
    }

    [Fact]
    public void DetailLevel_FunctionClassWithoutItems_Finding()
    {
        var g = Find(_ => true);
        var d = DocumentEdits.Replace(g.Document, TableId.B05, t => t with { Rows = t.Rows.Where(r => r.Kind != RowKind.Item).ToList() });
        var findings = Run(new DetailLevelRule(), g, d);
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal("B05", f.Table);
            Assert.Contains("未细化到项级科目", f.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DetailLevel_EconomicClassWithoutSections_Finding()
    {
        var g = Find(_ => true);
        var d = DocumentEdits.Replace(g.Document, TableId.B06, t => t with { Rows = t.Rows.Where(r => r.Kind != RowKind.Section).ToList() });
        var findings = Run(new DetailLevelRule(), g, d);
        Assert.Contains(findings, f => f.Table == "B06" && f.Row == "301" && f.Message.Contains("款级", StringComparison.Ordinal));
    }

    [Fact]
    public void DetailLevel_VehicleNotSplit_Finding()
    {
        var g = Find(_ => true);
        // Only 公务用车购置及运行费 printed, without its 购置费 / 运行费 split.
        var d = DocumentEdits.Replace(g.Document, TableId.B07, t =>
        {
            var keep = Enumerable.Range(0, t.Columns.Count)
                .Where(i => t.Columns[i].Key != ColumnKey.VehiclePurchase && t.Columns[i].Key != ColumnKey.VehicleOperation).ToList();
            return t with
            {
                Columns = keep.Select(i => t.Columns[i]).ToList(),
                Rows = t.Rows.Select(r => r with { Values = keep.Select(i => r.Values[i]).ToList() }).ToList(),
            };
        });
        var f = Assert.Single(Run(new DetailLevelRule(), g, d));
        Assert.Equal("B07", f.Table);
    }

    [Fact]
    public void RequiredChapters_Present_NoFinding_Missing_Finding()
    {
        var g = Find(_ => true);
        Assert.Empty(Run(new RequiredChaptersRule(), g));
        var d = g.Document with { Sections = g.Document.Sections.Where(s => !s.Heading.Contains("名词解释", StringComparison.Ordinal)).ToList() };
        var f = Assert.Single(Run(new RequiredChaptersRule(), g, d));
        Assert.Equal("glossary", f.Row);
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void RequiredChapters_BadPattern_DoesNotThrow()
    {
        var g = Find(_ => true);
        var template = g.Template with { RequiredChapters = [new ChapterRequirementAlias("x", "坏模式", ["([未闭合"]).Value] };
        var f = Assert.Single(new RequiredChaptersRule().Evaluate(g.Context() with { Template = template }));
        Assert.Equal("x", f.Row);
    }

    [Fact]
    public void NegativeValues_Warning()
    {
        var g = Find(_ => true);
        Assert.Empty(Run(new NegativeValuesRule(), g));
        var d = DocumentEdits.Add(g.Document, TableId.B03, r => r.Kind == RowKind.Item, ColumnKey.Basic, -1_000_000m);
        var f = Assert.Single(Run(new NegativeValuesRule(), g, d));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("基本支出", f.Column);
    }

    private static string RuleFormat(string template, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);

    private sealed record ChapterRequirementAlias(string Id, string Name, string[] Patterns)
    {
        public Gongkai.Core.Templates.ChapterRequirement Value => new(Id, Name, Patterns);
    }
}
