using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Performance;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Tests.Performance;

/// <summary>Performance-table layouts beyond the common 目标表/自评表: weights printed in the header, project lists.</summary>
public sealed class PerformanceTableLayoutTests
{
    private static DisclosureTable Table(TableId? id, params string[] rows) => new()
    {
        Id = id,
        Title = "项目支出绩效表",
        Columns = [],
        Rows = [.. rows.Select((r, i) => new TableRow { Name = r, Kind = RowKind.Line, Values = [], Quote = r, Line = i + 1 })],
    };

    // The central layout: 主管部门及代码, 执行率分值（10） beside the funds, 分值（90） over the indicators.
    private static DisclosureTable CentralTarget(string lastWeight = "10") => Table(TableId.B16,
        "项目名称 | 信访业务培训",
        "主管部门及代码 | [292]国家信访局 | 实施单位 | 国家信访局本级",
        "项目资金（万元） | 年度资金总额： | 118.01 | 执行率分值（10）",
        "其中：财政拨款 | 118.01",
        "年度总体目标 | 抓好培训。",
        "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值（90）",
        "成本指标 | 经济成本指标 | 项目成本控制 | ≤118.01万元 | 20",
        "产出指标 | 数量指标 | 培训班次 | ≥3次 | 30",
        "效益指标 | 社会效益指标 | 业务能力 | 有所提高 | 30",
        "满意度指标 | 服务对象满意度指标 | 受训学员满意率 | ≥95% | " + lastWeight);

    private static List<Finding> Run(IRule rule, params DisclosureTable[] tables)
    {
        var document = new DisclosureDocument { Source = "t.txt", Format = "text", Info = new DocumentInfo(), Tables = tables };
        document = document with { Performance = PerformanceTables.Read(document) };
        return [.. rule.Evaluate(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default))];
    }

    [Fact]
    public void Parse_CentralTarget_ReadsDepartmentWithCodeAndPrintedWeights()
    {
        var table = PerformanceTableParser.Parse(CentralTarget())!;

        Assert.Equal("[292]国家信访局", table.Department);
        Assert.Equal("国家信访局本级", table.ImplementingUnit);
        Assert.Equal(90m, table.TotalWeight.Value);
        Assert.Equal([20m, 30m, 30m, 10m], table.Indicators.Select(i => i.Weight.Value!.Value));
        var total = table.Fund(PerformanceFundKind.Total)!;
        Assert.Equal((118.01m, 10m), (total.Amount.Value!.Value, total.Weight.Value!.Value));
    }

    [Fact]
    public void WeightRule_TargetWeightsAddingToTheHeader_PassesAndOtherwiseFails()
    {
        Assert.Empty(Run(new SelfEvaluationScoreRule(), CentralTarget()));

        var findings = Run(new SelfEvaluationScoreRule(), CentralTarget(lastWeight: "15"));
        Assert.Contains(findings, f => f.RuleId == "P-R01" && f.Actual == 90m && f.Expected == 95m && f.Message.Contains("表头所列指标分值", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleId == "P-R01" && f.Actual == 105m && f.Expected == 100m);
    }

    [Fact]
    public void ParseProjectList_OneTargetPerProjectLine()
    {
        var list = PerformanceTableParser.ParseProjectList(Table(TableId.B16,
            "单位名称 | 项目名称 | 金额 | 绩效目标",
            "某市气象局 | 气象业务建设 | 1,097.02 | 提升监测预报能力。",
            "某市气象服务中心 | 专业系统维护 | 146.69 | 保障雷达正常运行。"));

        Assert.Equal(2, list.Count);
        Assert.Equal(("气象业务建设", "某市气象局", "提升监测预报能力。", 1097.02m),
            (list[0].ProjectName, list[0].ImplementingUnit, list[0].Goal, list[0].Fund(PerformanceFundKind.Total)!.Amount.Value!.Value));
        Assert.Empty(list[1].Indicators);
    }

    [Fact]
    public void ParseProjectList_IndicatorTable_IsNoList()
    {
        Assert.Empty(PerformanceTableParser.ParseProjectList(CentralTarget()));
        Assert.NotNull(PerformanceTables.Read(new DisclosureDocument
        {
            Source = "t.txt", Format = "text", Info = new DocumentInfo(), Tables = [CentralTarget()],
        }).Single().Indicators.FirstOrDefault());
    }
}
