using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Templates;

/// <summary>
/// The regional templates, loaded from the JSON data embedded in Gongkai.Core (Templates/Data/*.json).
/// Immutable and thread-safe.
/// </summary>
public sealed class TemplateRegistry
{
    private const string ResourcePrefix = "Gongkai.Core.Templates.Data.";
    private static readonly Lazy<TemplateRegistry> s_default = new(LoadEmbedded);

    private readonly Dictionary<string, TemplateDefinition> _byId;

    private TemplateRegistry(IReadOnlyList<TemplateDefinition> templates)
    {
        All = templates;
        _byId = templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The built-in templates.</summary>
    public static TemplateRegistry Default => s_default.Value;

    /// <summary>All templates, in a stable order (by id).</summary>
    public IReadOnlyList<TemplateDefinition> All { get; }

    /// <summary>The template with this id, or null.</summary>
    public TemplateDefinition? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Builds a registry from JSON documents (one template each); throws <see cref="FormatException"/> on bad data.</summary>
    public static TemplateRegistry FromJson(IEnumerable<string> jsonDocuments)
    {
        ArgumentNullException.ThrowIfNull(jsonDocuments);
        var templates = jsonDocuments.Select(Parse).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var duplicate = templates.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new FormatException($"Duplicate template id '{duplicate.Key}'.");
        return new TemplateRegistry(templates);
    }

    private static TemplateRegistry LoadEmbedded()
    {
        var assembly = typeof(TemplateRegistry).Assembly;
        var documents = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                     && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded template '{name}' is missing.");
            using var reader = new StreamReader(stream);
            documents.Add(reader.ReadToEnd());
        }
        return FromJson(documents);
    }

    private static TemplateDefinition Parse(string json)
    {
        TemplateDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, TemplateJsonContext.Default.TemplateDto) ?? throw new FormatException("Empty template document.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("Template JSON is malformed: " + ex.Message, ex);
        }
        var id = Require(dto.Id, "id");
        return new TemplateDefinition
        {
            Id = id,
            Name = Require(dto.Name, id + ".name"),
            Kind = Enum.Parse<DocumentKind>(Require(dto.Kind, id + ".kind")),
            Tables = (dto.Tables ?? []).Select(t => ToTable(id, t)).ToList(),
            RequiredChapters = (dto.Chapters ?? []).Select(c => new ChapterRequirement(Require(c.Id, id + ".chapter.id"),
                Require(c.Name, id + ".chapter.name"), c.Patterns ?? [])).ToList(),
            Markers = dto.Markers ?? [],
        };
    }

    private static TemplateTableDefinition ToTable(string templateId, TableDto t)
    {
        var where = templateId + "." + t.Id;
        var layouts = (t.Layouts ?? []).Select(l => new ColumnLayout(Require(l.Name, where + ".layout.name"),
            (l.Columns ?? []).Select(c => new ColumnDefinition(new ColumnKey(Require(c.Key, where + ".column.key")),
                Require(c.Header, where + ".column.header"), c.Aliases is { Count: > 0 } ? c.Aliases : [c.Header!], ParseSide(c.Side))).ToList(),
            (l.Identities ?? []).Select(i => new ColumnIdentity(new ColumnKey(Require(i.Target, where + ".identity.target")),
                (i.Addends ?? []).Select(a => new ColumnKey(a)).ToList(), ParseSide(i.Side))).ToList(),
            l.RowAxis is null ? null : Enum.Parse<TableRowAxis>(l.RowAxis))).ToList();
        if (layouts.Count == 0) throw new FormatException($"Template table {where} has no column layout.");
        foreach (var pattern in t.Titles ?? [])
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant); // fail fast on a bad pattern
        }
        return new TemplateTableDefinition
        {
            Id = new TableId(Require(t.Id, templateId + ".table.id")),
            Name = Require(t.Name, where + ".name"),
            Required = t.Required ?? true,
            TitlePatterns = t.Titles ?? [],
            RowAxis = Enum.Parse<TableRowAxis>(Require(t.RowAxis, where + ".rowAxis")),
            Columns = layouts[0].Columns,
            ColumnIdentities = layouts[0].Identities,
            Layouts = layouts,
            RowDefinitions = (t.Rows ?? []).Select(r => new RowDefinition(Require(r.Key, where + ".row.key"), Require(r.Label, where + ".row.label"),
                ParseSide(r.Side), r.Aliases is { Count: > 0 } ? r.Aliases : [r.Label!])).ToList(),
            RowIdentities = (t.RowIdentities ?? []).Select(r => new RowIdentity(Require(r.Target, where + ".rowIdentity.target"), r.Addends ?? [])).ToList(),
            Transposed = t.Transposed ?? false,
        };
    }

    private static TableSide ParseSide(string? side) => string.IsNullOrEmpty(side) ? TableSide.None : Enum.Parse<TableSide>(side);

    private static string Require(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"Template data: '{what}' is missing.") : value;
}
