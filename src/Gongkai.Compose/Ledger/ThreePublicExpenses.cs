namespace Gongkai.Compose.Ledger;

/// <summary>“三公”经费 (财政拨款), in 万元: 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费.</summary>
public sealed record ThreePublicExpenses
{
    public static readonly ThreePublicExpenses None = new();

    public decimal AbroadWanYuan { get; init; }

    public decimal VehiclePurchaseWanYuan { get; init; }

    public decimal VehicleOperationWanYuan { get; init; }

    public decimal ReceptionWanYuan { get; init; }

    /// <summary>会议费 (Shaanxi 三公 table).</summary>
    public decimal MeetingWanYuan { get; init; }

    /// <summary>培训费 (Shaanxi 三公 table).</summary>
    public decimal TrainingWanYuan { get; init; }

    /// <summary>公务用车购置及运行费 小计.</summary>
    public decimal VehicleSubtotalWanYuan => VehiclePurchaseWanYuan + VehicleOperationWanYuan;

    /// <summary>合计 = 出国 + 用车 + 接待.</summary>
    public decimal TotalWanYuan => AbroadWanYuan + VehicleSubtotalWanYuan + ReceptionWanYuan;

    public CellLocation? Location { get; init; }
}
