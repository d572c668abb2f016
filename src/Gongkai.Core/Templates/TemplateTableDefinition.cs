using Gongkai.Core.Tables;

namespace Gongkai.Core.Templates;

/// <summary>How one standard table is printed in one template.</summary>
public sealed record TemplateTableDefinition
{
    public required TableId Id { get; init; }

    /// <summary>Canonical Chinese name (DOMAIN.md §2).</summary>
    public required string Name { get; init; }

    /// <summary>Required in this template (absent ⇒ completeness finding), or optional.</summary>
    public bool Required { get; init; } = true;

    /// <summary>Title patterns (regular expressions, matched against the title with whitespace removed).</summary>
    public required IReadOnlyList<string> TitlePatterns { get; init; }

    public required TableRowAxis RowAxis { get; init; }

    /// <summary>Value columns in printed order. For two-sided tables, each column states its side.</summary>
    public required IReadOnlyList<ColumnDefinition> Columns { get; init; }

    /// <summary>Identities between columns that hold on every row (合计 = 基本支出 + 项目支出 …).</summary>
    public IReadOnlyList<ColumnIdentity> ColumnIdentities { get; init; } = [];

    /// <summary>Labelled lines of summary tables (收支总表): key, side and printed aliases.</summary>
    public IReadOnlyList<RowDefinition> RowDefinitions { get; init; } = [];

    /// <summary>Identities between labelled lines (收入总计 = 本年收入合计 + 上年结转 …), per column.</summary>
    public IReadOnlyList<RowIdentity> RowIdentities { get; init; } = [];

    /// <summary>
    /// The column layouts this table is printed with in the template's eras (the first is <see cref="Columns"/>).
    /// The recogniser picks the one whose header aliases match the printed header best and reads the table with it.
    /// </summary>
    public IReadOnlyList<ColumnLayout> Layouts { get; init; } = [];

    /// <summary>True when the table is printed transposed: items (e.g. “三公” items) as rows, fund sources as columns;
    /// its rows are then identified by <see cref="RowDefinitions"/>.</summary>
    public bool Transposed { get; init; }
}

/// <summary>One printed column layout of a table (an era or variant): its columns and the identities between them.</summary>
/// <param name="Name">The layout's name in the template data.</param>
/// <param name="Columns">The value columns, in printed order.</param>
/// <param name="Identities">Column identities (合计 = 基本 + 项目 …).</param>
/// <param name="RowAxis">
/// The row axis when this layout prints the table differently from the definition's: Xi'an prints its 政府性基金收支表 as a
/// four-panel 收支总表 (收入 | 功能分类 | 部门经济分类 | 政府经济分类) where other Shaanxi files list 功能分类 rows. Null: the
/// definition's axis.
/// </param>
public sealed record ColumnLayout(string Name, IReadOnlyList<ColumnDefinition> Columns, IReadOnlyList<ColumnIdentity> Identities,
    TableRowAxis? RowAxis = null);

/// <summary>What identifies a row of the table.</summary>
public enum TableRowAxis
{
    /// <summary>支出功能分类 类/款/项 codes.</summary>
    FunctionClassification,
    /// <summary>部门预算支出经济分类 类/款 codes (with the 政府 code beside it in some templates).</summary>
    EconomicClassification,
    /// <summary>Two-sided summary (收入 lines on the left, 支出 by 功能类 on the right).</summary>
    Summary,
    /// <summary>One data row (“三公”经费), possibly split by fund source.</summary>
    SingleRow,
    /// <summary>Project lines (项目名称), possibly under function codes.</summary>
    Project,
    /// <summary>Free structure (performance tables, 目录…).</summary>
    Other,
}

/// <summary>A value column: its key and the header texts that denote it (whitespace removed when matching).</summary>
public sealed record ColumnDefinition(ColumnKey Key, string Header, IReadOnlyList<string> Aliases, TableSide Side = TableSide.None);

/// <summary><c>Target = Σ Addends</c> across columns of one row.</summary>
public sealed record ColumnIdentity(ColumnKey Target, IReadOnlyList<ColumnKey> Addends, TableSide Side = TableSide.None);

/// <summary>A labelled line of a summary table.</summary>
public sealed record RowDefinition(string Key, string Label, TableSide Side, IReadOnlyList<string> Aliases);

/// <summary><c>Target = Σ Addends</c> across labelled lines (by row key), for every value column.</summary>
public sealed record RowIdentity(string Target, IReadOnlyList<string> Addends);
