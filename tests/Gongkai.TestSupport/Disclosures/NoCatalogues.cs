using Gongkai.Core.Catalogues;

namespace Gongkai.TestSupport.Disclosures;

/// <summary>A catalogue provider with empty catalogues, for rules that do not read catalogues.</summary>
public sealed class NoCatalogues : ICatalogueProvider
{
    public static readonly NoCatalogues Instance = new();

    public ClassificationCatalogue ForYear(int year) => new(year);
}
