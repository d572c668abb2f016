using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;

namespace Gongkai.Store;

/// <summary>The text stored for enum values: the contract names where the check contract has them, else the enum name.</summary>
internal static class StoreNames
{
    public static string? Kind(DocumentKind? kind) => kind switch
    {
        DocumentKind.Budget => "budget",
        DocumentKind.FinalAccounts => "final",
        _ => null,
    };

    public static DocumentKind? ParseKind(string? text) => text switch
    {
        "budget" => DocumentKind.Budget,
        "final" => DocumentKind.FinalAccounts,
        _ => null,
    };

    public static string? Level(DocumentLevel? level) => level switch
    {
        DocumentLevel.Department => "department",
        DocumentLevel.Unit => "unit",
        _ => null,
    };

    public static DocumentLevel? ParseLevel(string? text) => text switch
    {
        "department" => DocumentLevel.Department,
        "unit" => DocumentLevel.Unit,
        _ => null,
    };

    public static string Severity(Severity severity) => severity switch
    {
        Core.Documents.Severity.Error => "error",
        Core.Documents.Severity.Warning => "warning",
        _ => "info",
    };

    public static Severity ParseSeverity(string? text) => text switch
    {
        "error" => Core.Documents.Severity.Error,
        "warning" => Core.Documents.Severity.Warning,
        _ => Core.Documents.Severity.Info,
    };

    public static string Category(FindingCategory category) => category.ToContractName();

    public static FindingCategory ParseCategory(string? text) =>
        Enum.GetValues<FindingCategory>().FirstOrDefault(c => c.ToContractName() == text, FindingCategory.Other);

    public static string Unit(AmountUnit unit) => unit == AmountUnit.Yuan ? "元" : "万元";

    public static AmountUnit ParseUnit(string? text) => text == "元" ? AmountUnit.Yuan : AmountUnit.WanYuan;

    public static string RowKind(RowKind kind) => kind.ToString();

    public static RowKind ParseRowKind(string? text) => Enum.TryParse<RowKind>(text, out var k) ? k : Core.Tables.RowKind.Line;

    public static string Side(TableSide side) => side.ToString();

    public static TableSide ParseSide(string? text) => Enum.TryParse<TableSide>(text, out var s) ? s : TableSide.None;
}
