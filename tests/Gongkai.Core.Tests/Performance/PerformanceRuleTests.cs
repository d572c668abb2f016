using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Performance;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Tests.Performance;

/// <summary>Each 绩效 rule passing and failing on tables built in code (rows as the recogniser gives them).</summary>
public sealed class PerformanceRuleTests
{
    private static DisclosureTable Table(TableId id, string title, params string[] rows) => new()
    {
        Id = id,
        Title = title,
        Columns = [],
        Rows = [.. rows.Select((r, i) => new TableRow { Name = r, Kind = RowKind.Line, Values = [], Quote = r, Line = i + 1 })],
    };

    private static DisclosureTable SelfEvaluation(string fundTotal = "年度资金总额 | 0.25 | 0.25 | 0.25 | 10 | 100.00% | 10.00 分",
        string carried = "上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | —", string firstIndicator = "年度绩效指标完成情况 | 产出指标 | 数量指标 | 宣传次数(次) | >2 次 | 2 次 | 40 | 40.00",
        string total = "总分 | 100 | 100.00 分") => Table(TableId.P01, "项目支出绩效自评表",
        "项目名称 | 宣传经费",
        "主管部门 | 某局 | 实施单位 | 某局本级",
        "项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
        fundTotal,
        "其中：当年财政拨款 | 0.25 | 0.25 | 0.25 | — | — | —",
        carried,
        "其他资金 | 0.00 | 0.00 | 0.00 | — | — | —",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施",
        firstIndicator,
        "成本指标 | 经济成本指标 | 材料价格 | >=2000 元 | 2000 元 | 20 | 20.00",
        "效益指标 | 社会效益指标 | 提高群众知晓情况 | 有效提高 | 有效提高 | 20 | 20.00",
        "满意度指标 | 满意度指标 | 群众满意度 | >=95% | 95% | 10 | 10.00",
        total);

    private static DisclosureTable Target(string name, string total, string fiscal, params string[] indicators) => Table(TableId.B16, "项目支出绩效目标表",
        [
            "项目名称 | " + name, "实施单位 | 某局", "年度资金总额 | " + total, "其中：财政拨款 | " + fiscal, "其他资金 | 0",
            "年度绩效目标 | 保障运行。", "一级指标 | 二级指标 | 三级指标 | 指标值", .. indicators,
        ]);

    private static readonly string[] s_fullIndicators =
        ["产出指标 | 数量指标 | 补贴人数 | >=1600人", "效益指标 | 社会效益指标 | 知晓率 | >=95%", "满意度指标 | 满意度指标 | 满意度 | >=95%"];

    private static List<Finding> Run(IRule rule, params DisclosureTable[] tables) => Run(rule, [], tables);

    private static List<Finding> Run(IRule rule, IReadOnlyList<NarrativeSection> sections, params DisclosureTable[] tables)
    {
        var document = new DisclosureDocument
        {
            Source = "t.txt", Format = "text", Info = new DocumentInfo(), Tables = tables, Sections = sections,
        };
        document = document with { Performance = PerformanceTables.Read(document) };
        return [.. rule.Evaluate(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default))];
    }

    [Fact]
    public void SelfEvaluationScore_PassesOnAConsistentTable() => Assert.Empty(Run(new SelfEvaluationScoreRule(), SelfEvaluation()));

    [Fact]
    public void SelfEvaluationScore_WeightsNotHundred()
    {
        var findings = Run(new SelfEvaluationScoreRule(), SelfEvaluation(
            firstIndicator: "年度绩效指标完成情况 | 产出指标 | 数量指标 | 宣传次数(次) | >2 次 | 2 次 | 30 | 30.00", total: "总分 | 90 | 90.00 分"));
        var f = Assert.Single(findings);
        Assert.Equal((90m, 100m), (f.Actual!.Value, f.Expected!.Value));
        Assert.Equal(FindingCategory.Performance, f.Category);
        Assert.Contains("应为 100", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfEvaluationScore_ScoreAboveWeightAndWrongTotal()
    {
        var findings = Run(new SelfEvaluationScoreRule(), SelfEvaluation(
            firstIndicator: "年度绩效指标完成情况 | 产出指标 | 数量指标 | 宣传次数(次) | >2 次 | 2 次 | 40 | 45.00"));
        Assert.Contains(findings, f => f.Row == "宣传次数(次)" && f.Actual == 45m && f.Expected == 40m && f.Message.Contains("超过分值", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Row == "总分" && f.Column == "得分" && f.Actual == 100m && f.Expected == 105m);
    }

    [Fact]
    public void ExecutionRate_PassesAndFails()
    {
        Assert.Empty(Run(new ExecutionRateRule(), SelfEvaluation()));
        var wrongRate = Run(new ExecutionRateRule(), SelfEvaluation(fundTotal: "年度资金总额 | 0.25 | 0.25 | 0.20 | 10 | 100.00% | 10.00 分"));
        Assert.Contains(wrongRate, f => f.Column == "执行率" && f.Actual == 100m && f.Expected == 80.00m && f.Severity == Severity.Error);
        Assert.Contains(wrongRate, f => f.Column == "得分" && f.Actual == 10m && f.Expected == 8.00m);
        // Over-execution: the score is capped at the weight.
        Assert.Empty(Run(new ExecutionRateRule(), SelfEvaluation(fundTotal: "年度资金总额 | 0.25 | 0.20 | 0.25 | 10 | 125.00% | 10.00 分")));
    }

    [Fact]
    public void FundSources_PassesAndFails()
    {
        Assert.Empty(Run(new FundSourcesRule(), SelfEvaluation(), Target("甲项目", "70", "70", s_fullIndicators)));
        var self = Run(new FundSourcesRule(), SelfEvaluation(carried: "上年结转资金 | 0.05 | 0.00 | 0.00 | — | — | —"));
        var f = Assert.Single(self);
        Assert.Equal(("年初预算数", 0.25m, 0.30m), (f.Column, f.Actual!.Value, f.Expected!.Value));
        var target = Assert.Single(Run(new FundSourcesRule(), Target("甲项目", "70", "60", s_fullIndicators)));
        Assert.Equal((70m, 60m, "B16"), (target.Actual!.Value, target.Expected!.Value, target.Table));
        Assert.Equal("年度资金总额 | 70", target.Quote);
    }

    [Fact]
    public void IndicatorCoverage_PassesAndWarns()
    {
        Assert.Empty(Run(new IndicatorCoverageRule(), Target("甲项目", "70", "70", s_fullIndicators), SelfEvaluation()));
        var f = Assert.Single(Run(new IndicatorCoverageRule(), Target("甲项目", "70", "70", "产出指标 | 数量指标 | 补贴人数 | >=1600人")));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("效益指标、满意度指标", f.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Fuzhou prints an indicator named like its level 2 (“满意度指标 | 服务对象满意度指标 | 服务对象满意度指标 | ≥95%”): it is an
    /// indicator of level 满意度指标, not a second level-2 word, so the table has its 满意度指标.
    /// </summary>
    [Fact]
    public void IndicatorCoverage_IndicatorNamedLikeItsLevel2_CountsAsSatisfaction()
    {
        var table = Target("甲项目", "70", "70", "产出指标 | 数量指标 | 补贴人数 | >=1600人", "效益指标 | 社会效益指标 | 纠纷数 | ≤5起",
            "满意度指标 | 服务对象满意度指标 | 服务对象满意度指标 | ≥95%");

        Assert.Empty(Run(new IndicatorCoverageRule(), table));
        var parsed = PerformanceTableParser.Parse(table)!;
        var last = parsed.Indicators[^1];
        Assert.Equal(("满意度指标", "服务对象满意度指标", "服务对象满意度指标", "≥95%"), (last.Level1, last.Level2, last.Name, last.Target?.Text));
        // Without a level 1 of its own, two level-2 words before a name and a value still read as level 1 and level 2.
        var shifted = PerformanceTableParser.Parse(Target("甲项目", "70", "70", "经济效益指标 | 社会效益指标 | 知晓率 | >=95%"))!;
        Assert.Equal(("效益指标", "社会效益指标", "知晓率"), (shifted.Indicators[0].Level1, shifted.Indicators[0].Level2, shifted.Indicators[0].Name));
    }

    /// <summary>A B16 printed as a list (项目 | 预算数 | 绩效目标): one project target per row, the amount as its 年度资金总额.</summary>
    [Fact]
    public void ParseAll_ProjectList_OneTargetPerRow()
    {
        var list = Table(TableId.B16, "重点项目预算绩效目标情况", "项目 | 预算数（单位：万元） | 绩效目标", "甲项目 | 534.72 | 全面调查。", "乙项目 | 7 | ");

        var targets = PerformanceTableParser.ParseAll(list);

        Assert.Equal(["甲项目", "乙项目"], targets.Select(t => t.ProjectName));
        Assert.Equal([534.72m, 7m], targets.Select(t => t.Fund(PerformanceFundKind.Total)!.Amount.Value!.Value));
        Assert.Equal(["全面调查。", null], targets.Select(t => t.Goal));
        Assert.All(targets, t => Assert.Empty(t.Indicators));
        // A table with indicator rows is read as one table, as before.
        Assert.Single(PerformanceTableParser.ParseAll(Target("甲项目", "70", "70", s_fullIndicators)));
        Assert.Empty(PerformanceTableParser.ParseAll(Table(TableId.B01, "收支总表", "合计 | 1")));
    }

    [Fact]
    public void CostArithmetic_PassesAndFails()
    {
        Assert.Empty(Run(new CostArithmeticRule(), Target("甲项目", "30", "30",
            "产出指标 | 数量指标 | 专家论证费 | 30人×6次×0.05万元=9万元", "产出指标 | 数量指标 | 信函邮寄费 | 4.6元/封×1.8万人次=8.28万元",
            "产出指标 | 数量指标 | 人员 | 5人×12月×0.5万元=30万元")));
        var f = Assert.Single(Run(new CostArithmeticRule(), Target("甲项目", "30", "30", "产出指标 | 数量指标 | 人员 | 5人×12月×0.5万元=40万元")));
        Assert.Equal((40m, 30m, Severity.Error), (f.Actual!.Value, f.Expected!.Value, f.Severity));
        Assert.Equal("5人×12月×0.5万元=40万元", f.Quote);
        Assert.Contains("人员", f.Message, StringComparison.Ordinal);
        // A lost decimal point ("03") is not judged.
        Assert.Empty(Run(new CostArithmeticRule(), Target("甲项目", "12", "12", "产出指标 | 数量指标 | 收费人次 | 40 万人次*03 元/人次=12 万元")));
    }

    [Fact]
    public void ProjectAmount_AgainstProjectTableAndExplanation()
    {
        var projects = new DisclosureTable
        {
            Id = TableId.B10, Title = "项目支出表",
            Columns = [new TableColumn("合计", ColumnKey.Total)],
            Rows =
            [
                new TableRow { Name = "甲项目", Kind = RowKind.Project, Values = [CellValue.Of(70m)] },
                new TableRow { Name = "乙项目", Kind = RowKind.Project, Values = [CellValue.Of(5m)] },
            ],
        };
        var section = new NarrativeSection { Heading = "（四）预算绩效情况", Level = 2, Text = "本年度预算绩效管理的财政拨款项目 2个，涉及预算金额 76万元。", Line = 9 };
        var a = Target("甲项目", "70", "70", s_fullIndicators);
        Assert.Empty(Run(new ProjectAmountRule(), [section with { Text = "本年度预算绩效管理的财政拨款项目 2个，涉及预算金额 75万元。" }],
            projects, a, Target("乙项目", "5", "5", s_fullIndicators)));
        var findings = Run(new ProjectAmountRule(), [section], projects, a, Target("乙项目", "6", "6", s_fullIndicators));
        Assert.Contains(findings, f => f.Row == "乙项目" && f.Actual == 6m && f.Expected == 5m);
        Assert.DoesNotContain(findings, f => f.Row == "项目金额");
        var wrongText = section with { Text = "本年度预算绩效管理的项目 3个，涉及预算金额 80万元。" };
        var text = Run(new ProjectAmountRule(), [wrongText], a, Target("乙项目", "5", "5", s_fullIndicators));
        Assert.Contains(text, f => f.Row == "项目个数" && f.Actual == 3m && f.Expected == 2m);
        var amount = Run(new ProjectAmountRule(), [wrongText with { Text = "绩效管理的项目 2个，涉及金额 80万元" }], a, Target("乙项目", "5", "5", s_fullIndicators));
        Assert.Contains(amount, f => f.Row == "项目金额" && f.Actual == 80m && f.Expected == 75m && f.Line == 9);
    }

    [Fact]
    public void Parser_ValueSyntax()
    {
        Assert.Equal(("≥", 1600m, "人"), Parts(PerformanceTableParser.ParseValue(">=1600人")));
        Assert.Equal(("≤", 1m, "月"), Parts(PerformanceTableParser.ParseValue("≤1 月")));
        Assert.Equal(("<", 300m, "元"), Parts(PerformanceTableParser.ParseValue("＜300元")));
        Assert.Equal(((string?)null, 95m, "%"), Parts(PerformanceTableParser.ParseValue("95%")));
        Assert.True(PerformanceTableParser.ParseValue("有效降低").IsQualitative);
        Assert.True(PerformanceTableParser.ParseValue("30人×6次×0.05万元=9万元").IsQualitative);
        Assert.Null(PerformanceTableParser.Parse(Table(TableId.B01, "收支总表", "合计 | 1")));
    }

    private static (string?, decimal?, string?) Parts(IndicatorValue v) => (v.Operator, v.Number, v.Unit);

    [Fact]
    public void DeviationAndGrade_MetIndicatorsPass() =>
        Assert.Empty(Run(new DeviationAndGradeRule(), SelfEvaluation(firstIndicator: "年度绩效指标完成情况 | 产出指标 | 数量指标 | 宣传次数(次) | >=2 次 | 2 次 | 40 | 40.00")));

    [Fact]
    public void DeviationAndGrade_MissedTargetNeedsAReasonAndLosesPoints()
    {
        // ">2 次" against "2 次" is not met, yet scored 40/40 and no 偏差原因 (seed 003 prints exactly this).
        var findings = Run(new DeviationAndGradeRule(), SelfEvaluation());
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("P-R06", Severity.Warning, FindingCategory.Performance), (f.RuleId, f.Severity, f.Category)));
        Assert.Contains(findings, f => f.Message.Contains("未填写偏差原因", StringComparison.Ordinal) && f.Row == "宣传次数(次)");
        Assert.Contains(findings, f => f.Message.Contains("却得满分", StringComparison.Ordinal) && f.Actual == 40.00m);
        // With a reason and a reduced score nothing is left to report.
        Assert.Empty(Run(new DeviationAndGradeRule(), SelfEvaluation(firstIndicator: "年度绩效指标完成情况 | 产出指标 | 数量指标 | 宣传次数(次) | >2 次 | 2 次 | 40 | 30.00 | 受疫情影响减少一次宣传")));
    }

    [Fact]
    public void DeviationAndGrade_DeductedScoreNeedsAReason()
    {
        var f = Assert.Single(Run(new DeviationAndGradeRule(), SelfEvaluation(firstIndicator: "年度绩效指标完成情况 | 产出指标 | 数量指标 | 宣传次数(次) | >=2 次 | 2 次 | 40 | 35.00")));
        Assert.Contains("低于分值", f.Message, StringComparison.Ordinal);
        Assert.Equal(35.00m, f.Actual);
        Assert.Equal(40m, f.Expected);
    }

    [Theory]
    [InlineData("项目自评得分95分，评价等级为优。", null)]
    [InlineData("项目自评得分85.5分，自评结果为“良”。", null)]
    [InlineData("项目自评得分85分，评价等级为优。", "良")]
    [InlineData("整体支出自评总分为 58 分，等级为合格。", "差")]
    public void DeviationAndGrade_GradeFollowsTheScore(string text, string? expected)
    {
        var findings = Run(new DeviationAndGradeRule(), [new NarrativeSection { Heading = "十、预算绩效情况说明", Level = 2, Text = text, Line = 4 }]);
        if (expected is null)
        {
            Assert.Empty(findings);
            return;
        }
        var f = Assert.Single(findings);
        Assert.Contains("应为“" + expected + "”", f.Message, StringComparison.Ordinal);
    }
}
