namespace Gongkai.Core.Catalogues;

/// <summary>
/// Year-versioned classification catalogues (支出功能分类, 部门/政府预算支出经济分类 and the mapping between them),
/// compiled from the official lists into embedded data. Thread-safe.
/// </summary>
public interface ICatalogueProvider
{
    /// <summary>The catalogue in force for <paramref name="year"/> (the nearest version at or before it).</summary>
    ClassificationCatalogue ForYear(int year);
}
