using Gongkai.Compose.Checks;
using Gongkai.Core.Documents;
using Gongkai.Core.Templates;

namespace Gongkai.Compose.Composing;

/// <summary>The composed document (null while the input has errors), its template and the input-check issues.</summary>
public sealed record ComposeResult
{
    public DisclosureDocument? Document { get; init; }

    public TemplateDefinition? Template { get; init; }

    public IReadOnlyList<LedgerIssue> Issues { get; init; } = [];

    public bool Succeeded => Document is not null;
}
