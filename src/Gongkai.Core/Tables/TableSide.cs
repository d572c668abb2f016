namespace Gongkai.Core.Tables;

/// <summary>The half of a two-sided summary table (收支总表, 财政拨款收支总表) a row or column belongs to.</summary>
public enum TableSide
{
    /// <summary>Whole-width table, or not two-sided.</summary>
    None,
    /// <summary>收入 (left half)</summary>
    Income,
    /// <summary>支出 (right half)</summary>
    Expenditure,
}
