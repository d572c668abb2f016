using System.Globalization;
using System.Reflection;
using Gongkai.Core.Classification;

namespace Gongkai.Core.Catalogues;

/// <summary>
/// Every entry of every year, read once from the embedded data files (Catalogues/Data/*.csv). Malformed data is a
/// build defect: the loader throws <see cref="InvalidDataException"/> naming the file and line (a test loads it).
/// </summary>
internal sealed class CatalogueData
{
    public const string ResourcePrefix = "Gongkai.Core.Catalogues.Data.";
    public const string FunctionalFile = "functional.csv";
    public const string DepartmentalFile = "economic-departmental.csv";
    public const string GovernmentFile = "economic-government.csv";
    public const string MappingFile = "economic-mapping.csv";

    private readonly Dictionary<(ClassificationScheme, string), List<CatalogueEntry>> _versions = [];

    private CatalogueData(IReadOnlyList<CatalogueEntry> entries, IReadOnlyList<GovernmentMapping> mappings)
    {
        Entries = entries;
        Mappings = mappings;
        foreach (var e in entries)
        {
            if (!_versions.TryGetValue((e.Scheme, e.Code), out var list)) _versions[(e.Scheme, e.Code)] = list = [];
            list.Add(e);
        }
        var byCode = new Dictionary<string, List<GovernmentMapping>>(StringComparer.Ordinal);
        foreach (var m in mappings)
        {
            if (!byCode.TryGetValue(m.DepartmentalCode, out var list)) byCode[m.DepartmentalCode] = list = [];
            list.Add(m);
        }
        MappingsByCode = byCode.ToDictionary(p => p.Key, p => (IReadOnlyList<GovernmentMapping>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>All entries, all schemes, all years.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    public IReadOnlyList<GovernmentMapping> Mappings { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<GovernmentMapping>> MappingsByCode { get; }

    /// <summary>Every entry (all years) of one code.</summary>
    public IReadOnlyList<CatalogueEntry> Versions(ClassificationScheme scheme, string code) =>
        _versions.TryGetValue((scheme, code), out var list) ? list : [];

    public static CatalogueData LoadEmbedded()
    {
        var assembly = typeof(CatalogueData).Assembly;
        var entries = new List<CatalogueEntry>();
        entries.AddRange(ReadEntries(assembly, FunctionalFile, ClassificationScheme.Function));
        entries.AddRange(ReadEntries(assembly, DepartmentalFile, ClassificationScheme.DepartmentalEconomic));
        entries.AddRange(ReadEntries(assembly, GovernmentFile, ClassificationScheme.GovernmentEconomic));
        return new CatalogueData(entries, ReadMappings(assembly, MappingFile));
    }

    /// <summary>Loads from CSV texts (tests).</summary>
    public static CatalogueData FromText(string functional, string departmental, string government, string mapping) =>
        new(
            [
                .. ParseEntries(functional, FunctionalFile, ClassificationScheme.Function),
                .. ParseEntries(departmental, DepartmentalFile, ClassificationScheme.DepartmentalEconomic),
                .. ParseEntries(government, GovernmentFile, ClassificationScheme.GovernmentEconomic),
            ],
            ParseMappings(mapping, MappingFile));

    /// <summary>The text of an embedded data file.</summary>
    public static string ReadResource(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidDataException($"Embedded catalogue data '{ResourcePrefix + file}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<CatalogueEntry> ReadEntries(Assembly assembly, string file, ClassificationScheme scheme) =>
        ParseEntries(ReadResource(assembly, file), file, scheme);

    private static List<GovernmentMapping> ReadMappings(Assembly assembly, string file) =>
        ParseMappings(ReadResource(assembly, file), file);

    private static IEnumerable<(int Line, string[] Fields)> Rows(string text, string file, int columns)
    {
        var lineNo = 0;
        var headerSeen = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            var fields = line.Split(',');
            if (fields.Length != columns)
            {
                throw new InvalidDataException($"{file}:{lineNo}: expected {columns} fields, found {fields.Length}.");
            }
            yield return (lineNo, fields);
        }
    }

    private static List<CatalogueEntry> ParseEntries(string text, string file, ClassificationScheme scheme)
    {
        var list = new List<CatalogueEntry>();
        foreach (var (line, f) in Rows(text, file, 9))
        {
            var code = f[0].Trim();
            var level = ClassificationLevels.FromDigitCount(code.Length)
                ?? throw new InvalidDataException($"{file}:{line}: code '{code}' is not 3, 5 or 7 digits.");
            if (!code.All(char.IsAsciiDigit) || ClassificationSchemes.FromFirstDigit(code[0]) != scheme)
            {
                throw new InvalidDataException($"{file}:{line}: '{code}' is not a {scheme} code.");
            }
            var levelName = level.ToChinese(scheme.IsEconomic());
            if (f[1] != levelName) throw new InvalidDataException($"{file}:{line}: level '{f[1]}' should be '{levelName}'.");
            var parent = code.Length == 3 ? null : code[..^2];
            if ((f[3].Length == 0 ? null : f[3]) != parent) throw new InvalidDataException($"{file}:{line}: parent '{f[3]}' should be '{parent}'.");
            if (f[2].Trim().Length == 0) throw new InvalidDataException($"{file}:{line}: empty name.");
            list.Add(new CatalogueEntry
            {
                Scheme = scheme,
                Code = code,
                Level = level,
                Name = f[2].Trim(),
                ParentCode = parent,
                Aliases = f[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                ValidFrom = Year(f[5], file, line) ?? throw new InvalidDataException($"{file}:{line}: valid_from is required."),
                ValidTo = Year(f[6], file, line),
                Confidence = f[7] switch
                {
                    "S" => CatalogueConfidence.Seen,
                    "K" => CatalogueConfidence.Known,
                    "?" => CatalogueConfidence.Uncertain,
                    _ => throw new InvalidDataException($"{file}:{line}: confidence '{f[7]}' is not S, K or ?."),
                },
                ChildrenComplete = f[8] switch
                {
                    "Y" => true,
                    "" or "N" => false,
                    _ => throw new InvalidDataException($"{file}:{line}: children_complete '{f[8]}' is not Y or empty."),
                },
            });
        }
        return list;
    }

    private static List<GovernmentMapping> ParseMappings(string text, string file)
    {
        var list = new List<GovernmentMapping>();
        foreach (var (line, f) in Rows(text, file, 5))
        {
            var unit = f[1] switch
            {
                "机关" => BudgetUnitType.Agency,
                "事业单位" => BudgetUnitType.Institution,
                "企业" => BudgetUnitType.Enterprise,
                _ => throw new InvalidDataException($"{file}:{line}: unit type '{f[1]}' is not 机关, 事业单位 or 企业."),
            };
            var confidence = f[3] switch
            {
                "S" => CatalogueConfidence.Seen,
                "K" => CatalogueConfidence.Known,
                "?" => CatalogueConfidence.Uncertain,
                _ => throw new InvalidDataException($"{file}:{line}: confidence '{f[3]}' is not S, K or ?."),
            };
            foreach (var gov in f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Add(new GovernmentMapping(f[0].Trim(), unit, gov, confidence, f[4].Length == 0 ? null : f[4]));
            }
        }
        return list;
    }

    private static int? Year(string text, string file, int line)
    {
        if (text.Trim().Length == 0) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2200
            ? y
            : throw new InvalidDataException($"{file}:{line}: '{text}' is not a year.");
    }
}
