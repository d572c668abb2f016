using Gongkai.Core.Tables;

namespace Gongkai.Core.Performance;

/// <summary>目标表 (B16/B17/B18) or 自评表 (P01/P02).</summary>
public enum PerformanceTableKind
{
    /// <summary>项目支出绩效目标表 / 专项资金总体绩效目标表 (B16, B18).</summary>
    ProjectTarget,
    /// <summary>部门（单位）整体支出绩效目标表 (B17).</summary>
    UnitTarget,
    /// <summary>项目支出绩效自评表 (P01).</summary>
    ProjectSelfEvaluation,
    /// <summary>部门（单位）整体支出绩效自评表 (P02).</summary>
    UnitSelfEvaluation,
}

/// <summary>Which fund line of the 项目资金 block.</summary>
public enum PerformanceFundKind
{
    /// <summary>年度资金总额 (or 合计 in a 整体支出 自评表).</summary>
    Total,
    /// <summary>（其中：当年）财政拨款.</summary>
    Fiscal,
    /// <summary>上年结转资金.</summary>
    CarriedOver,
    /// <summary>其他资金.</summary>
    Other,
    /// <summary>Any other printed source line (中央安排, 自治区安排 …).</summary>
    Source,
}

/// <summary>
/// One fund line. In a 目标表 only <see cref="Amount"/> is printed; in a 自评表 the columns 年初预算数, 全年预算数,
/// 全年执行数, 分值, 执行率 (percent) and 得分, each blank when printed as "—" or absent.
/// </summary>
public sealed record PerformanceFundLine
{
    public required PerformanceFundKind Kind { get; init; }

    /// <summary>The printed label, whitespace removed.</summary>
    public required string Label { get; init; }

    /// <summary>The amount of a 目标表 (年度资金总额 …), in the table's unit.</summary>
    public CellValue Amount { get; init; } = CellValue.Blank;

    public CellValue BudgetAtStart { get; init; } = CellValue.Blank;

    public CellValue BudgetFull { get; init; } = CellValue.Blank;

    public CellValue Executed { get; init; } = CellValue.Blank;

    public CellValue Weight { get; init; } = CellValue.Blank;

    /// <summary>执行率 in percent (100.00% → 100.00).</summary>
    public CellValue RatePercent { get; init; } = CellValue.Blank;

    public CellValue Score { get; init; } = CellValue.Blank;

    /// <summary>The source row text.</summary>
    public string Quote { get; init; } = "";

    public int? Line { get; init; }
}

/// <summary>A 指标值 parsed: operator + number + unit ("≥1600人"), or a qualitative statement ("有效降低").</summary>
public sealed record IndicatorValue
{
    /// <summary>The printed text.</summary>
    public required string Text { get; init; }

    /// <summary>"≥", "≤", "&gt;", "&lt;", "=" or null (none printed).</summary>
    public string? Operator { get; init; }

    public decimal? Number { get; init; }

    public string? Unit { get; init; }

    /// <summary>True when the value is a statement, not operator + number + unit.</summary>
    public bool IsQualitative => Number is null;
}

/// <summary>One 三级指标 row of a performance table.</summary>
public sealed record PerformanceIndicator
{
    /// <summary>一级指标 (产出指标, 效益指标, 满意度指标, 成本指标, 履职效能 …), or null when not printed.</summary>
    public string? Level1 { get; init; }

    public string? Level2 { get; init; }

    /// <summary>三级指标 / 指标内容.</summary>
    public required string Name { get; init; }

    /// <summary>年度指标值 / 预期指标值.</summary>
    public IndicatorValue? Target { get; init; }

    /// <summary>实际完成值 (自评表).</summary>
    public IndicatorValue? Actual { get; init; }

    /// <summary>分值 / 权重.</summary>
    public CellValue Weight { get; init; } = CellValue.Blank;

    /// <summary>得分.</summary>
    public CellValue Score { get; init; } = CellValue.Blank;

    /// <summary>偏差原因分析及改进措施 / 备注, or null.</summary>
    public string? Deviation { get; init; }

    /// <summary>指标值内容 / 指标解释: what the target value means, printed beside it (Hunan lists), or null.</summary>
    public string? TargetDescription { get; init; }

    /// <summary>评（扣）分标准: how the indicator is scored (Hunan lists), or null.</summary>
    public string? ScoringStandard { get; init; }

    /// <summary>The family used by P-R05: "产出", "效益", "满意度", "成本", or null.</summary>
    public string? Family { get; init; }

    public string Quote { get; init; } = "";

    public int? Line { get; init; }
}

/// <summary>One performance table in the model (DOMAIN.md §8).</summary>
public sealed record PerformanceTable
{
    public required PerformanceTableKind Kind { get; init; }

    /// <summary>The recognised table it was read from (B16, B17, B18, P01, P02).</summary>
    public required DisclosureTable Source { get; init; }

    /// <summary>项目名称 (or 部门（单位）名称 of a 整体支出 table).</summary>
    public string? ProjectName { get; init; }

    /// <summary>主管部门.</summary>
    public string? Department { get; init; }

    /// <summary>实施单位 / 预算单位.</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>单位编码 printed with the project or unit (Hunan lists: 106001), or null.</summary>
    public string? UnitCode { get; init; }

    public IReadOnlyList<PerformanceFundLine> Funds { get; init; } = [];

    /// <summary>年度（总体）目标 as planned.</summary>
    public string? Goal { get; init; }

    /// <summary>实际完成情况 of the goal (自评表).</summary>
    public string? GoalActual { get; init; }

    public IReadOnlyList<PerformanceIndicator> Indicators { get; init; } = [];

    /// <summary>总分 row: Σ 分值 as printed.</summary>
    public CellValue TotalWeight { get; init; } = CellValue.Blank;

    /// <summary>总分 row: Σ 得分 as printed.</summary>
    public CellValue TotalScore { get; init; } = CellValue.Blank;

    /// <summary>Source text of the 总分 row.</summary>
    public string? TotalQuote { get; init; }

    public int? TotalLine { get; init; }

    public bool IsSelfEvaluation => Kind is PerformanceTableKind.ProjectSelfEvaluation or PerformanceTableKind.UnitSelfEvaluation;

    /// <summary>The fund line of this kind, or null.</summary>
    public PerformanceFundLine? Fund(PerformanceFundKind kind) => Funds.FirstOrDefault(f => f.Kind == kind);
}
