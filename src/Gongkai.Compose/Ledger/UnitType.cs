namespace Gongkai.Compose.Ledger;

/// <summary>单位性质.</summary>
public enum UnitType
{
    /// <summary>行政单位</summary>
    Administrative,
    /// <summary>参照公务员法管理的事业单位（参公）</summary>
    CivilServiceManaged,
    /// <summary>事业单位</summary>
    Institution,
}
