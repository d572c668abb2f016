namespace Gongkai.Core.Tables;

/// <summary>
/// One row of a read table. <see cref="Values"/> is aligned with <see cref="DisclosureTable.Columns"/>
/// (same length; a cell outside the row's side, or not printed, is <see cref="CellValue.Blank"/>).
/// </summary>
public sealed record TableRow
{
    /// <summary>Full classification code without spaces (2101501, 20805, 30101), or null.</summary>
    public string? Code { get; init; }

    /// <summary>The printed name (科目名称, project name, or line label), whitespace removed.</summary>
    public required string Name { get; init; }

    public required RowKind Kind { get; init; }

    /// <summary>Semantic key of a labelled line in a summary table (e.g. "IncomeGrandTotal"), from template data.</summary>
    public string? Key { get; init; }

    public TableSide Side { get; init; } = TableSide.None;

    /// <summary>政府预算支出经济分类 code printed beside the departmental one (Shaanxi templates), or null.</summary>
    public string? GovernmentEconomicCode { get; init; }

    /// <summary>Name printed with <see cref="GovernmentEconomicCode"/>, or null.</summary>
    public string? GovernmentEconomicName { get; init; }

    /// <summary>For project rows: the project name (项目名称) when the row also carries a code.</summary>
    public string? ProjectName { get; init; }

    public required IReadOnlyList<CellValue> Values { get; init; }

    /// <summary>
    /// True when <see cref="Code"/> was not printed but filled from the catalogue by the printed name (a table of names
    /// only, see <c>Recognition.CodesFromNames</c>).
    /// </summary>
    public bool CodeFromName { get; init; }

    /// <summary>Text printed in a column of its own beside the figures (备注, a project's 绩效目标 or 概述), or null.</summary>
    public string? Remark { get; init; }

    /// <summary>
    /// The printed cells by column position (trimmed, "" for an empty cell), for a free table (performance, unknown) read
    /// from a source that kept its cells aligned; null otherwise. Lets a reader address a cell by the column its header names.
    /// </summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>The source text of the row, verbatim (for findings' quote).</summary>
    public string Quote { get; init; } = "";

    /// <summary>1-based page, when the source has pages.</summary>
    public int? Page { get; init; }

    /// <summary>1-based line in the source text, when known.</summary>
    public int? Line { get; init; }
}
