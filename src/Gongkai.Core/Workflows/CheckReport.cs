using Gongkai.Core.Documents;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Workflows;

/// <summary>The result of checking one input: the document read (or null), its findings and the read diagnostics.</summary>
public sealed record CheckReport
{
    public required string Source { get; init; }

    /// <summary>Format id, or null when no importer accepted the input.</summary>
    public string? Format { get; init; }

    /// <summary>The document, or null when the input could not be read at all (exit code 2).</summary>
    public DisclosureDocument? Document { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the input could not be read at all.</summary>
    public bool Unreadable => Document is null;
}
