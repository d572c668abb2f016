using Gongkai.Core.Documents;

namespace Gongkai.Store;

/// <summary>
/// 检索条件: every criterion given must hold. Text matches the entity, title, explanation text and table rows
/// (row names and codes) as a substring (Chinese has no spaces: see docs/store.md on bigram indexing).
/// </summary>
public sealed record SearchQuery
{
    /// <summary>Full-text query (substring of entity, title, section text or a table row), or null.</summary>
    public string? Text { get; init; }

    /// <summary>Entity name contains this, or null.</summary>
    public string? Entity { get; init; }

    /// <summary>Region starts with this ("上海市" matches "上海市普陀区"), or null.</summary>
    public string? Region { get; init; }

    public int? Year { get; init; }

    public DocumentKind? Kind { get; init; }

    public DocumentLevel? Level { get; init; }

    /// <summary>Documents with a table row whose classification code starts with this ("210", "2101501"), or null.</summary>
    public string? Code { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Page size, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 20;

    public const int MaxPageSize = 500;
}

/// <summary>One page of matching documents, the total count, and facet counts over all matches.</summary>
public sealed record SearchResult
{
    public required IReadOnlyList<DocumentSummary> Items { get; init; }

    /// <summary>Number of documents matching (all pages).</summary>
    public required int Total { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    /// <summary>Counts by region over all matches, largest first (documents without a region under "").</summary>
    public required IReadOnlyList<FacetCount> Regions { get; init; }

    /// <summary>Counts by year over all matches, newest first (Value is the year as text; "" when unknown).</summary>
    public required IReadOnlyList<FacetCount> Years { get; init; }

    /// <summary>Counts by kind over all matches (Value "budget" or "final", the contract names; "" when unknown).</summary>
    public required IReadOnlyList<FacetCount> Kinds { get; init; }

    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>A facet value and how many matching documents have it.</summary>
public sealed record FacetCount(string Value, int Count);
