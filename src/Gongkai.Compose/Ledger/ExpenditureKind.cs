namespace Gongkai.Compose.Ledger;

/// <summary>基本支出 or 项目支出.</summary>
public enum ExpenditureKind
{
    /// <summary>基本支出 (人员经费 and 公用经费).</summary>
    Basic,
    /// <summary>项目支出 (Shaanxi: 专项业务经费).</summary>
    Project,
}
