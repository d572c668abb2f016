using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules;

/// <summary>What a rule sees: the document, the catalogues for its year, and the options.</summary>
public sealed record RuleContext(DisclosureDocument Document, ICatalogueProvider Catalogues, RuleOptions Options);
