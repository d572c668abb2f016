using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Rules;

/// <summary>Odd data never makes a rule throw: missing tables, columns or rows mean the rule does not apply.</summary>
public class RuleRobustnessTests
{
    private static IReadOnlyList<Finding> Run(DisclosureDocument d, TemplateDefinition? template = null) =>
        RuleEngine.Run(new RuleContext(d, EmbeddedCatalogueProvider.Default, RuleOptions.Default) { Template = template });

    private static void AssertNoCrash(IReadOnlyList<Finding> findings) =>
        Assert.DoesNotContain(findings, f => f.Message.Contains("执行出错", StringComparison.Ordinal));

    [Fact]
    public void EmptyDocument_NoFindings()
    {
        var d = new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [] };
        Assert.Empty(Run(d, DisclosureGenerator.Budget(0).Template));
    }

    [Fact]
    public void RaggedRowsAndUnknownColumns_DoNotThrow()
    {
        var table = new DisclosureTable
        {
            Id = TableId.B03,
            Title = "支出总表",
            Columns = [new TableColumn("合计", ColumnKey.Total), new TableColumn("基本支出", ColumnKey.Basic), new TableColumn("项目支出", ColumnKey.Project), new TableColumn("备注", null)],
            Rows =
            [
                new TableRow { Code = "210", Name = "卫生健康支出", Kind = RowKind.Class, Values = [CellValue.Of(1m)] },
                new TableRow { Code = null, Name = "合计", Kind = RowKind.Total, Values = [] },
                new TableRow { Code = "21011", Name = "x", Kind = RowKind.Section, Values = [CellValue.Of(1m), CellValue.Of(2m), CellValue.Of(3m), CellValue.Of(4m), CellValue.Of(5m)] },
                new TableRow { Code = "2101101", Name = "y", Kind = RowKind.Project, Values = [CellValue.Blank] },
            ],
            Definition = new TemplateTableDefinition
            {
                Id = TableId.B03, Name = "部门支出总表", TitlePatterns = [], RowAxis = TableRowAxis.FunctionClassification, Columns = [],
                ColumnIdentities = [new ColumnIdentity(ColumnKey.Total, [ColumnKey.Basic, new ColumnKey("Nope")])],
                RowIdentities = [new RowIdentity("Missing", ["AlsoMissing"])],
            },
        };
        var b04 = new DisclosureTable
        {
            Id = TableId.B04,
            Title = "财政拨款收支总表",
            Columns = [new TableColumn("预算数", ColumnKey.Total), new TableColumn("预算数", ColumnKey.Total)],
            Rows = [new TableRow { Name = "收入总计", Kind = RowKind.Line, Key = SummaryRowKeys.IncomeGrandTotal, Values = [CellValue.Of(5m)] }],
        };
        var d = new DisclosureDocument
        {
            Source = "x",
            Format = "text",
            Info = new DocumentInfo(),
            Tables = [table, table, b04, new DisclosureTable { Id = null, Title = "未识别", Columns = [], Rows = [] }],
            Contents = [new TableOfContentsEntry(null, "", true, null)],
        };
        var findings = Run(d, DisclosureGenerator.Budget(1).Template);
        AssertNoCrash(findings);
    }

    [Fact]
    public void TablesWithoutDefinitions_UseStandardIdentitiesOnlyWhenColumnsFit()
    {
        // B03 with an unrecognised extra column (上缴上级支出 without a key): 合计 ≠ 基本 + 项目 is not asserted.
        var table = new TableBuilder(TableId.B03, "支出总表", "表三")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project).Column("上缴上级支出", null)
            .Row("210", "卫生健康支出", 10m, 4m, 5m, 1m)
            .Build();
        var d = new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [table] };
        Assert.DoesNotContain(Run(d), f => f.RuleId == "B-R07");
    }

    [Fact]
    public void TotalColumnBlankThroughout_IsNotAsserted()
    {
        // Seed 004 表5 prints its 合计 column empty on every row: the identity has nothing to compare.
        var table = new TableBuilder(TableId.B05, "一般公共预算支出表", "表5")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Total(null, 10m, 5m)
            .Row("210", "卫生健康支出", null, 10m, 5m)
            .Build();
        var d = new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [table] };
        Assert.DoesNotContain(Run(d), f => f.Category is FindingCategory.ColumnIdentity or FindingCategory.RowSum);
    }

    [Fact]
    public void SummaryTableReadWithoutColumnSides_UsesFirstColumnForIncomeAndSecondForExpenditure()
    {
        DisclosureDocument B01(decimal expenditureTotal) => new()
        {
            Source = "x",
            Format = "text",
            Info = new DocumentInfo(),
            Tables =
            [
                new TableBuilder(TableId.B01, "收支总表", "表一")
                    .Column("预算数", ColumnKey.Total).Column("预算数", ColumnKey.Total)
                    .Line(SummaryRowKeys.IncomeGrandTotal, "收入总计", TableSide.Income, 100m, null)
                    .Line(SummaryRowKeys.ExpenditureGrandTotal, "支出总计", TableSide.Expenditure, null, expenditureTotal)
                    .Build(),
            ],
        };
        var rule = BuiltInRules.All.Single(r => r.Id == "B-R01");
        Assert.Empty(rule.Evaluate(new RuleContext(B01(100m), EmbeddedCatalogueProvider.Default, RuleOptions.Default)));
        var f = Assert.Single(rule.Evaluate(new RuleContext(B01(90m), EmbeddedCatalogueProvider.Default, RuleOptions.Default)));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void IncomeTableWithFiscalSubtotal_StandardIdentities()
    {
        DisclosureDocument B02(decimal fiscal) => new()
        {
            Source = "x",
            Format = "text",
            Info = new DocumentInfo(),
            Tables =
            [
                new TableBuilder(TableId.B02, "收入总表", "表二")
                    .Column("合计", ColumnKey.Total).Column("财政拨款", ColumnKey.FiscalSubtotal).Column("一般公共预算", ColumnKey.GeneralBudget)
                    .Column("政府性基金", ColumnKey.GovFund).Column("事业收入", ColumnKey.BusinessIncome)
                    .Row("210", "卫生健康支出", 15m, fiscal, 8m, 2m, 5m)
                    .Build(),
            ],
        };
        Assert.Empty(Run(B02(10m)));
        var findings = Run(B02(11m));
        Assert.Contains(findings, f => f.RuleId == "G2" && f.Column == "财政拨款" && f.Severity == Severity.Error);
    }

    [Fact]
    public void ThreePublicBySource_TotalRowIsSumOfSources()
    {
        DisclosureDocument B07(decimal general) => new()
        {
            Source = "x",
            Format = "text",
            Info = new DocumentInfo(),
            Tables =
            [
                new TableBuilder(TableId.B07, "“三公”经费支出表", "表七")
                    .Column("合计", ColumnKey.Total).Column("因公出国（境）费", ColumnKey.Abroad).Column("公务用车购置及运行费", ColumnKey.VehicleSubtotal)
                    .Column("公务用车购置费", ColumnKey.VehiclePurchase).Column("公务用车运行费", ColumnKey.VehicleOperation).Column("公务接待费", ColumnKey.Reception)
                    .Plain("合计", RowKind.Total, 3m, 0m, 2m, 0m, 2m, 1m)
                    .Plain("一般公共预算", RowKind.Line, general, 0m, general - 1m, 0m, general - 1m, 1m)
                    .Plain("政府性基金", RowKind.Line, 1m, 0m, 1m, 0m, 1m, 0m)
                    .Build(),
            ],
        };
        Assert.Empty(Run(B07(2m)));
        Assert.Contains(Run(B07(3m)), f => f.RuleId == "B-R16" && f.Severity == Severity.Error);
    }

    [Fact]
    public void IncomeTotal_IsSumOfTheRecognisedLinesAboveIt()
    {
        // Seed 002 layout: 财政拨款（补助） over its parts, then 用事业基金弥补收支差额, then 小计 (本年收入合计).
        DisclosureDocument B01(decimal subtotal, string? unkeyed = null)
        {
            var b = new TableBuilder(TableId.B01, "收支总表", "表一")
                .Column("预算数", ColumnKey.Total, TableSide.Income).Column("预算数", ColumnKey.Total, TableSide.Expenditure)
                .Line(SummaryRowKeys.FiscalAppropriation, "财政拨款（补助）", TableSide.Income, 100m, null)
                .Line(SummaryRowKeys.GeneralBudget, "一般公共预算", TableSide.Income, 100m, null)
                .Line(SummaryRowKeys.BusinessIncome, "事业收入", TableSide.Income, 20m, null)
                .Line(SummaryRowKeys.BusinessFundMakeUp, "用事业基金弥补收支差额", TableSide.Income, 5m, null);
            if (unkeyed is not null) b.Line(null!, unkeyed, TableSide.Income, 1m, null);
            b.Line(SummaryRowKeys.CurrentYearIncomeTotal, "小计", TableSide.Income, subtotal, null)
                .Line(SummaryRowKeys.PriorYearCarryover, "单位上年结余", TableSide.Income, 10m, null)
                .Line(SummaryRowKeys.IncomeGrandTotal, "收入总计", TableSide.Income, subtotal + 10m, null);
            return new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [b.Build()] };
        }
        var rule = BuiltInRules.All.Single(r => r.Id == "B-R02");
        IReadOnlyList<Finding> Check(DisclosureDocument d) => rule.Evaluate(new RuleContext(d, EmbeddedCatalogueProvider.Default, RuleOptions.Default)).ToList();
        Assert.Empty(Check(B01(125m)));
        var f = Assert.Single(Check(B01(130m)));
        Assert.Equal(SummaryRowKeys.CurrentYearIncomeTotal, f.Row);
        Assert.DoesNotContain(Check(B01(130m, unkeyed: "未识别的收入行")), x => x.Row == SummaryRowKeys.CurrentYearIncomeTotal);
    }

    [Fact]
    public void ItemWithoutSection_CountsTowardsItsClass()
    {
        // 302213 (a mistyped 30213) printed under 302 without a 款 row of its own still belongs to 302.
        var table = new TableBuilder(TableId.B14, "一般公共预算支出经济分类情况表", "表6")
            .Column("合计", ColumnKey.Total)
            .Total(71.25m)
            .Row("302", "商品和服务支出", 71.25m)
            .Row("30201", "办公费", 32m)
            .Row("302213", "维修维护费", 1.5m)
            .Row("30299", "其他商品和服务支出", 37.75m)
            .Build();
        var d = new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo(), Tables = [table] };
        // The misprinted code itself is the classification rules' business (G3); the sums must hold.
        Assert.DoesNotContain(Run(d), f => f.Category != FindingCategory.ClassificationCode);
    }

    [Fact]
    public void RandomDocumentsWithShuffledRows_DoNotThrow()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var g = DisclosureGenerator.Budget(seed);
            var rnd = new Random(seed);
            var tables = g.Document.Tables.Select(t => t with
            {
                Rows = t.Rows.OrderBy(_ => rnd.Next()).Take(Math.Max(0, t.Rows.Count - rnd.Next(3))).ToList(),
                Columns = rnd.Next(4) == 0 ? t.Columns.Take(Math.Max(1, t.Columns.Count - 1)).ToList() : t.Columns,
            }).ToList();
            AssertNoCrash(Run(g.Document with { Tables = tables }, g.Template));
        }
    }

    [Fact]
    public void Evaluation_IsDeterministic()
    {
        var g = DisclosureGenerator.Budget(5);
        var d = DocumentEdits.Add(g.Document, TableId.B03, r => r.Kind == RowKind.Item, ColumnKey.Basic, 3m);
        var a = RuleEngine.Run(g.Context(d)).Select(f => f.Message).ToList();
        var b = RuleEngine.Run(g.Context(d)).Select(f => f.Message).ToList();
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
    }
}
