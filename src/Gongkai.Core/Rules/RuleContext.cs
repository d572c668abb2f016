using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules;

/// <summary>What a rule sees: the document, the catalogues for its year, and the options.</summary>
public sealed record RuleContext(DisclosureDocument Document, ICatalogueProvider Catalogues, RuleOptions Options)
{
    /// <summary>
    /// The template the document was recognised as (its table list and required chapters), or null when unknown.
    /// Completeness rules (D-R01, B-R25) do not apply without it.
    /// </summary>
    public TemplateDefinition? Template { get; init; }
}
