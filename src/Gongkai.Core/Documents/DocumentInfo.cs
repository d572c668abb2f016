namespace Gongkai.Core.Documents;

/// <summary>What the document is: entity, year, kind, level and template (from its cover and titles).</summary>
public sealed record DocumentInfo
{
    public string? Title { get; init; }

    /// <summary>
    /// True when the document prints no cover title and <see cref="Title"/> was composed from entity, year, level and kind
    /// (a "第二部分 …公开表" heading names a part, not the document).
    /// </summary>
    public bool TitleComposed { get; init; }

    /// <summary>部门/单位名称</summary>
    public string? Entity { get; init; }

    /// <summary>预算单位编码, when printed (e.g. "040002").</summary>
    public string? EntityCode { get; init; }

    public DocumentLevel? Level { get; init; }

    /// <summary>预算年度 / 决算年度.</summary>
    public int? Year { get; init; }

    public DocumentKind? Kind { get; init; }

    /// <summary>Recognised template id (TemplateDefinition.Id), or null.</summary>
    public string? TemplateId { get; init; }

    /// <summary>
    /// True when the document says its tables are published apart from it ("第四部分 部门决算报表（见附表）"): the tables
    /// it lists are then not missing from the disclosure, only from this file.
    /// </summary>
    public bool TablesPublishedSeparately { get; init; }

    /// <summary>The titles the document lists for its separately published tables (without 《》), in printed order.</summary>
    public IReadOnlyList<string> SeparatelyPublishedTables { get; init; } = [];

    /// <summary>Canonical ids of <see cref="SeparatelyPublishedTables"/> that match a template table, in printed order.</summary>
    public IReadOnlyList<Gongkai.Core.Tables.TableId> SeparatelyPublishedTableIds { get; init; } = [];

    /// <summary>Subordinate units (下属预算单位) when the document lists them.</summary>
    public IReadOnlyList<string> SubUnits { get; init; } = [];
}
