using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Core.Templates;

/// <summary>Source-generated JSON metadata for the template data (works trimmed and AOT).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TemplateDto))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;

internal sealed class TemplateDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? Markers { get; set; }
    public List<ChapterDto>? Chapters { get; set; }
    public List<TableDto>? Tables { get; set; }
}

internal sealed class ChapterDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Patterns { get; set; }
}

internal sealed class TableDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? Required { get; set; }
    public List<string>? Titles { get; set; }
    public string? RowAxis { get; set; }
    public List<LayoutDto>? Layouts { get; set; }
    public List<RowDto>? Rows { get; set; }
    public List<RowIdentityDto>? RowIdentities { get; set; }
    public bool? Transposed { get; set; }
}

internal sealed class LayoutDto
{
    public string? Name { get; set; }
    public List<ColumnDto>? Columns { get; set; }
    public List<IdentityDto>? Identities { get; set; }
    public string? RowAxis { get; set; }
}

internal sealed class ColumnDto
{
    public string? Key { get; set; }
    public string? Header { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Side { get; set; }
}

internal sealed class IdentityDto
{
    public string? Target { get; set; }
    public List<string>? Addends { get; set; }
    public string? Side { get; set; }
}

internal sealed class RowDto
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public string? Side { get; set; }
    public List<string>? Aliases { get; set; }
}

internal sealed class RowIdentityDto
{
    public string? Target { get; set; }
    public List<string>? Addends { get; set; }
}
