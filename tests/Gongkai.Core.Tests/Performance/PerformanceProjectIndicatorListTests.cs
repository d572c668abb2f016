using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Performance;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Tests.Performance;

/// <summary>
/// The Hunan list layout: one grid listing many projects (B16) or units (B17), each project's cells (单位编码, 名称, 资金总额,
/// 绩效目标) on its first row and repeated at the top of each new page, indicators on the rows below with merged levels.
/// </summary>
public sealed class PerformanceProjectIndicatorListTests
{
    private static readonly string[] s_projectHeader = ["单位编码", "单位（项目）名称", "资金总额", "绩效目标", "绩效指标", "", "", "", "", "", "", "", ""];

    private static readonly string[] s_indicatorHeader =
        ["", "", "", "", "一级指标", "二级指标", "三级指标", "指标值", "指标值内容", "评（扣）分标准", "度量单位", "指标值类型", "备注"];

    private static TableRow Row(int line, params string[] cells) => new()
    {
        Name = string.Join(" | ", cells.Where(c => c.Length > 0)),
        Kind = RowKind.Line,
        Values = [],
        Cells = cells,
        Quote = string.Join(" ", cells.Where(c => c.Length > 0)),
        Line = line,
    };

    private static DisclosureTable Table(TableId id, params string[][] rows) => new()
    {
        Id = id,
        Title = id == TableId.B17 ? "2025年部门整体支出绩效目标表" : "2025年项目支出绩效目标表",
        Columns = [],
        Rows = [.. rows.Select((r, i) => Row(i + 1, r))],
    };

    private const string GoalA = "做好安全保护工作";

    private const string GoalB = "保障院落正常运行。";

    /// <summary>
    /// Two projects of unit 100001, 某市公安局: A (428.69, over a page break: its cells repeated on the first row of the next
    /// page) and B (2,791.51, its 单位编码 cell merged with A's). The weights (备注) of each add up to 90.
    /// </summary>
    private static DisclosureTable Projects(bool withSatisfaction = true)
    {
        List<string[]> rows =
        [
            s_projectHeader,
            s_indicatorHeader,
            ["合计", "", "3,220.20", "", "", "", "", "", "", "", "", "", ""],
            ["100001", "某市公安局", "3,220.20", "", "", "", "", "", "", "", "", "", ""],
            ["100001", "安全保护工作经费", "428.69", GoalA, "成本指标", "经济成本指标", "成本控制率", "100", "成本控制在总预算内", "超过5%扣5分", "%", "≤", "20"],
            ["", "", "", "", "", "社会成本指标", "", "", "", "", "", "", ""],
            ["", "", "", "", "产出指标", "数量指标", "安全隐患排除率", "100", "安全隐患排除率100%", "低于100%得4分", "%", "=", "6"],
            ["", "", "", "", "", "", "开展专项检查次数", "1", "开展专项检查次数", "否则不得分", "次", "≥", "1"],
            // next page: the project's cells and the levels in force printed again
            ["100001", "安全保护工作经费", "428.69", GoalA, "产出指标", "数量指标", "印发宣传资料", "10", "印发宣传资料", "每少一万份扣1分", "万份", "≥", "4"],
            ["", "", "", "", "", "质量指标", "任务质量", "符合要求", "任务质量符合要求", "否则不得分", "", "定性", "2"],
            ["", "", "", "", "效益指标", "经济效益指标", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "发案率", "有效降低", "有效降低发案率", "否则不得分", "", "定性", "47"],
        ];
        if (withSatisfaction)
        {
            rows.Add(["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "90", "群众对社会秩序满意", "小于60％不得分", "%", "≥", "10"]);
        }
        rows.AddRange(
        [
            ["", "大院运行和维修经费", "2,791.51", GoalB, "成本指标", "经济成本指标", "物业服务合同金额", "503.28", "支出控制在合同金额以内", "超过5%扣1分", "万元", "≤", "30"],
            ["", "", "", "", "产出指标", "数量指标", "覆盖建筑面积", "83300.27", "一院27702㎡", "每少200㎡扣0.1分", "㎡", "定量", "30"],
            ["", "", "", "", "效益指标", "社会效益指标", "办公环境", "改善", "办公环境得到维护改善", "未改善不得分", "", "定性", "20"],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "民警满意度", "90", "民警满意", "小于60％不得分", "%", "≥", "10"],
        ]);
        return Table(TableId.B16, [.. rows]);
    }

    private static List<Finding> Run(IRule rule, params DisclosureTable[] tables)
    {
        var document = new DisclosureDocument { Source = "t.pdf", Format = "pdf", Info = new DocumentInfo(), Tables = tables };
        document = document with { Performance = PerformanceTables.Read(document) };
        return [.. rule.Evaluate(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default))];
    }

    [Fact]
    public void Parse_ManyProjects_OneTablePerProjectAcrossPageBreaks()
    {
        var list = PerformanceTableParser.ParseProjectIndicatorList(Projects());

        Assert.Equal(["安全保护工作经费", "大院运行和维修经费"], list.Select(p => p.ProjectName));
        Assert.All(list, p => Assert.Equal(PerformanceTableKind.ProjectTarget, p.Kind));
        Assert.All(list, p => Assert.Equal(("100001", "某市公安局"), (p.UnitCode, p.ImplementingUnit)));
        Assert.Equal([428.69m, 2791.51m], list.Select(p => p.Fund(PerformanceFundKind.Total)!.Amount.Value!.Value));
        Assert.Equal([GoalA, GoalB], list.Select(p => p.Goal));

        var a = list[0];
        (string?, string?, string, string?, decimal?)[] expected =
        [
            ("成本指标", "经济成本指标", "成本控制率", "≤100%", 20m),
            ("产出指标", "数量指标", "安全隐患排除率", "=100%", 6m),
            ("产出指标", "数量指标", "开展专项检查次数", "≥1次", 1m),
            ("产出指标", "数量指标", "印发宣传资料", "≥10万份", 4m),
            ("产出指标", "质量指标", "任务质量", "符合要求", 2m),
            // the 二级指标 cell of this row is blank and 经济效益指标 had a row of its own: not carried over
            ("效益指标", null, "发案率", "有效降低", 47m),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10m),
        ];
        Assert.Equal(expected, a.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target?.Text, i.Weight.Value)).ToArray());
        Assert.Equal(["成本", "产出", "产出", "产出", "产出", "效益", "满意度"], a.Indicators.Select(i => i.Family));
        Assert.Equal(90m, a.Indicators.Sum(i => i.Weight.OrZero));

        var first = a.Indicators[0];
        Assert.Equal(("≤", 100m, "%", false), (first.Target!.Operator, first.Target.Number, first.Target.Unit, first.Target.IsQualitative));
        Assert.Equal(("成本控制在总预算内", "超过5%扣5分"), (first.TargetDescription, first.ScoringStandard));
        Assert.Null(first.Deviation); // 备注 held the weight
        Assert.True(a.Indicators[4].Target!.IsQualitative);

        var b = list[1];
        Assert.Equal(4, b.Indicators.Count);
        // 定量: the number and unit, no operator
        Assert.Equal((null, 83300.27m, "㎡"), (b.Indicators[1].Target!.Operator, b.Indicators[1].Target!.Number, b.Indicators[1].Target!.Unit));
        Assert.Equal(90m, b.Indicators.Sum(i => i.Weight.OrZero));
    }

    [Fact]
    public void Read_ListTable_YieldsEachProjectAndNoFalseFindings()
    {
        var document = new DisclosureDocument { Source = "t.pdf", Format = "pdf", Info = new DocumentInfo(), Tables = [Projects()] };
        Assert.Equal(2, PerformanceTables.Read(document).Count);

        foreach (var rule in BuiltInRules.All.Where(r => r.Id.StartsWith("P-", StringComparison.Ordinal)))
        {
            Assert.Empty(Run(rule, Projects()));
        }
    }

    [Fact]
    public void CoverageRule_ProjectWithoutSatisfactionIndicator_IsFoundForThatProjectOnly()
    {
        var findings = Run(new IndicatorCoverageRule(), Projects(withSatisfaction: false));

        var finding = Assert.Single(findings);
        Assert.Equal("安全保护工作经费", finding.Row);
        Assert.Contains("满意度指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnitList_ReadsTheUnitWithItsFundSources()
    {
        string[] top = ["单位编码", "单位名称", "年度预算申请", "", "", "", "", "", "", "整体绩效目标", "部门整体支出年度绩效目标", "", "", "", "", "", "", "", ""];
        string[] middle = ["", "", "资金总额", "按收入性质分", "", "", "", "按支出性质分", "", "", "", "", "", "", "", "", "", "", ""];
        string[] bottom = ["", "", "", "一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金", "基本支出", "项目支出", "",
            "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评（扣）分标准", "备注"];
        string[] Unit(string total, string fiscal, string level1, string level2, string name, string type, string value, string unit, string weight) =>
            ["100001", "某市公安局", total, fiscal, "", "", "", "28,398.17", "40,233.95", "打击违法犯罪。", level1, level2, name, type, value, unit, "解释", "标准", weight];

        var consistent = Table(TableId.B17, top, middle, bottom,
            Unit("68,632.12", "68,632.12", "成本指标", "经济成本指标", "基本支出控制数", "≤", "28398.17", "万元", "10"),
            ["", "", "", "", "", "", "", "", "", "", "产出指标", "数量指标", "完成率", "=", "100", "%", "完成率100%", "低于80%不得分", "3"],
            // next page
            Unit("68,632.12", "68,632.12", "效益指标", "", "刑事案件发案率", "定性", "同比下降", "", "2.5"));

        var unit = Assert.Single(PerformanceTableParser.ParseProjectIndicatorList(consistent));
        Assert.Equal((PerformanceTableKind.UnitTarget, "某市公安局", "100001", "打击违法犯罪。"), (unit.Kind, unit.ProjectName, unit.UnitCode, unit.Goal));
        Assert.Equal(["资金总额", "一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金"], unit.Funds.Select(f => f.Label));
        Assert.Equal(["基本支出控制数", "完成率", "刑事案件发案率"], unit.Indicators.Select(i => i.Name));
        Assert.Equal(("≤28398.17万元", "解释", "标准"), (unit.Indicators[0].Target!.Text, unit.Indicators[0].TargetDescription, unit.Indicators[0].ScoringStandard));
        Assert.Equal([10m, 3m, 2.5m], unit.Indicators.Select(i => i.Weight.Value!.Value));
        Assert.Empty(Run(new FundSourcesRule(), consistent));

        // 资金总额 ≠ Σ 按收入性质分: P-R03 (基本支出 + 项目支出 are a breakdown of another kind, not a source).
        var inconsistent = Table(TableId.B17, top, middle, bottom,
            Unit("68,632.12", "68,532.12", "成本指标", "经济成本指标", "基本支出控制数", "≤", "28398.17", "万元", "10"));
        var finding = Assert.Single(Run(new FundSourcesRule(), inconsistent));
        Assert.Equal((68632.12m, 68532.12m), (finding.Actual, finding.Expected));
    }

    [Fact]
    public void Parse_UnitAndProjectInColumnsOfTheirOwn_NamesEachProjectsUnit()
    {
        var table = Table(TableId.B16,
            ["单位名称", "项目名称", "资金总额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
            ["甲单位", "系统运维", "12.50", "系统稳定运行", "产出指标", "数量指标", "运维次数", "≥12次", "50"],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", "50"],
            // 单位名称 merged with the row above: the same unit
            ["", "设备购置", "8.00", "更新设备", "产出指标", "数量指标", "购置台数", "=4台", "100"],
            ["乙单位", "培训", "3.00", "完成培训", "产出指标", "数量指标", "培训人次", "≥200人次", "100"]);

        var list = PerformanceTableParser.ParseProjectIndicatorList(table);

        Assert.Equal([("系统运维", "甲单位"), ("设备购置", "甲单位"), ("培训", "乙单位")], list.Select(p => (p.ProjectName!, p.ImplementingUnit!)));
        Assert.Equal([50m, 50m], list[0].Indicators.Select(i => i.Weight.Value!.Value));
        Assert.Equal(("≥", 200m, "人次"), (list[2].Indicators[0].Target!.Operator, list[2].Indicators[0].Target!.Number, list[2].Indicators[0].Target!.Unit));
    }

    [Fact]
    public void Parse_SingleProjectForm_IsNoList()
    {
        var table = Table(TableId.B16,
            ["项目名称", "信访业务培训", "", "", ""],
            ["项目资金（万元）", "年度资金总额", "118.01", "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "产出指标", "数量指标", "培训班次", "≥3次"]);

        Assert.Empty(PerformanceTableParser.ParseProjectIndicatorList(table));
        // Without the cells by position (a layout-lost source) nothing is read either.
        Assert.Empty(PerformanceTableParser.ParseProjectIndicatorList(Projects() with { Rows = [.. Projects().Rows.Select(r => r with { Cells = null })] }));
    }

    [Theory]
    [InlineData("10", "次", "≥", "≥10次", "≥", "10", "次")]
    [InlineData("0", "起", "=", "=0起", "=", "0", "起")]
    [InlineData("95", "%", "定量", "95%", null, "95", "%")]
    [InlineData("≥95%", "", "", "≥95%", "≥", "95", "%")]
    [InlineData("符合要求", "", "定性", "符合要求", null, null, null)]
    [InlineData("前列", "", "=", "前列", "=", null, null)]
    public void ListTarget_CombinesValueUnitAndType(string value, string unit, string type, string text, string? op, string? number, string? resultUnit)
    {
        var target = PerformanceTableParser.ListTarget(value, unit, type)!;

        Assert.Equal((text, op, number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), resultUnit),
            (target.Text, target.Operator, target.Number, target.Unit));
        Assert.Equal(number is null, target.IsQualitative);
        Assert.Null(PerformanceTableParser.ListTarget("", "%", "≥"));
    }
}
