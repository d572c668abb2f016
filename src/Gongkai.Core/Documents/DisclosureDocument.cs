using Gongkai.Core.Narrative;
using Gongkai.Core.Performance;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Documents;

/// <summary>
/// 公开文件: one published budget or final-accounts disclosure in the canonical model, whatever its format or template.
/// </summary>
public sealed record DisclosureDocument
{
    /// <summary>The path or name the document was read from.</summary>
    public required string Source { get; init; }

    /// <summary>Format id of the importer: "text", "pdf", "docx", "xlsx", "html".</summary>
    public required string Format { get; init; }

    public required DocumentInfo Info { get; init; }

    public required IReadOnlyList<DisclosureTable> Tables { get; init; }

    public IReadOnlyList<NarrativeSection> Sections { get; init; } = [];

    /// <summary>The 目录 entries, when the document prints one (Shaanxi: with 是否空表 / 公开空表理由).</summary>
    public IReadOnlyList<TableOfContentsEntry> Contents { get; init; } = [];

    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The numeric statements of the explanation text (filled by <see cref="ClaimExtractor"/> in the check workflow).</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>The project blocks of the explanation (项目名称, 政策依据, 预算安排规模 …), filled in the check workflow.</summary>
    public IReadOnlyList<ProjectDescription> Projects { get; init; } = [];

    /// <summary>
    /// The performance tables (B16, B17, B18, P01, P02) read into the model (filled by <see cref="PerformanceTableParser"/>
    /// in the check workflow), in table order.
    /// </summary>
    public IReadOnlyList<PerformanceTable> Performance { get; init; } = [];

    /// <summary>The first table with this id, or null.</summary>
    public DisclosureTable? Table(TableId id) => Tables.FirstOrDefault(t => t.Id == id);
}

/// <summary>One line of the 目录: printed number, title, and (Shaanxi) whether it is empty and why.</summary>
public sealed record TableOfContentsEntry(string? PrintedNumber, string Title, bool? IsEmpty, string? EmptyReason);
