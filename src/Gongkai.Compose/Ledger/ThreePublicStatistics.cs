namespace Gongkai.Compose.Ledger;

/// <summary>“三公” physical statistics of a final-accounts year (团组/人次, 购置数/保有量, 接待批次/人次).</summary>
public sealed record ThreePublicStatistics
{
    public int AbroadGroups { get; init; }
    public int AbroadPersons { get; init; }
    public int VehiclesPurchased { get; init; }
    public int VehiclesHeld { get; init; }
    public int ReceptionBatches { get; init; }
    public int ReceptionPersons { get; init; }
}
