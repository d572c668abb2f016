namespace Gongkai.Compose.Ledger;

/// <summary>下属预算单位: one unit of a department, with whether its budget is 单列 or 并入本部.</summary>
public sealed record SubUnit(string Code, string Name, UnitType UnitType, bool Separate = true);
