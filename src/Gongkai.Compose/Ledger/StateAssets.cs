namespace Gongkai.Compose.Ledger;

/// <summary>国有资产占有使用情况 as of the end of the previous year (budget) or of the year (final).</summary>
public sealed record StateAssets
{
    public static readonly StateAssets None = new();

    /// <summary>房屋面积（平方米）.</summary>
    public decimal BuildingAreaSquareMetres { get; init; }

    public decimal BuildingValueWanYuan { get; init; }

    public IReadOnlyList<VehicleHolding> Vehicles { get; init; } = [];

    /// <summary>单位价值50万元以上设备（台/套）.</summary>
    public int EquipmentOver50 { get; init; }

    /// <summary>单位价值100万元以上设备（台/套）.</summary>
    public int EquipmentOver100 { get; init; }

    /// <summary>本年拟购置车辆（辆）.</summary>
    public int PlannedVehicles { get; init; }

    /// <summary>本年拟购置单价50万元以上设备（台/套）.</summary>
    public int PlannedEquipment { get; init; }

    public int VehicleCount => Vehicles.Sum(v => v.Count);

    public decimal VehicleValueWanYuan => Vehicles.Sum(v => v.ValueWanYuan);
}
