namespace Gongkai.Compose.Ledger;

/// <summary>
/// 绩效目标: the target table of one project (项目支出绩效目标表), or of the whole unit (整体支出绩效目标表) when
/// <see cref="ProjectName"/> is null. The fund amounts are taken from the line items.
/// </summary>
public sealed record PerformanceTarget
{
    /// <summary>项目名称, or null for the 整体支出 target.</summary>
    public string? ProjectName { get; init; }

    /// <summary>年度绩效目标.</summary>
    public required string Goal { get; init; }

    public required IReadOnlyList<PerformanceIndicatorTarget> Indicators { get; init; }

    public CellLocation? Location { get; init; }
}
