using Gongkai.Core.Classification;

namespace Gongkai.Core.Catalogues;

/// <summary>
/// 科目: one code of one classification with its official name over a range of years. A code whose name changed
/// (210 医疗卫生与计划生育支出 → 卫生健康支出 in 2019) has one entry per name period.
/// </summary>
public sealed record CatalogueEntry
{
    public required ClassificationScheme Scheme { get; init; }

    /// <summary>Full digits ("2101501").</summary>
    public required string Code { get; init; }

    /// <summary>类 / 款 / 项 (细目 for 7-digit economic codes).</summary>
    public required ClassificationLevel Level { get; init; }

    /// <summary>科目名称: the official name in <see cref="ValidFrom"/>–<see cref="ValidTo"/>.</summary>
    public required string Name { get; init; }

    /// <summary>The parent code (款 of a 项, 类 of a 款), or null for a 类.</summary>
    public string? ParentCode { get; init; }

    /// <summary>Variant printed names accepted for this entry (other wording seen in disclosures, bracket variants).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>First year (inclusive). The data starts with 2018: 2018 means "2018 or earlier".</summary>
    public required int ValidFrom { get; init; }

    /// <summary>Last year (inclusive), or null while in force.</summary>
    public int? ValidTo { get; init; }

    public required CatalogueConfidence Confidence { get; init; }

    /// <summary>True when the data lists every child code of this entry, so an unlisted child is not a gap in the data.</summary>
    public bool ChildrenComplete { get; init; }

    /// <summary>True when the entry is in force in <paramref name="year"/>.</summary>
    public bool IsValidIn(int year) => year >= ValidFrom && (ValidTo is null || year <= ValidTo.Value);

    /// <summary>"2019年起" / "2014—2018年" for messages.</summary>
    public string ValidityText =>
        ValidTo is null
            ? ValidFrom.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年起"
            : ValidFrom.ToString(System.Globalization.CultureInfo.InvariantCulture) + "—"
              + ValidTo.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年";
}
