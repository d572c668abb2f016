namespace Gongkai.Compose.Ledger;

/// <summary>政府采购 (预算, or 决算 by signed contract), in 万元.</summary>
public sealed record Procurement
{
    public static readonly Procurement None = new();

    public decimal GoodsWanYuan { get; init; }
    public decimal WorksWanYuan { get; init; }
    public decimal ServicesWanYuan { get; init; }

    /// <summary>面向中小企业预留 (budget) / 授予中小企业合同金额 (final).</summary>
    public decimal SmeWanYuan { get; init; }

    /// <summary>其中：面向小微企业 / 授予小微企业.</summary>
    public decimal MicroWanYuan { get; init; }

    public decimal TotalWanYuan => GoodsWanYuan + WorksWanYuan + ServicesWanYuan;

    public CellLocation? Location { get; init; }
}
