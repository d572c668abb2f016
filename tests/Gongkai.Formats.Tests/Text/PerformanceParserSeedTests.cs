using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using static Gongkai.Formats.Tests.Text.SeedDocuments;

namespace Gongkai.Formats.Tests.Text;

/// <summary>The performance tables of the seeds read into the model (PerformanceTableParser), and the 绩效 rules on them.</summary>
public sealed class PerformanceParserSeedTests
{
    private static IReadOnlyList<PerformanceTable> Performance(string seed) => PerformanceTables.Read(Read(seed));

    private static List<Finding> PerformanceFindings(string seed)
    {
        var document = Read(seed);
        document = document with { Performance = PerformanceTables.Read(document) };
        var context = new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default);
        return BuiltInRules.All.Where(r => r.Category == FindingCategory.Performance).SelectMany(r => r.Evaluate(context)).ToList();
    }

    [Fact]
    public void Seed003ProjectSelfEvaluation()
    {
        var table = Performance("003").Single(t => t.ProjectName == "医疗保障宣传及系统运行经费");
        Assert.Equal(PerformanceTableKind.ProjectSelfEvaluation, table.Kind);
        Assert.Equal("乌尔禾区医保局", table.Department);
        Assert.Equal("克拉玛依市乌尔禾区医保局", table.ImplementingUnit);
        var total = table.Fund(PerformanceFundKind.Total)!;
        Assert.Equal(0.25m, total.BudgetAtStart.Value);
        Assert.Equal(0.25m, total.BudgetFull.Value);
        Assert.Equal(0.25m, total.Executed.Value);
        Assert.Equal(10m, total.Weight.Value);
        Assert.Equal(100m, total.RatePercent.Value);
        Assert.Equal(10m, total.Score.Value);
        Assert.Equal(0.25m, table.Fund(PerformanceFundKind.Fiscal)!.Executed.Value);
        Assert.Equal(0m, table.Fund(PerformanceFundKind.CarriedOver)!.BudgetFull.Value);
        Assert.Equal(0m, table.Fund(PerformanceFundKind.Other)!.BudgetAtStart.Value);
        Assert.Equal("保障医保系统正常运转", table.Goal);
        Assert.Equal("为宣传医疗保障政策及维护医保系统正常运行", table.GoalActual);

        Assert.Equal(7, table.Indicators.Count);
        var first = table.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "宣传次数(次)"), (first.Level1, first.Level2, first.Name));
        Assert.Equal((">", 2m, "次"), (first.Target!.Operator, first.Target.Number, first.Target.Unit));
        Assert.Equal(2m, first.Actual!.Number);
        Assert.Equal((20m, 20m), (first.Weight.Value, first.Score.Value));
        var cost = table.Indicators.Single(i => i.Name == "材料价格");
        Assert.Equal(("成本指标", "经济成本指标", "成本"), (cost.Level1, cost.Level2, cost.Family));
        Assert.Equal(("≥", 2000m, "元"), (cost.Target!.Operator, cost.Target.Number, cost.Target.Unit));
        var social = table.Indicators.Single(i => i.Name == "提高群众知晓情况");
        Assert.True(social.Target!.IsQualitative);
        Assert.Equal("有效提高", social.Target.Text);
        Assert.Equal("效益", social.Family);
        // Weights are data: 产出 40 + 成本 20 + 效益 20 + 满意度 10 (+ 执行率 10).
        Assert.Equal(40m, table.Indicators.Where(i => i.Family == "产出").Sum(i => i.Weight.OrZero));
        Assert.Equal(20m, table.Indicators.Where(i => i.Family == "成本").Sum(i => i.Weight.OrZero));
        Assert.Equal(20m, table.Indicators.Where(i => i.Family == "效益").Sum(i => i.Weight.OrZero));
        Assert.Equal(10m, table.Indicators.Where(i => i.Family == "满意度").Sum(i => i.Weight.OrZero));
        Assert.Equal((100m, 100m), (table.TotalWeight.Value, table.TotalScore.Value));
    }

    [Fact]
    public void Seed003SecondProjectAndUnitSelfEvaluation()
    {
        var tables = Performance("003");
        Assert.Equal(3, tables.Count);
        var subsidy = tables.Single(t => t.ProjectName == "城乡居民医疗保险财政补贴");
        var total = subsidy.Fund(PerformanceFundKind.Total)!;
        Assert.Equal((89.00m, 64.20m, 64.20m), (total.BudgetAtStart.Value!.Value, total.BudgetFull.Value!.Value, total.Executed.Value!.Value));
        Assert.Equal(7, subsidy.Indicators.Count);
        Assert.Equal(("≤", 1m, "月"), (subsidy.Indicators[2].Target!.Operator, subsidy.Indicators[2].Target!.Number, subsidy.Indicators[2].Target!.Unit));

        var unit = tables.Single(t => t.Kind == PerformanceTableKind.UnitSelfEvaluation);
        Assert.Equal("克拉玛依市乌尔禾区医保局", unit.ProjectName);
        var sum = unit.Fund(PerformanceFundKind.Total)!;
        Assert.Equal((132.00m, 46.26m, 46.26m, 100.00m),
            (sum.BudgetAtStart.Value!.Value, sum.BudgetFull.Value!.Value, sum.Executed.Value!.Value, sum.RatePercent.Value!.Value));
        Assert.Equal(4, unit.Indicators.Count);
        Assert.All(unit.Indicators, i => Assert.Equal("履职效能", i.Level1));
        Assert.Equal(90m, unit.Indicators.Sum(i => i.Weight.OrZero));
        Assert.Equal(90m, unit.Indicators.Sum(i => i.Score.OrZero));
        Assert.Equal("医保电子凭证激活率", unit.Indicators[0].Name);
        Assert.Equal("医疗机构专项巡查个数", unit.Indicators[1].Name);
        Assert.Equal("数量指标", unit.Indicators[1].Level2);
    }

    [Theory]
    [InlineData(0, "城乡居民医疗保险补贴", "70", 7)]
    [InlineData(1, "医疗保障宣传及系统运行经费", "0.94", 7)]
    [InlineData(2, "长护险补贴", "1.15", 8)]
    public void Seed000TargetTables(int index, string project, string total, int indicators)
    {
        var table = Performance("000")[index];
        Assert.Equal(PerformanceTableKind.ProjectTarget, table.Kind);
        Assert.Equal(project, table.ProjectName);
        Assert.Equal("乌尔禾区医保局", table.ImplementingUnit);
        Assert.Equal(total, table.Fund(PerformanceFundKind.Total)!.Amount.ToString());
        Assert.Equal(total, table.Fund(PerformanceFundKind.Fiscal)!.Amount.ToString());
        Assert.Equal(0m, table.Fund(PerformanceFundKind.Other)!.Amount.Value);
        Assert.Equal(indicators, table.Indicators.Count);
        Assert.Contains(table.Indicators, i => i.Family == "产出");
        Assert.Contains(table.Indicators, i => i.Family == "效益");
        Assert.Contains(table.Indicators, i => i.Family == "满意度");
        Assert.All(table.Indicators, i => Assert.NotNull(i.Level2));
    }

    [Fact]
    public void Seed000LayoutLostIndicatorsKeepTheirLevels()
    {
        var care = Performance("000")[2];
        var count = care.Indicators.Single(i => i.Name == "补贴次数");
        Assert.Equal(("产出指标", "数量指标"), (count.Level1, count.Level2));
        Assert.Equal(("=", 1m, "次"), (count.Target!.Operator, count.Target.Number, count.Target.Unit));
        var standard = care.Indicators.Single(i => i.Name == "人均补贴标准");
        Assert.Equal(("<", 300m, "元"), (standard.Target!.Operator, standard.Target.Number, standard.Target.Unit)); // printed ＜
        Assert.Equal("全面做好医疗保障工作，有效减轻群众就医经济负担，防止城乡居民因病致贫。", care.Goal);
    }

    [Fact]
    public void Seed001WrappedProjectNameIsJoined()
    {
        var table = Performance("001").Single(t => t.Source.Id == TableId.B16);
        Assert.Equal("昌州财社【2023】33号---关于拨付昌吉州州级统筹社会保险扩面征收工作经费", table.ProjectName);
        Assert.Equal("呼图壁县医疗保障局", table.ImplementingUnit);
        Assert.Equal(11.25m, table.Fund(PerformanceFundKind.Total)!.Amount.Value);
        Assert.Equal(11.25m, table.Fund(PerformanceFundKind.Fiscal)!.Amount.Value);
    }

    [Fact]
    public void Seed002And004TargetTables()
    {
        var t002 = Performance("002");
        Assert.Equal(11, t002.Count);
        Assert.Equal("“两险合并”系统运行维护费", t002[0].ProjectName);
        Assert.Equal(10m, t002[0].Fund(PerformanceFundKind.Total)!.Amount.Value);
        Assert.Equal("乌鲁木齐市医疗保障局", t002[0].ImplementingUnit);
        Assert.Contains(t002.SelectMany(t => t.Indicators), i => i.Target?.Text == "30人×6次×0.05万元=9万元");

        var t004 = Performance("004");
        Assert.Equal(12, t004.Count);
        var unit = Assert.Single(t004, t => t.Kind == PerformanceTableKind.UnitTarget);
        Assert.Equal("榆林市横山区医疗保障局", unit.ProjectName);
        var rescue = t004.Single(t => t.ProjectName == "大病医疗救助");
        Assert.Equal("榆林市横山区医疗保障局", rescue.Department);
        Assert.Equal(600m, rescue.Fund(PerformanceFundKind.Total)!.Amount.Value);
        Assert.Equal(600m, rescue.Fund(PerformanceFundKind.Fiscal)!.Amount.Value);
        // B18: the 年度资金总额 column wins over 实施期资金总额.
        var special = t004.Single(t => t.Source.Id == TableId.B18);
        Assert.Equal("年度资金总额", special.Fund(PerformanceFundKind.Total)!.Label);
        Assert.Equal(2321.1m, special.Fund(PerformanceFundKind.Total)!.Amount.Value);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void EverySeedParsesAndTheRulesRun(string seed)
    {
        var document = Read(seed);
        var expected = document.Tables.Count(t => t.Id == TableId.B16 || t.Id == TableId.B17 || t.Id == TableId.B18
            || t.Id == TableId.P01 || t.Id == TableId.P02);
        Assert.Equal(expected, Performance(seed).Count);
        var findings = PerformanceFindings(seed);
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
    }

    [Fact]
    public void Seed003SelfEvaluationsHaveNoPerformanceError()
    {
        // Verified by hand: P01 ×2 sum to 90 + 10 = 100 with 得分 = 分值 everywhere and 执行率 100%; P02 funds add up.
        Assert.DoesNotContain(PerformanceFindings("003"), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Seed000ExplanationStatementIsFoundAndChecked()
    {
        // The seed states 3 个 / 72.09 万元 (= 70 + 0.94 + 1.15); a changed amount must be caught, proving the statement is read.
        var document = Read("000");
        var changed = document with
        {
            Sections = [.. document.Sections.Select(s => s with { Text = s.Text.Replace("72.09", "72.19", StringComparison.Ordinal) })],
        };
        changed = changed with { Performance = PerformanceTables.Read(changed) };
        var findings = new Core.Rules.Performance.ProjectAmountRule()
            .Evaluate(new RuleContext(changed, EmbeddedCatalogueProvider.Default, RuleOptions.Default)).ToList();
        var f = Assert.Single(findings);
        Assert.Equal((72.19m, 72.09m), (f.Actual!.Value, f.Expected!.Value));
        Assert.Contains("3个", f.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownDocumentErrorsAreFound()
    {
        // 000: 3 projects, 72.09 万元 = 70 + 0.94 + 1.15: no finding.
        Assert.DoesNotContain(PerformanceFindings("000"), f => f.RuleId == "P-R04");
        // 002: 10辆×50人×200元/天×7天 is 70万元, not 1.4万元; 0.5万元×8人×12月 is 48万元, not 50万元.
        var cost = PerformanceFindings("002").Where(f => f.RuleId == "P-COST-ARITH").ToList();
        Assert.Equal(2, cost.Count);
        Assert.Contains(cost, f => f.Actual == 1.4m && f.Expected == 70m);
        Assert.Contains(cost, f => f.Actual == 50m && f.Expected == 48m);
        // 004: 实施期资金总额 1662.41 but 财政拨款 1661.41 and 其他资金 blank.
        var funds = Assert.Single(PerformanceFindings("004"), f => f.RuleId == "P-R03");
        Assert.Equal((1662.41m, 1661.41m), (funds.Actual!.Value, funds.Expected!.Value));
    }
}
