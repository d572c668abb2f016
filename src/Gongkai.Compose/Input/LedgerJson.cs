using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Compose.Checks;
using Gongkai.Compose.Ledger;
using Gongkai.Core.Documents;

namespace Gongkai.Compose.Input;

/// <summary>
/// 填报数据 as JSON (System.Text.Json): the <see cref="BudgetLedger"/> with camelCase members and enums by name
/// (e.g. "source": "GeneralBudget"). Malformed JSON is reported with its line and position, never thrown.
/// </summary>
public static class LedgerJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write(BudgetLedger ledger, Stream output)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        JsonSerializer.Serialize(output, ledger, s_options);
    }

    public static string ToJson(BudgetLedger ledger) => JsonSerializer.Serialize(ledger, s_options);

    /// <summary>Reads a ledger; <paramref name="name"/> names the file in messages.</summary>
    public static LedgerReadResult Read(Stream input, string name)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var ledger = JsonSerializer.Deserialize<BudgetLedger>(input, s_options);
            if (ledger is null) return Fail(name, "文件内容为空（null）。", null);
            // Each line item names its place for the input checks.
            var items = ledger.LineItems.Select((item, i) => item.Location is null ? item with { Location = new CellLocation("lineItems", i + 1) } : item).ToList();
            return new LedgerReadResult(ledger with { LineItems = items }, []);
        }
        catch (JsonException ex)
        {
            var at = ex.LineNumber is { } line ? new CellLocation(name, (int)line + 1, ex.BytePositionInLine is { } p ? "第" + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "字节" : null) : null;
            return Fail(name, $"JSON 格式错误或缺少必填项：{ex.Message}", at);
        }
        catch (NotSupportedException ex)
        {
            return Fail(name, $"JSON 内容无法读取：{ex.Message}", null);
        }
    }

    private static LedgerReadResult Fail(string name, string message, CellLocation? at) =>
        new(null, [new LedgerIssue("INPUT-JSON", Severity.Error, $"文件“{name}”：{message}") { Location = at }]);
}
