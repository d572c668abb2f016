using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Tables;

namespace Gongkai.Web.Contracts;

/// <summary>JSON of the API: enums as camel-case names, <see cref="TableId"/> and <see cref="ColumnKey"/> as plain strings.</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new TableIdConverter());
        options.Converters.Add(new ColumnKeyConverter());
    }

    private sealed class TableIdConverter : JsonConverter<TableId>
    {
        public override TableId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, TableId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed class ColumnKeyConverter : JsonConverter<ColumnKey>
    {
        public override ColumnKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, ColumnKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
