namespace Gongkai.Core.Catalogues;

/// <summary>How a printed 科目名称 compares with the catalogue.</summary>
public enum NameMatch
{
    /// <summary>The official name of that year (after normalising whitespace, brackets, 其它/其他, quotes).</summary>
    Current,

    /// <summary>A known variant printing of the name (alias).</summary>
    Alias,

    /// <summary>The code's official name in another year (an old name, or one not yet in force).</summary>
    OtherYearName,

    /// <summary>Not the code's name.</summary>
    Mismatch,

    /// <summary>No name printed (nothing to compare).</summary>
    Blank,

    /// <summary>
    /// The beginning of the official name only (at least four characters): usually a wrapped table cell whose second
    /// line was lost in extraction ("文化旅游体育与传媒" for 文化旅游体育与传媒支出).
    /// </summary>
    Truncated,
}

/// <summary>
/// Result of <see cref="ClassificationCatalogue.MatchName"/>: the kind of match, the expected (official) name, and for
/// <see cref="NameMatch.OtherYearName"/> the entry (with its years) whose name was printed.
/// </summary>
public sealed record NameMatchResult(NameMatch Kind, string ExpectedName, CatalogueEntry? MatchedEntry = null);
