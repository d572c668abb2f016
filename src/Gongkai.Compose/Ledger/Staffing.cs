namespace Gongkai.Compose.Ledger;

/// <summary>机构设置及人员情况: 编制数, 实有人数 (在职 + 退休 + 离休) and vehicles.</summary>
public sealed record Staffing
{
    /// <summary>编制数.</summary>
    public int Establishment { get; init; }

    /// <summary>在职人数.</summary>
    public int InService { get; init; }

    /// <summary>退休人数.</summary>
    public int Retired { get; init; }

    /// <summary>离休人数.</summary>
    public int Veteran { get; init; }

    /// <summary>实有人数 = 在职 + 退休 + 离休.</summary>
    public int Actual => InService + Retired + Veteran;

    /// <summary>实有车辆（辆）.</summary>
    public int Vehicles { get; init; }
}
