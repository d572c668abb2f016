namespace Gongkai.Core.Classification;

/// <summary>The two parallel 支出经济分类 catalogues (财预〔2017〕98号).</summary>
public enum EconomicScheme
{
    /// <summary>部门预算支出经济分类: 3xx codes (301 工资福利支出 …), used in department tables.</summary>
    Departmental,

    /// <summary>政府预算支出经济分类: 5xx codes (501 机关工资福利支出 …), used in government budgets and beside the 部门 code in some templates.</summary>
    Government,
}
