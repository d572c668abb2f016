namespace Gongkai.Core.Catalogues;

/// <summary>
/// One year's catalogue. Placeholder shape: the catalogue work (issue 2, item 3) fills in entries, loading and lookups.
/// </summary>
public sealed class ClassificationCatalogue
{
    public ClassificationCatalogue(int year) => Year = year;

    public int Year { get; }
}
