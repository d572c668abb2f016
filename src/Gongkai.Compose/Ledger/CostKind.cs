namespace Gongkai.Compose.Ledger;

/// <summary>人员经费 or 公用经费 (of a 基本支出 line).</summary>
public enum CostKind
{
    /// <summary>人员经费 (301 工资福利支出 + 303 对个人和家庭的补助).</summary>
    Personnel,
    /// <summary>公用经费 (302 商品和服务支出 + 310 资本性支出 …).</summary>
    Public,
}
