namespace Gongkai.Core.Tables;

/// <summary>What a table row is, for roll-up checks.</summary>
public enum RowKind
{
    /// <summary>合计 / 总计 row of the whole table.</summary>
    Total,
    /// <summary>A per-unit (or per-department) subtotal row such as "[040002]乌尔禾区医保局".</summary>
    UnitSubtotal,
    /// <summary>类 (3-digit function code, or 3-digit economic class).</summary>
    Class,
    /// <summary>款 (5 digits).</summary>
    Section,
    /// <summary>项 (7 digits).</summary>
    Item,
    /// <summary>A project line (项目名称) under a classification code.</summary>
    Project,
    /// <summary>A labelled line of a summary table (收支总表: 一般公共预算, 收入总计, …) or of a single-row table.</summary>
    Line,
}
