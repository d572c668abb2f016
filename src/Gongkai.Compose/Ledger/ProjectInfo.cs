namespace Gongkai.Compose.Ledger;

/// <summary>
/// 项目: a project of the budget with its description (项目名称, 设立的政策依据, 资金分配情况, 执行时间). The amount is
/// not entered here: it is the sum of the line items booked to the project.
/// </summary>
public sealed record ProjectInfo
{
    public required string Name { get; init; }

    /// <summary>设立的政策依据.</summary>
    public string? PolicyBasis { get; init; }

    /// <summary>主要内容 / 资金分配情况.</summary>
    public string? Content { get; init; }

    /// <summary>项目承担单位 (default: the entity).</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>资金执行时间 (e.g. "2024年1月至2024年12月"; default: the budget year).</summary>
    public string? Period { get; init; }

    public CellLocation? Location { get; init; }
}
