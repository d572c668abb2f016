using System.Collections.Concurrent;

namespace Gongkai.Core.Catalogues;

/// <summary>
/// The catalogues carried by the product: embedded data compiled from 《政府收支分类科目》 (by year) and 财预〔2017〕98号
/// (Catalogues/Data/*.csv), loaded once on first use.
/// </summary>
/// <remarks>Thread-safe; catalogues are cached per year. Use <see cref="Default"/> unless a test needs its own instance.</remarks>
public sealed class EmbeddedCatalogueProvider : ICatalogueProvider
{
    /// <summary>First year the data covers (the 2018 catalogue; 支出经济分类 reform in force from the 2018 budget).</summary>
    public const int FirstYear = 2018;

    /// <summary>Last year the data was compiled for; later years use the entries still in force.</summary>
    public const int LastCompiledYear = 2026;

    private const int CachedMargin = 30;

    private readonly Lazy<CatalogueData> _data;
    private readonly ConcurrentDictionary<int, ClassificationCatalogue> _byDataYear = new();
    private readonly ConcurrentDictionary<int, ClassificationCatalogue> _byYear = new();

    public EmbeddedCatalogueProvider() => _data = new Lazy<CatalogueData>(CatalogueData.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    internal EmbeddedCatalogueProvider(CatalogueData data) => _data = new Lazy<CatalogueData>(data);

    /// <summary>The shared instance.</summary>
    public static EmbeddedCatalogueProvider Default { get; } = new();

    /// <summary>Version of the compiled data ("2018-2026").</summary>
    public string VersionId => FormattableString.Invariant($"{FirstYear}-{LastCompiledYear}");

    /// <inheritdoc />
    public ClassificationCatalogue ForYear(int year)
    {
        var dataYear = Math.Clamp(year, FirstYear, LastCompiledYear);
        if (year == dataYear) return _byDataYear.GetOrAdd(dataYear, y => new ClassificationCatalogue(y, y, _data.Value));
        // Out-of-range years keep their own Year (for messages) over the nearest compiled year's entries. Plausible
        // years are cached; a nonsense year (a misread cover) gets a fresh instance so the cache stays bounded.
        if (year is < FirstYear - CachedMargin or > LastCompiledYear + CachedMargin) return new ClassificationCatalogue(year, dataYear, _data.Value);
        return _byYear.GetOrAdd(year, y => new ClassificationCatalogue(y, dataYear, _data.Value));
    }
}
