using System.Globalization;
using Gongkai.Core.Money;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules;

/// <summary>How rules name tables, rows, columns and amounts in their Chinese messages (invariant culture).</summary>
internal static class RuleText
{
    /// <summary>The printed number ("表三"), else the title, else the canonical id.</summary>
    public static string TableLabel(DisclosureTable table)
    {
        if (!string.IsNullOrWhiteSpace(table.PrintedNumber)) return table.PrintedNumber!;
        if (!string.IsNullOrWhiteSpace(table.Title)) return table.Title;
        return table.Id?.Value ?? "未识别表";
    }

    /// <summary>"210 卫生健康支出", or the name of an uncoded row.</summary>
    public static string RowLabel(TableRow row) =>
        row.Code is null ? row.Name : (string.IsNullOrEmpty(row.Name) ? row.Code : row.Code + " " + row.Name);

    /// <summary>The finding's Row field: code, else key, else printed name.</summary>
    public static string RowRef(TableRow row) => row.Code ?? row.Key ?? row.Name;

    public static string Amount(decimal value, int decimals) =>
        value.ToString("F" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Unit(AmountUnit unit) => unit.ToChinese();

    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
