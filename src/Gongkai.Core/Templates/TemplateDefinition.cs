using Gongkai.Core.Documents;

namespace Gongkai.Core.Templates;

/// <summary>
/// A regional template (region × era): which tables a disclosure of this template carries, how they are titled,
/// which columns they print, and which explanation chapters are required. Loaded from embedded JSON data
/// (Templates/Data/*.json); regional differences live here, not in code.
/// </summary>
public sealed record TemplateDefinition
{
    /// <summary>Stable id, e.g. "xinjiang-9", "xinjiang-11", "shaanxi-16", "final-9".</summary>
    public required string Id { get; init; }

    /// <summary>Chinese description.</summary>
    public required string Name { get; init; }

    public required DocumentKind Kind { get; init; }

    /// <summary>Tables in template order.</summary>
    public required IReadOnlyList<TemplateTableDefinition> Tables { get; init; }

    /// <summary>Explanation chapters the template requires (for completeness rules).</summary>
    public IReadOnlyList<ChapterRequirement> RequiredChapters { get; init; } = [];

    /// <summary>Substrings whose presence in the document points to this template (used for recognition).</summary>
    public IReadOnlyList<string> Markers { get; init; } = [];
}

/// <summary>A required explanation chapter: a stable id, its Chinese name and the heading patterns (regex) that satisfy it.</summary>
public sealed record ChapterRequirement(string Id, string Name, IReadOnlyList<string> Patterns);
