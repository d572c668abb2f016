namespace Gongkai.Core.Tables;

/// <summary>
/// 表号: the canonical id of a standard table (DOMAIN.md §2): B01–B18 for budgets, F01–F09 for final accounts,
/// P01–P04 for performance tables. Regions number tables differently; the id never depends on printed position.
/// </summary>
public readonly record struct TableId(string Value) : IComparable<TableId>
{
    public static readonly TableId B01 = new("B01"); // 收支总表
    public static readonly TableId B02 = new("B02"); // 收入总表
    public static readonly TableId B03 = new("B03"); // 支出总表
    public static readonly TableId B04 = new("B04"); // 财政拨款收支总表
    public static readonly TableId B05 = new("B05"); // 一般公共预算支出表
    public static readonly TableId B06 = new("B06"); // 一般公共预算基本支出表
    public static readonly TableId B07 = new("B07"); // “三公”经费支出表
    public static readonly TableId B08 = new("B08"); // 政府性基金预算支出表
    public static readonly TableId B09 = new("B09"); // 国有资本经营预算支出表
    public static readonly TableId B10 = new("B10"); // 项目支出表
    public static readonly TableId B11 = new("B11"); // 上年结转结余情况明细表
    public static readonly TableId B12 = new("B12"); // 政府采购预算表
    public static readonly TableId B13 = new("B13"); // 政府购买服务明细表
    public static readonly TableId B14 = new("B14"); // 一般公共预算支出经济分类情况表
    public static readonly TableId B15 = new("B15"); // 专项业务经费支出表
    public static readonly TableId B16 = new("B16"); // 项目支出绩效目标表
    public static readonly TableId B17 = new("B17"); // 部门（单位）整体支出绩效目标表
    public static readonly TableId B18 = new("B18"); // 专项资金总体绩效目标表
    public static readonly TableId B19 = new("B19"); // 一般公共预算基本支出表（按功能分类）— Shaanxi 表7
    public static readonly TableId B20 = new("B20"); // 一般公共预算项目支出表（按经济分类科目）— Guangdong 表7
    public static readonly TableId F01 = new("F01");
    public static readonly TableId F02 = new("F02");
    public static readonly TableId F03 = new("F03");
    public static readonly TableId F04 = new("F04");
    public static readonly TableId F05 = new("F05");
    public static readonly TableId F06 = new("F06");
    public static readonly TableId F07 = new("F07");
    public static readonly TableId F08 = new("F08");
    public static readonly TableId F09 = new("F09");
    public static readonly TableId P01 = new("P01"); // 项目支出绩效自评表
    public static readonly TableId P02 = new("P02"); // 部门（单位）整体支出绩效自评表

    public int CompareTo(TableId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
