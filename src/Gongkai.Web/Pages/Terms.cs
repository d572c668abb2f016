using System.Globalization;
using Gongkai.Core.Documents;

namespace Gongkai.Web.Pages;

/// <summary>Chinese names and query-string names of the model's enumerations (the contract's "budget"/"final").</summary>
public static class Terms
{
    public static string KindName(DocumentKind? kind) => kind switch
    {
        DocumentKind.Budget => "部门预算",
        DocumentKind.FinalAccounts => "部门决算",
        _ => "类型未知",
    };

    public static string KindName(string? contractName) => KindName(ParseKind(contractName));

    public static string LevelName(DocumentLevel? level) => level switch
    {
        DocumentLevel.Department => "部门",
        DocumentLevel.Unit => "单位",
        _ => "",
    };

    /// <summary>"budget" or "final" (as in the check-output contract).</summary>
    public static string? KindParameter(DocumentKind? kind) => kind switch
    {
        DocumentKind.Budget => "budget",
        DocumentKind.FinalAccounts => "final",
        _ => null,
    };

    public static DocumentKind? ParseKind(string? value) => value switch
    {
        "budget" or "预算" => DocumentKind.Budget,
        "final" or "决算" => DocumentKind.FinalAccounts,
        _ => null,
    };

    public static DocumentLevel? ParseLevel(string? value) => value switch
    {
        "department" or "部门" => DocumentLevel.Department,
        "unit" or "单位" => DocumentLevel.Unit,
        _ => null,
    };

    public static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static string Amount(decimal? value) => value?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "—";
}
