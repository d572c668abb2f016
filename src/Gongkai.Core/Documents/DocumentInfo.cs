namespace Gongkai.Core.Documents;

/// <summary>What the document is: entity, year, kind, level and template (from its cover and titles).</summary>
public sealed record DocumentInfo
{
    public string? Title { get; init; }

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

    /// <summary>Subordinate units (下属预算单位) when the document lists them.</summary>
    public IReadOnlyList<string> SubUnits { get; init; } = [];
}
