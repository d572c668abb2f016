namespace Gongkai.Core.Rules.Equations;

/// <summary>Shared Chinese message templates of identity findings (formatted with the invariant culture).</summary>
public static class EquationMessages
{
    /// <summary>{0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Sum = "{0} {1}：{2} {3} ≠ {4} = {5}";

    /// <summary>Cross-table equality: {4} names the other cell with its figure.</summary>
    public const string Same = "{0} {1}：{2} {3} ≠ {4}";

    /// <summary>Appended when the figure at fault is an addend rather than the target: {0} cell, {1} printed, {2} expected.</summary>
    public const string Suspect = "；与其他关系核对，疑为{0} {1} 有误，应为 {2}";

    /// <summary>{0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected, {6} difference.</summary>
    public const string Rounding = "{0} {1}：{2} {3} 与 {4} = {5} 相差 {6}，属四舍五入差异";
}
