using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Templates;

namespace Gongkai.TestSupport.Disclosures;

/// <summary>A generated disclosure, the template it follows, and the seed it came from.</summary>
public sealed record GeneratedDisclosure(DisclosureDocument Document, TemplateDefinition Template, int Seed)
{
    /// <summary>A rule context over <paramref name="document"/> (default: the generated one) with the template set.</summary>
    public RuleContext Context(DisclosureDocument? document = null, RuleOptions? options = null) =>
        new(document ?? Document, EmbeddedCatalogueProvider.Default, options ?? RuleOptions.Default) { Template = Template };
}
