namespace Gongkai.Compose.Ledger;

/// <summary>
/// 预算明细行: one amount of the budget (or, in a final-accounts ledger, of the year's spending), classified by
/// 支出功能分类 项, 部门预算支出经济分类 款, 资金来源, 基本/项目 and (for 基本支出) 人员/公用 经费.
/// </summary>
public sealed record LineItem
{
    /// <summary>支出功能分类 项 code (7 digits).</summary>
    public required string FunctionCode { get; init; }

    /// <summary>部门预算支出经济分类 款 code (5 digits).</summary>
    public required string EconomicCode { get; init; }

    public required FundSource Source { get; init; }

    public required ExpenditureKind Kind { get; init; }

    /// <summary>人员/公用 for 基本支出; null = derived from the economic code (301, 303 → 人员经费).</summary>
    public CostKind? Cost { get; init; }

    /// <summary>项目名称 (项目支出 only).</summary>
    public string? ProjectName { get; init; }

    /// <summary>金额（万元）: at most 2 decimals.</summary>
    public required decimal AmountWanYuan { get; init; }

    /// <summary>预算单位编码 of the sub-unit the line belongs to (department ledgers), or null for the entity itself.</summary>
    public string? UnitCode { get; init; }

    /// <summary>Where the line was read from (for input-check messages).</summary>
    public CellLocation? Location { get; init; }

    /// <summary>人员经费 or 公用经费, derived from the economic code when not stated.</summary>
    public CostKind EffectiveCost => Cost ?? (EconomicCode.StartsWith("301", StringComparison.Ordinal) || EconomicCode.StartsWith("303", StringComparison.Ordinal)
        ? CostKind.Personnel : CostKind.Public);
}
