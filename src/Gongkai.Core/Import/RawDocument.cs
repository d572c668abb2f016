using Gongkai.Core.Documents;

namespace Gongkai.Core.Import;

/// <summary>
/// What a format reader produces before recognition: paragraphs and table-like regions in reading order,
/// with pages and lines for evidence. Format-neutral: text, PDF, DOCX, XLSX and HTML readers all produce this,
/// and one recogniser (Recognition/) turns it into a <see cref="DisclosureDocument"/>.
/// </summary>
public sealed record RawDocument
{
    public required string Source { get; init; }

    public required string Format { get; init; }

    public required IReadOnlyList<RawBlock> Blocks { get; init; }

    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Page count, when the source has pages.</summary>
    public int? PageCount { get; init; }
}

/// <summary>A block of a raw document.</summary>
public abstract record RawBlock
{
    public int? Page { get; init; }

    /// <summary>1-based first line in the source text, when known.</summary>
    public int? Line { get; init; }
}

/// <summary>A paragraph or heading line of text.</summary>
public sealed record RawParagraph(string Text) : RawBlock;

/// <summary>
/// A table region. When <see cref="CellsAligned"/> is true (tab-separated text, PDF grid, DOCX/XLSX/HTML table),
/// each row's cells stand at their column positions (blank cells present as empty strings). When false
/// (text whose layout was lost: columns collapsed, empty cells dropped), each row is just its tokens in order,
/// and the recogniser places numbers into columns using the table definition and its identities.
/// </summary>
public sealed record RawTable : RawBlock
{
    /// <summary>The printed number ("表一", "表 1", "预算01表"), if seen.</summary>
    public string? PrintedNumber { get; init; }

    /// <summary>The title line(s) joined ("单位收支总体情况表").</summary>
    public string? Title { get; init; }

    /// <summary>The unit text as printed ("万元", "元"), if seen in the table header.</summary>
    public string? UnitText { get; init; }

    /// <summary>Other header lines above the column headers (编制单位：…, 预算年度：…).</summary>
    public IReadOnlyList<string> Preamble { get; init; } = [];

    /// <summary>Column header rows (aligned cells when <see cref="CellsAligned"/>; otherwise raw lines).</summary>
    public IReadOnlyList<RawRow> HeaderRows { get; init; } = [];

    public required IReadOnlyList<RawRow> Rows { get; init; }

    /// <summary>Notes printed under or inside the table (备注, 空表 sentences).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool CellsAligned { get; init; }

    /// <summary>
    /// 续表: true when this block continues the table of the previous page (no title of its own and the same
    /// column grid). Its repeated column headers are in <see cref="HeaderRows"/>; title, number and unit are
    /// those of the table it continues.
    /// </summary>
    public bool ContinuesPrevious { get; init; }
}

/// <summary>One row of a raw table: its cells (or tokens) and its verbatim source text.</summary>
public sealed record RawRow(IReadOnlyList<string> Cells, string SourceText)
{
    public int? Page { get; init; }

    public int? Line { get; init; }
}
