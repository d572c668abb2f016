using System.Text.Json;

namespace Gongkai.Cli.Tests.Output;

/// <summary>
/// Asserts that JSON output has the shape of contracts/check-output.md: field names and types of every report,
/// table, row, finding and diagnostic. Extra fields are allowed (the contract says fields may be added).
/// </summary>
internal static class ContractShape
{
    private static readonly string[] s_categories =
    [
        "row-sum", "column-identity", "cross-table", "narrative-vs-table", "narrative-arithmetic",
        "narrative-self-contradiction", "completeness", "classification-code", "performance", "other",
    ];

    private static readonly string[] s_severities = ["error", "warning", "info"];

    public static void AssertReports(JsonElement root)
    {
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        foreach (var report in root.EnumerateArray()) AssertReport(report);
    }

    public static void AssertReport(JsonElement r)
    {
        Assert.Equal(JsonValueKind.Object, r.ValueKind);
        Kind(r, "source", JsonValueKind.String);
        Kind(r, "format", JsonValueKind.String, JsonValueKind.Null);

        var d = Prop(r, "document");
        Assert.Equal(JsonValueKind.Object, d.ValueKind);
        foreach (var name in new[] { "title", "entity", "entityCode", "template" }) Kind(d, name, JsonValueKind.String, JsonValueKind.Null);
        Kind(d, "year", JsonValueKind.Number, JsonValueKind.Null);
        OneOf(d, "level", "department", "unit");
        OneOf(d, "kind", "budget", "final");

        foreach (var t in Array(r, "tables"))
        {
            Kind(t, "id", JsonValueKind.String, JsonValueKind.Null);
            Kind(t, "title", JsonValueKind.String);
            Kind(t, "printedNumber", JsonValueKind.String, JsonValueKind.Null);
            Kind(t, "page", JsonValueKind.Number, JsonValueKind.Null);
            Assert.Contains(Prop(t, "amountUnit").GetString(), new[] { "元", "万元" });
            Kind(t, "empty", JsonValueKind.True, JsonValueKind.False);
            var columns = Array(t, "columns").Select(c =>
            {
                Assert.Equal(JsonValueKind.String, c.ValueKind);
                return c.GetString()!;
            }).ToHashSet(StringComparer.Ordinal);
            foreach (var row in Array(t, "rows"))
            {
                Kind(row, "code", JsonValueKind.String, JsonValueKind.Null);
                Kind(row, "name", JsonValueKind.String);
                var code = Prop(row, "code");
                if (code.ValueKind == JsonValueKind.String) Assert.Matches("^[0-9A-Za-z]+$", code.GetString()!);
                var values = Prop(row, "values");
                Assert.Equal(JsonValueKind.Object, values.ValueKind);
                foreach (var v in values.EnumerateObject())
                {
                    Assert.True(columns.Contains(v.Name) || columns.Contains(v.Name.Split('#')[0]),
                        $"values key “{v.Name}” is not a printed column header");
                    Assert.True(v.Value.ValueKind is JsonValueKind.Number or JsonValueKind.Null, $"value of {v.Name} is {v.Value.ValueKind}");
                }
            }
        }

        foreach (var c in Array(r, "claims"))
        {
            foreach (var name in new[] { "section", "quote", "subject" }) Kind(c, name, JsonValueKind.String);
            foreach (var name in new[] { "amount", "sharePercent", "change", "changePercent" }) Kind(c, name, JsonValueKind.Number, JsonValueKind.Null);
        }

        foreach (var p in Array(r, "performance"))
        {
            foreach (var name in new[] { "table", "title", "kind", "amountUnit" }) Kind(p, name, JsonValueKind.String);
            foreach (var name in new[] { "projectName", "department", "implementingUnit", "unitCode", "goal", "goalActual" }) Kind(p, name, JsonValueKind.String, JsonValueKind.Null);
            foreach (var fund in Array(p, "funds"))
            {
                Kind(fund, "kind", JsonValueKind.String);
                foreach (var name in new[] { "amount", "budgetAtStart", "budgetFull", "executed", "weight", "ratePercent", "score" })
                    Kind(fund, name, JsonValueKind.Number, JsonValueKind.Null);
            }
            foreach (var indicator in Array(p, "indicators"))
            {
                Kind(indicator, "name", JsonValueKind.String);
                foreach (var name in new[] { "targetDescription", "scoringStandard" }) Kind(indicator, name, JsonValueKind.String, JsonValueKind.Null);
                foreach (var name in new[] { "target", "actual" }) Kind(indicator, name, JsonValueKind.Object, JsonValueKind.Null);
                foreach (var name in new[] { "weight", "score" }) Kind(indicator, name, JsonValueKind.Number, JsonValueKind.Null);
            }
        }

        foreach (var f in Array(r, "findings"))
        {
            Kind(f, "rule", JsonValueKind.String);
            Assert.Contains(Prop(f, "severity").GetString(), s_severities);
            Assert.Contains(Prop(f, "category").GetString(), s_categories);
            Kind(f, "message", JsonValueKind.String);
            foreach (var name in new[] { "table", "row", "column", "quote" }) Kind(f, name, JsonValueKind.String, JsonValueKind.Null);
            foreach (var name in new[] { "page", "actual", "expected" }) Kind(f, name, JsonValueKind.Number, JsonValueKind.Null);
        }

        foreach (var g in Array(r, "diagnostics"))
        {
            Kind(g, "code", JsonValueKind.String);
            Assert.Contains(Prop(g, "severity").GetString(), s_severities);
            Kind(g, "message", JsonValueKind.String);
            Kind(g, "page", JsonValueKind.Number, JsonValueKind.Null);
        }
    }

    private static JsonElement Prop(JsonElement e, string name)
    {
        Assert.True(e.TryGetProperty(name, out var value), $"missing field “{name}” in {e}");
        return value;
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name)
    {
        var value = Prop(e, name);
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return value.EnumerateArray().ToList();
    }

    private static void Kind(JsonElement e, string name, params JsonValueKind[] kinds)
    {
        var value = Prop(e, name);
        Assert.True(kinds.Contains(value.ValueKind), $"field “{name}” is {value.ValueKind}, expected {string.Join("|", kinds)}");
    }

    private static void OneOf(JsonElement e, string name, params string[] allowed)
    {
        var value = Prop(e, name);
        if (value.ValueKind == JsonValueKind.Null) return;
        Assert.Contains(value.GetString(), allowed);
    }
}
