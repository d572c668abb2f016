namespace Gongkai.Core.Catalogues;

/// <summary>
/// 部门 → 政府 经济分类对应关系: one accepted 政府预算支出经济分类 target of a 部门预算支出经济分类 code for a unit type.
/// </summary>
public sealed record GovernmentMapping(
    string DepartmentalCode,
    BudgetUnitType UnitType,
    string GovernmentCode,
    CatalogueConfidence Confidence,
    string? Note = null);
