using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.CrossDocument;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.CrossDocument;

/// <summary>The cross-document rules (X-R01…X-R04) on small documents built in code, each passing and failing.</summary>
public sealed partial class CrossDocumentRuleTests
{
    private const string Entity = "某市医疗保障局";

    private static DisclosureDocument Doc(string source, int year, DocumentKind kind, IReadOnlyList<DisclosureTable>? tables,
        params (string Heading, string Text)[] sections) => new()
    {
        Source = source,
        Format = "text",
        Info = new DocumentInfo { Entity = Entity, Year = year, Kind = kind },
        Tables = tables ?? [],
        Sections = sections.Select((s, i) => new NarrativeSection { Heading = s.Heading, Level = 2, Text = s.Text, Line = 100 + i }).ToList(),
    };

    private static DisclosureTable B03(decimal total, decimal basic, decimal project, decimal item) =>
        new TableBuilder(TableId.B03, "支出总体情况表", "表三")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Total(total, basic, project)
            .Row("210", "卫生健康支出", total, basic, project)
            .Row("21015", "医疗保障管理事务", total, basic, project)
            .Row("2101501", "行政运行", item, basic, item - basic)
            .Build();

    private static List<Finding> Run(ICrossDocumentRule rule, DisclosureDocument later, params DisclosureDocument[] others) =>
        rule.Evaluate(new CrossDocumentContext(later, others, RuleOptions.Default)).ToList();

    [Fact]
    public void EntityMatch_ByCodeOrNormalisedName()
    {
        static DocumentInfo I(string? name, string? code = null) => new() { Entity = name, EntityCode = code };
        Assert.True(EntityMatch.SameEntity(I("乌尔禾区医疗保障局"), I("克拉玛依市乌尔禾区医保局")));
        Assert.True(EntityMatch.SameEntity(I("某局", "040002"), I("另一个名字", "040002")));
        Assert.True(EntityMatch.SameEntity(I(" 某市 医疗保障局（本级）"), I("某市医疗保障局")));
        Assert.False(EntityMatch.SameEntity(I("某局", "040002"), I("某局", "040003")));
        Assert.False(EntityMatch.SameEntity(I("乌尔禾区医疗保障局"), I("呼图壁县医疗保障局")));
        Assert.False(EntityMatch.SameEntity(I(null), I(null)));
        Assert.False(EntityMatch.SameEntity(I("局"), I("某局")));
    }

    [Fact]
    public void PriorYearChange_AgreesWithPriorBudgetTable()
    {
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, [B03(120.00m, 49.15m, 70.85m, 60.00m)]);
        var later = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算情况说明", "基本支出 51.1 万元，占41.48 %，比上年预算增加1.95万元，增长3.97%。"));
        Assert.Empty(Run(new PriorYearChangeRule(), later, prior));
    }

    [Fact]
    public void PriorYearChange_DisagreesWithPriorBudgetTable()
    {
        var prior = Doc("dir/2021.txt", 2021, DocumentKind.Budget, [B03(120.00m, 50.00m, 70.00m, 60.00m)]);
        var later = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算情况说明", "基本支出 51.1 万元，占41.48 %，比上年预算增加1.95万元，增长3.97%。"));
        var f = Assert.Single(Run(new PriorYearChangeRule(), later, prior));
        Assert.Equal("X-R01", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(FindingCategory.NarrativeVsTable, f.Category);
        Assert.Equal(1.95m, f.Actual);
        Assert.Equal(1.10m, f.Expected);
        Assert.Equal(100, f.Line);
        Assert.Contains("比上年预算增加1.95万元", f.Quote, StringComparison.Ordinal);
        Assert.Contains("《2021.txt》", f.Message, StringComparison.Ordinal);
        Assert.Contains("49.15", f.Message, StringComparison.Ordinal);
        var related = Assert.IsType<FindingEvidence>(f.Related);
        Assert.Equal("dir/2021.txt", related.Source);
        Assert.Equal("B03", related.Table);
        Assert.Equal("合计", related.Row);
        Assert.Equal("基本支出", related.Column);
        Assert.Equal(50.00m, related.Value);
    }

    [Fact]
    public void PriorYearChange_ImpliedBaseIsAWarningAndWithinRoundingIsSilent()
    {
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, [B03(120.00m, 50.00m, 70.00m, 60.00m)]);
        var implied = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算", "基本支出 51.1 万元，较上年增加1.95万元。"));
        Assert.Equal(Severity.Warning, Assert.Single(Run(new PriorYearChangeRule(), implied, prior)).Severity);
        // 51.1 − 1.1 = 50.0 against 50.00: equal at the printed precision.
        var rounded = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算", "基本支出 51.1 万元，比上年预算增加1.1万元。"));
        Assert.Empty(Run(new PriorYearChangeRule(), rounded, prior));
    }

    [Fact]
    public void PriorYearChange_RateOnlyIsRecomputedFromThePriorFigure()
    {
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, [B03(120.00m, 50.00m, 70.00m, 60.00m)]);
        var good = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算", "项目支出 77.00 万元，比上年预算增长10.00%。"));
        Assert.Empty(Run(new PriorYearChangeRule(), good, prior));
        var bad = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算", "项目支出 77.00 万元，比上年预算增长12.00%。"));
        var f = Assert.Single(Run(new PriorYearChangeRule(), bad, prior));
        Assert.Equal(12.00m, f.Actual);
        Assert.Equal(10.00m, f.Expected);
    }

    [Fact]
    public void PriorYearChange_ItemByCodeAndZeroBaseConvention()
    {
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, [B03(120.00m, 50.00m, 70.00m, 0m)]);
        // 行政运行 was 0 the year before: 增长100% is the convention, and 48.3 − 48.3 = 0 agrees.
        var later = Doc("2022.txt", 2022, DocumentKind.Budget, null,
            ("五、具体使用情况", "卫生健康支出（210）医疗保障管理事务（15）行政运行（01）:2022年预算数为48.3万元，比上年预算增加48.3万元，增长100%。"));
        Assert.Empty(Run(new PriorYearChangeRule(), later, prior));
        var wrong = Doc("2022.txt", 2022, DocumentKind.Budget, null,
            ("五、具体使用情况", "卫生健康支出（210）医疗保障管理事务（15）行政运行（01）:2022年预算数为48.3万元，比上年预算增加0.57万元，增长1.02%。"));
        var f = Assert.Single(Run(new PriorYearChangeRule(), wrong, prior));
        Assert.Equal("2101501", f.Related!.Row);
    }

    [Fact]
    public void PriorYearChange_FromThePriorText_WhenNoTableHoldsTheSubject()
    {
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, null, ("（一）机关运行经费情况", "机关运行经费财政拨款预算8.42万元。"));
        var good = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("（一）机关运行经费情况", "机关运行经费财政拨款预算8.45万元，比上年预算增加0.03万元，增长0.36%。"));
        Assert.Empty(Run(new PriorYearChangeRule(), good, prior));
        var bad = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("（一）机关运行经费情况", "机关运行经费财政拨款预算8.45万元，比上年预算增加0.45万元，增长5.63%。"));
        var f = Assert.Single(Run(new PriorYearChangeRule(), bad, prior));
        Assert.Null(f.Related!.Table);
        Assert.Equal("（一）机关运行经费情况", f.Related.Section);
        Assert.Contains("8.42", f.Related.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorYearChange_ExecutionBaseNeedsThePriorFinalAccount()
    {
        var priorBudget = Doc("2019-budget.txt", 2019, DocumentKind.Budget, [B03(100.00m, 20.00m, 80.00m, 60.00m)]);
        var priorFinal = Doc("2019-final.txt", 2019, DocumentKind.FinalAccounts, [FinalF03(726.38m)]);
        var later = Doc("2020.txt", 2020, DocumentKind.Budget, null,
            ("三、支出预算", "基本支出 1265.67 万元，比上年执行数增加 539.29 万元，增长 74.24%。"));
        Assert.Empty(Run(new PriorYearChangeRule(), later, priorBudget)); // the base is the 执行数, not the budget
        Assert.Empty(Run(new PriorYearChangeRule(), later, priorBudget, priorFinal));
        var off = Doc("2019-final.txt", 2019, DocumentKind.FinalAccounts, [FinalF03(700.00m)]);
        var f = Assert.Single(Run(new PriorYearChangeRule(), later, off));
        Assert.Equal("F03", f.Related!.Table);
        Assert.Contains("上年决算《2019-final.txt》", f.Message, StringComparison.Ordinal);
    }

    private static DisclosureTable FinalF03(decimal basic) => new TableBuilder(TableId.F03, "支出决算表", "表三")
        .Column("本年支出合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
        .Total(basic + 10m, basic, 10m)
        .Build();

    [Fact]
    public void PriorYearColumn_PrintedPriorBudgetAgainstThePriorDocument()
    {
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, [B03(120.00m, 50.00m, 70.00m, 60.00m)]);
        DisclosureTable Later(decimal priorItem) => new TableBuilder(TableId.B03, "支出总体情况表", "表三")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project).Column("上年预算数", null)
            .Total(130.00m, 55.00m, 75.00m, 120.00m)
            .Row("2101501", "行政运行", 65.00m, 55.00m, 10.00m, priorItem)
            .Build();
        Assert.True(PriorYearColumnRule.IsPriorYearColumn("上年预算数"));
        Assert.True(PriorYearColumnRule.IsPriorYearColumn("2021年 上年执行数"));
        Assert.False(PriorYearColumnRule.IsPriorYearColumn("上年结转"));
        Assert.False(PriorYearColumnRule.IsPriorYearColumn("本年预算数"));
        Assert.Empty(Run(new PriorYearColumnRule(), Doc("2022.txt", 2022, DocumentKind.Budget, [Later(60.00m)]), prior));
        var f = Assert.Single(Run(new PriorYearColumnRule(), Doc("2022.txt", 2022, DocumentKind.Budget, [Later(61.00m)]), prior));
        Assert.Equal("X-R02", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("B03", f.Table);
        Assert.Equal("2101501", f.Row);
        Assert.Equal("上年预算数", f.Column);
        Assert.Equal(61.00m, f.Actual);
        Assert.Equal(60.00m, f.Expected);
        Assert.Equal("2101501", f.Related!.Row);
        Assert.Equal("合计", f.Related.Column);
    }

    private static DisclosureDocument Budget2023(decimal item, decimal threePublic) => Doc("2023-budget.txt", 2023, DocumentKind.Budget,
    [
        new TableBuilder(TableId.B05, "一般公共预算支出表", "表五")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Total(150.00m, 120.00m, 30.00m)
            .Row("2101501", "行政运行", item, 60.00m, item - 60.00m)
            .Build(),
        new TableBuilder(TableId.B07, "“三公”经费支出表", "表七")
            .Column("合计", ColumnKey.Total).Column("因公出国（境）费", ColumnKey.Abroad).Column("公务用车购置及运行费", ColumnKey.VehicleSubtotal)
            .Column("公务用车购置费", ColumnKey.VehiclePurchase).Column("公务用车运行费", ColumnKey.VehicleOperation).Column("公务接待费", ColumnKey.Reception)
            .Total(threePublic, 0m, 12.00m, 0m, 12.00m, threePublic - 12.00m)
            .Build(),
    ]);

    private static DisclosureDocument Final2023(string text) => FinalAccountsSample.Consistent() with
    {
        Source = "2023-final.txt",
        Info = FinalAccountsSample.Consistent().Info with { Entity = Entity },
        Sections = [new NarrativeSection { Heading = "五、一般公共预算财政拨款支出决算情况说明", Level = 2, Text = text, Line = 7 }],
    };

    [Fact]
    public void BudgetFigure_StatedBudgetAndF07AgainstTheBudget()
    {
        var final = Final2023("卫生健康支出（210）医疗保障管理事务（15）行政运行（01）:年初预算为 100.00 万元，支出决算为 90.00 万元，完成年初预算的 90.00%。");
        Assert.Empty(Run(new BudgetFigureRule(), final, Budget2023(100.00m, 20.00m)));
        var findings = Run(new BudgetFigureRule(), final, Budget2023(95.00m, 22.00m));
        var claim = Assert.Single(findings, f => f.Category == FindingCategory.NarrativeVsTable);
        Assert.Equal("X-R03", claim.RuleId);
        Assert.Equal(Severity.Warning, claim.Severity);
        Assert.Equal(100.00m, claim.Actual);
        Assert.Equal(95.00m, claim.Expected);
        Assert.Equal("B05", claim.Related!.Table);
        var table = Assert.Single(findings, f => f.Category == FindingCategory.CrossTable && f.Column == "合计");
        Assert.Equal("F07", table.Table);
        Assert.Equal(20.00m, table.Actual);
        Assert.Equal(22.00m, table.Expected);
        Assert.Equal("B07", table.Related!.Table);
        Assert.Contains(findings, f => f.Column == "公务接待费" && f.Actual == 8.00m && f.Expected == 10.00m);
        // Not applied to a budget, nor without the same year's budget.
        Assert.Empty(Run(new BudgetFigureRule(), Budget2023(95.00m, 22.00m), final));
        Assert.Empty(Run(new BudgetFigureRule(), final, Budget2023(95.00m, 22.00m) with { Info = new DocumentInfo { Entity = Entity, Year = 2022, Kind = DocumentKind.Budget } }));
    }

    [Fact]
    public void VarianceAgainstBudget_RatesWithoutAStatedBudget()
    {
        var good = Final2023("行政运行（2101501）决算数为 90.00 万元，完成年初预算的 90.00%，预决算差异率 -10.00%。");
        Assert.Empty(Run(new VarianceAgainstBudgetRule(), good, Budget2023(100.00m, 20.00m)));
        var findings = Run(new VarianceAgainstBudgetRule(), good, Budget2023(120.00m, 20.00m));
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Actual == -10.00m && f.Expected == -25.00m && f.Severity == Severity.Warning);
        Assert.Contains(findings, f => f.Actual == 90.00m && f.Expected == 75.00m);
        Assert.All(findings, f => Assert.Equal("X-R04", f.RuleId));
        // A stated budget is F-R28's and X-R03's business.
        var stated = Final2023("行政运行（2101501）年初预算为 100.00 万元，决算数为 90.00 万元，预决算差异率 -10.00%。");
        Assert.Empty(Run(new VarianceAgainstBudgetRule(), stated, Budget2023(120.00m, 20.00m)));
    }

    [Fact]
    public void Run_GroupsByEntityAndPutsFindingsOnTheLaterDocument()
    {
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, [B03(120.00m, 50.00m, 70.00m, 60.00m)]);
        var later = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算", "基本支出 51.1 万元，比上年预算增加1.95万元，增长3.97%。"));
        var stranger = later with { Source = "other.txt", Info = later.Info with { Entity = "另一个县财政局" } };
        var results = CrossDocumentRules.Run([prior, later, null, stranger]);
        Assert.Empty(results[0]);
        Assert.Single(results[1]);
        Assert.Empty(results[2]);
        Assert.Empty(results[3]);
        var reports = CrossDocumentCheck.Apply(
        [
            new CheckReport { Source = "2022.txt", Document = later },
            new CheckReport { Source = "2021.txt", Document = prior },
        ]);
        Assert.Equal("X-R01", Assert.Single(reports[0].Findings).RuleId);
        Assert.Empty(reports[1].Findings);
        var single = new CheckReport { Source = "2022.txt", Document = later };
        Assert.Same(single, Assert.Single(CrossDocumentCheck.Apply([single])));
    }

    [GeneratedRegex(@"^X-R\d{2}$")]
    private static partial Regex IdPattern();

    [Fact]
    public void Catalogue_IdsUniqueTitlesAndMessagesChinese()
    {
        var ids = CrossDocumentRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        var types = typeof(ICrossDocumentRule).Assembly.GetTypes()
            .Where(t => typeof(ICrossDocumentRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
        Assert.Equal(types.Count, CrossDocumentRules.All.Count);
        foreach (var rule in CrossDocumentRules.All)
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.Title);
            var messages = rule.GetType().GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)).ToList();
            Assert.NotEmpty(messages);
            Assert.All(messages, m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)m.GetRawConstantValue()!));
        }
    }

    [Fact]
    public void Units_TextInWanYuanAgainstATableInYuan()
    {
        var table = new TableBuilder(TableId.B03, "支出总体情况表", "表三")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Unit(AmountUnit.Yuan)
            .Total(1_200_000.00m, 491_500.00m, 708_500.00m)
            .Build();
        var prior = Doc("2021.txt", 2021, DocumentKind.Budget, [table]);
        var later = Doc("2022.txt", 2022, DocumentKind.Budget, null, ("三、支出预算", "基本支出 51.10 万元，比上年预算增加1.95万元。"));
        Assert.Empty(Run(new PriorYearChangeRule(), later, prior));
    }
}
