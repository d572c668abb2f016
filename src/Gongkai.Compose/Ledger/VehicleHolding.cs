namespace Gongkai.Compose.Ledger;

/// <summary>车辆 by 用途 (一般公务用车, 执法执勤用车, 特种专业技术用车, 其他用车 …): count and value (万元).</summary>
public sealed record VehicleHolding(string Use, int Count, decimal ValueWanYuan);
