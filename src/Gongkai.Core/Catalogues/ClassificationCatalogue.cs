using System.Diagnostics.CodeAnalysis;
using Gongkai.Core.Classification;

namespace Gongkai.Core.Catalogues;

/// <summary>
/// 政府收支分类科目 of one year: 支出功能分类 (类/款/项), 部门预算支出经济分类 and 政府预算支出经济分类 (类/款), and the
/// 部门 → 政府 mapping. Lookups are dictionary lookups; get instances from <see cref="ICatalogueProvider.ForYear"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Years before <see cref="EmbeddedCatalogueProvider.FirstYear"/> use the first
/// compiled year; years after <see cref="EmbeddedCatalogueProvider.LastCompiledYear"/> use the entries still in force.</remarks>
public sealed class ClassificationCatalogue
{
    private static readonly CatalogueData s_empty = CatalogueData.FromText("h\n", "h\n", "h\n", "h\n");

    private readonly CatalogueData _data;
    private readonly Dictionary<string, CatalogueEntry> _function;
    private readonly Dictionary<string, CatalogueEntry> _departmental;
    private readonly Dictionary<string, CatalogueEntry> _government;
    private readonly Dictionary<string, CatalogueEntry[]> _children;

    /// <summary>An empty catalogue for <paramref name="year"/> (no entries: every lookup fails). For tests and placeholders.</summary>
    public ClassificationCatalogue(int year)
        : this(year, year, s_empty)
    {
    }

    internal ClassificationCatalogue(int year, int dataYear, CatalogueData data)
    {
        Year = year;
        DataYear = dataYear;
        _data = data;
        _function = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        _departmental = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        _government = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        foreach (var e in data.Entries)
        {
            if (!e.IsValidIn(dataYear)) continue;
            // Duplicates within a year are a data defect the loader tests catch; the first entry wins here.
            Table(e.Scheme).TryAdd(e.Code, e);
        }
        _children = _function.Values.Concat(_departmental.Values).Concat(_government.Values)
            .Where(e => e.ParentCode is not null)
            .GroupBy(e => Key(e.Scheme, e.ParentCode!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>预算年度 the catalogue was asked for.</summary>
    public int Year { get; }

    /// <summary>The year whose entries are in force here (<see cref="Year"/> clamped to the compiled range).</summary>
    public int DataYear { get; }

    /// <summary>True when <see cref="Year"/> is later than the last year the data was compiled for (new codes may be missing).</summary>
    public bool IsBeyondCompiledData => Year > EmbeddedCatalogueProvider.LastCompiledYear;

    /// <summary>支出功能分类 entries in force, ordered by code.</summary>
    public IReadOnlyList<CatalogueEntry> FunctionEntries => Ordered(_function);

    /// <summary>支出经济分类 entries in force for one scheme, ordered by code.</summary>
    public IReadOnlyList<CatalogueEntry> EconomicEntries(EconomicScheme scheme) =>
        Ordered(scheme == EconomicScheme.Government ? _government : _departmental);

    /// <summary>Entries in force of one scheme, ordered by code.</summary>
    public IReadOnlyList<CatalogueEntry> Entries(ClassificationScheme scheme) => Ordered(Table(scheme));

    /// <summary>Looks up a 支出功能分类 code (full digits, or split "210 15 01").</summary>
    public bool TryGetFunction(string? code, [NotNullWhen(true)] out CatalogueEntry? entry) =>
        TryGet(ClassificationScheme.Function, code, out entry);

    /// <summary>Looks up a 支出功能分类 code.</summary>
    public bool TryGetFunction(FunctionCode? code, [NotNullWhen(true)] out CatalogueEntry? entry)
    {
        entry = null;
        return code is not null && _function.TryGetValue(code.Value, out entry);
    }

    /// <summary>Looks up a 部门 (3xx) or 政府 (5xx) 经济分类 code.</summary>
    public bool TryGetEconomic(EconomicScheme scheme, string? code, [NotNullWhen(true)] out CatalogueEntry? entry) =>
        TryGet(ClassificationSchemes.From(scheme), code, out entry);

    /// <summary>Looks up an 经济分类 code.</summary>
    public bool TryGetEconomic(EconomicCode? code, [NotNullWhen(true)] out CatalogueEntry? entry)
    {
        entry = null;
        return code is not null && Table(ClassificationSchemes.From(code.Scheme)).TryGetValue(code.Value, out entry);
    }

    /// <summary>Looks up a code of any scheme in force this year.</summary>
    public bool TryGet(ClassificationScheme scheme, string? code, [NotNullWhen(true)] out CatalogueEntry? entry)
    {
        entry = null;
        if (code is null) return false;
        var table = Table(scheme);
        if (table.TryGetValue(code, out entry)) return true;
        var digits = CodeText.Digits(code);
        return digits is not null && !string.Equals(digits, code, StringComparison.Ordinal) && table.TryGetValue(digits, out entry);
    }

    /// <summary>Child entries (款 of a 类, 项 of a 款) in force this year, ordered by code.</summary>
    public IReadOnlyList<CatalogueEntry> ChildrenOf(ClassificationScheme scheme, string code) =>
        _children.TryGetValue(Key(scheme, code), out var list) ? list : [];

    /// <summary>Every entry of <paramref name="code"/> in any year (old names, codes introduced or retired), ordered by year.</summary>
    public IReadOnlyList<CatalogueEntry> Versions(ClassificationScheme scheme, string code) =>
        [.. _data.Versions(scheme, code).OrderBy(e => e.ValidFrom)];

    /// <summary>
    /// Whether the list of child codes under <paramref name="parentCode"/> (null: the 类 list) is
    /// complete and seen in sources, so a code missing from it is an error rather than a gap in the data.
    /// </summary>
    public bool IsChildListAuthoritative(ClassificationScheme scheme, string? parentCode)
    {
        if (parentCode is null) return _data.Entries.Count > 0; // the 类 lists are complete (DOMAIN.md §7.1, §7.4, §7.5 [S])
        return TryGet(scheme, parentCode, out var parent)
            && parent.ChildrenComplete && parent.Confidence == CatalogueConfidence.Seen;
    }

    /// <summary>
    /// Compares a printed 科目名称 with <paramref name="entry"/>: the official name, an alias, the code's name in another
    /// year, or a mismatch. Whitespace, bracket width, quotes, markup and 其它/其他 are normalised first, and a trailing
    /// qualifier naming the parent (行政运行（医疗保障管理）) is accepted.
    /// </summary>
    public NameMatchResult MatchName(CatalogueEntry entry, string? printedName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var printed = CatalogueNames.Normalize(printedName);
        if (printed.Length == 0) return new NameMatchResult(NameMatch.Blank, entry.Name);
        if (string.Equals(printed, CatalogueNames.Normalize(entry.Name), StringComparison.Ordinal))
        {
            return new NameMatchResult(NameMatch.Current, entry.Name);
        }
        if (entry.Aliases.Any(a => string.Equals(printed, CatalogueNames.Normalize(a), StringComparison.Ordinal)))
        {
            return new NameMatchResult(NameMatch.Alias, entry.Name);
        }
        if (HasParentQualifier(entry, printed)) return new NameMatchResult(NameMatch.Current, entry.Name);
        foreach (var other in _data.Versions(entry.Scheme, entry.Code))
        {
            if (ReferenceEquals(other, entry)) continue;
            if (string.Equals(printed, CatalogueNames.Normalize(other.Name), StringComparison.Ordinal)
                || other.Aliases.Any(a => string.Equals(printed, CatalogueNames.Normalize(a), StringComparison.Ordinal)))
            {
                return new NameMatchResult(NameMatch.OtherYearName, entry.Name, other);
            }
        }
        var official = CatalogueNames.Normalize(entry.Name);
        if (printed.Length >= MinTruncatedLength && printed.Length < official.Length && official.StartsWith(printed, StringComparison.Ordinal))
        {
            return new NameMatchResult(NameMatch.Truncated, entry.Name);
        }
        return new NameMatchResult(NameMatch.Mismatch, entry.Name);
    }

    // Shorter beginnings ("其他", "行政") say too little to call a name cut off rather than wrong.
    private const int MinTruncatedLength = 4;

    // "行政运行（医疗保障管理）": the official name followed by its 款 (or 类) name in brackets, a common way of telling
    // the many 行政运行 rows apart. The bracketed text must come from an ancestor's name.
    private bool HasParentQualifier(CatalogueEntry entry, string printed)
    {
        if (entry.ParentCode is null || !printed.EndsWith('）')) return false;
        var name = CatalogueNames.Normalize(entry.Name);
        if (printed.Length <= name.Length + 2 || !printed.StartsWith(name + "（", StringComparison.Ordinal)) return false;
        var qualifier = printed[(name.Length + 1)..^1];
        for (var code = entry.ParentCode; code is not null; code = code.Length > 3 ? code[..^2] : null)
        {
            if (TryGet(entry.Scheme, code, out var ancestor) && CatalogueNames.Normalize(ancestor.Name).Contains(qualifier, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Shorthand for <see cref="MatchName"/>'s kind.</summary>
    public NameMatch NameMatches(CatalogueEntry entry, string? printedName) => MatchName(entry, printedName).Kind;

    /// <summary>
    /// 政府预算支出经济分类 codes accepted for a 部门 code, for any unit type (机关 or 事业单位 …), including regional
    /// variants. A 细目 without its own mapping uses its 款's. Empty when the mapping does not cover the code.
    /// </summary>
    public IReadOnlyList<string> MapDepartmentalToGovernment(string? departmentalCode) =>
        [.. Mappings(departmentalCode).Select(m => m.GovernmentCode).Distinct(StringComparer.Ordinal)];

    /// <summary>Accepted 政府 codes of a 部门 code for one unit type.</summary>
    public IReadOnlyList<string> MapDepartmentalToGovernment(string? departmentalCode, BudgetUnitType unitType) =>
        [.. Mappings(departmentalCode).Where(m => m.UnitType == unitType).Select(m => m.GovernmentCode).Distinct(StringComparer.Ordinal)];

    /// <summary>The mapping rows of a 部门 code (a 细目 falls back to its 款).</summary>
    public IReadOnlyList<GovernmentMapping> Mappings(string? departmentalCode)
    {
        if (departmentalCode is null) return [];
        var code = CodeText.Digits(departmentalCode) ?? departmentalCode;
        if (_data.MappingsByCode.TryGetValue(code, out var list)) return list;
        return code.Length == 7 && _data.MappingsByCode.TryGetValue(code[..5], out list) ? list : [];
    }

    private Dictionary<string, CatalogueEntry> Table(ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Function => _function,
        ClassificationScheme.DepartmentalEconomic => _departmental,
        _ => _government,
    };

    private static CatalogueEntry[] Ordered(Dictionary<string, CatalogueEntry> table) =>
        [.. table.Values.OrderBy(e => e.Code, StringComparer.Ordinal)];

    private static string Key(ClassificationScheme scheme, string code) => ((int)scheme).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + code;
}
