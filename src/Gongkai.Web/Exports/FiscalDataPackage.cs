using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Core.Money;
using Gongkai.Core.Tables;
using Gongkai.Store;

namespace Gongkai.Web.Exports;

/// <summary>
/// 开放数据包: a document as a Fiscal Data Package (Open Knowledge's fiscal profile of Data Package): datapackage.json
/// with one CSV resource per recognised table, a model whose measures carry the currency (CNY) and the table's unit as
/// <c>factor</c> (10000 for 万元, 1 for 元), and whose classification dimensions give the 类 → 款 → 项 hierarchy
/// (functional codes 2xx, economic codes 3xx/5xx) as parent attributes.
/// </summary>
public static class FiscalDataPackage
{
    /// <summary>Writes the package of one document into <paramref name="zip"/> under <paramref name="folder"/> ("" for the root).</summary>
    public static void Write(ZipArchive zip, StoredDocument stored, string folder = "")
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Summary;
        var resources = new JsonArray();
        var measures = new JsonObject();
        var dimensions = new JsonObject();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < stored.Document.Tables.Count; t++)
        {
            var table = stored.Document.Tables[t];
            if (table.Rows.Count == 0) continue;
            var resource = Unique(names, (table.Id?.Value ?? "table" + t.ToString(CultureInfo.InvariantCulture)).ToLowerInvariant());
            var fields = new List<(string Name, string Title, string Type)>
            {
                ("code", "科目编码", "string"), ("class_code", "类", "string"), ("section_code", "款", "string"), ("item_code", "项", "string"),
                ("name", "科目名称", "string"), ("row_kind", "行类型", "string"), ("side", "栏", "string"),
            };
            var valueFields = new List<string>();
            var fieldNames = new HashSet<string>(fields.Select(f => f.Name), StringComparer.Ordinal);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var baseName = column.Key is { } key ? Snake(key.Value) : "column_" + (c + 1).ToString(CultureInfo.InvariantCulture);
                if (column.Side != TableSide.None) baseName += column.Side == TableSide.Income ? "_income" : "_expenditure";
                var name = Unique(fieldNames, baseName);
                valueFields.Add(name);
                fields.Add((name, column.Header, "number"));
                measures[resource + "." + name] = new JsonObject
                {
                    ["source"] = name,
                    ["resource"] = resource,
                    ["title"] = column.Header,
                    ["currency"] = "CNY",
                    ["factor"] = table.AmountUnit.YuanPerUnit(),
                    ["direction"] = column.Side == TableSide.Income ? "revenue" : "expenditure",
                };
            }
            var csv = new CsvWriter().Row(fields.Select(f => (object?)f.Name));
            foreach (var row in table.Rows)
            {
                var (cl, se, it) = TableExport.Hierarchy(row.Code);
                csv.Row([row.Code, cl, se, it, row.ProjectName ?? row.Name, row.Kind.ToString(), TableSideName(row.Side), .. row.Values.Select(v => (object?)v.Value)]);
            }
            var path = resource + ".csv";
            Entry(zip, folder + path, csv.ToString());
            resources.Add(new JsonObject
            {
                ["name"] = resource,
                ["title"] = (table.PrintedNumber is null ? "" : table.PrintedNumber + " ") + table.Title,
                ["path"] = path,
                ["format"] = "csv",
                ["mediatype"] = "text/csv",
                ["encoding"] = "utf-8",
                ["profile"] = "tabular-data-resource",
                ["unit"] = table.AmountUnit.ToChinese(),
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray(fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["title"] = f.Title, ["type"] = f.Type }).ToArray()),
                },
            });
            var economic = table.Rows.FirstOrDefault(r => r.Code is { Length: >= 3 })?.Code![0] is '3' or '5';
            dimensions[resource + ".classification"] = new JsonObject
            {
                ["dimensionType"] = "classification",
                ["classificationType"] = economic ? "economic" : "functional",
                ["title"] = economic ? "支出经济分类" : "支出功能分类",
                ["attributes"] = new JsonObject
                {
                    ["class"] = new JsonObject { ["source"] = "class_code", ["resource"] = resource, ["title"] = "类" },
                    ["section"] = new JsonObject { ["source"] = "section_code", ["resource"] = resource, ["title"] = "款", ["parent"] = "class" },
                    ["item"] = new JsonObject { ["source"] = "item_code", ["resource"] = resource, ["title"] = "项", ["parent"] = "section" },
                    ["code"] = new JsonObject { ["source"] = "code", ["resource"] = resource, ["title"] = "科目编码" },
                    ["label"] = new JsonObject { ["source"] = "name", ["resource"] = resource, ["title"] = "科目名称", ["labelfor"] = "code" },
                },
                ["primaryKey"] = new JsonArray("code"),
            };
        }
        var package = new JsonObject
        {
            ["name"] = "gongkai-document-" + s.Id.ToString(CultureInfo.InvariantCulture),
            ["title"] = s.Title ?? s.FileName,
            ["profile"] = "fiscal-data-package",
            ["countryCode"] = "CN",
            ["currency"] = "CNY",
            ["fiscalPeriod"] = s.Year is { } y
                ? new JsonObject { ["start"] = y.ToString(CultureInfo.InvariantCulture) + "-01-01", ["end"] = y.ToString(CultureInfo.InvariantCulture) + "-12-31" }
                : null,
            ["keywords"] = new JsonArray("部门预算公开", "部门决算公开"),
            ["entity"] = s.Entity,
            ["region"] = s.Region,
            ["kind"] = Pages.Terms.KindParameter(s.Kind),
            ["sources"] = new JsonArray(new JsonObject { ["title"] = s.FileName, ["sha256"] = s.ContentHash }),
            ["resources"] = resources,
            ["model"] = new JsonObject { ["measures"] = measures, ["dimensions"] = dimensions },
        };
        Entry(zip, folder + "datapackage.json", package.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep Chinese readable
        }));
    }

    /// <summary>A zip holding one document's package.</summary>
    public static byte[] Zip(StoredDocument stored)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true)) Write(zip, stored);
        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string path, string text)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }

    private static string? TableSideName(TableSide side) => side switch
    {
        TableSide.Income => "income",
        TableSide.Expenditure => "expenditure",
        _ => null,
    };

    private static string Unique(HashSet<string> used, string name)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++) candidate = name + "_" + i.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    private static string Snake(string pascal)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
