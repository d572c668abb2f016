using Gongkai.Core.Money;

namespace Gongkai.Core.Narrative;

/// <summary>
/// 项目支出情况说明中的一个项目: the labelled block the budget explanation gives for each project
/// (项目名称, 设立的政策依据, 预算安排规模, 项目承担单位, 资金分配情况, 资金执行时间). Texts are as printed;
/// <see cref="Amount"/> is the 预算安排规模 figure in <see cref="Unit"/>.
/// </summary>
public sealed record ProjectDescription
{
    /// <summary>项目名称</summary>
    public required string Name { get; init; }

    /// <summary>Heading path of the section the block stands in.</summary>
    public required string Section { get; init; }

    /// <summary>设立的政策依据 / 立项依据</summary>
    public string? PolicyBasis { get; init; }

    /// <summary>预算安排规模 / 年度预算安排, as printed.</summary>
    public string? BudgetText { get; init; }

    /// <summary>The amount in <see cref="BudgetText"/>, when it states one.</summary>
    public decimal? Amount { get; init; }

    public int AmountDecimals { get; init; }

    public AmountUnit? Unit { get; init; }

    /// <summary>项目承担单位 / 实施主体</summary>
    public string? Implementer { get; init; }

    /// <summary>资金分配情况</summary>
    public string? Allocation { get; init; }

    /// <summary>资金执行时间 / 实施周期</summary>
    public string? Period { get; init; }

    /// <summary>The block verbatim (up to the next project), for findings' quote.</summary>
    public required string Quote { get; init; }

    public int? Line { get; init; }
}
