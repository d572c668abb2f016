namespace Gongkai.Core.Catalogues;

/// <summary>单位性质: selects the 政府预算支出经济分类 target of a 部门 code.</summary>
public enum BudgetUnitType
{
    /// <summary>机关 (行政单位 and 参照公务员法管理的事业单位): 501–504, 509 ….</summary>
    Agency,

    /// <summary>事业单位: 505/506 for 工资福利、商品和服务、资本性支出.</summary>
    Institution,

    /// <summary>企业: 507/508.</summary>
    Enterprise,
}
