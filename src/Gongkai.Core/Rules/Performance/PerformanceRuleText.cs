using Gongkai.Core.Documents;
using System.Globalization;
using Gongkai.Core.Performance;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Performance;

/// <summary>Shared wording and tolerances of the performance rules.</summary>
internal static class PerformanceRuleText
{
    /// <summary>"项目支出绩效自评表（医疗保障宣传及系统运行经费）".</summary>
    public static string Place(PerformanceTable table)
    {
        var title = string.IsNullOrWhiteSpace(table.Source.Title) ? table.Source.Id?.Value ?? "绩效表" : table.Source.Title;
        return table.ProjectName is null ? title : title + "（" + table.ProjectName + "）";
    }

    public static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Rounded to 4 decimals, trailing zeros dropped.</summary>
    public static decimal Trim(decimal value) => Money.Rounding.Round(value, 4) / 1.0000000000000000000000000000m;

    public static string F(CellValue value) => value.ToString();

    /// <summary>One unit of the last printed digit of the least precise figure.</summary>
    public static decimal Unit(int decimals) => decimals <= 0 ? 1m : 1m / Pow10(decimals);

    public static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10m;
        return r;
    }

    /// <summary>Error beyond one unit of the last printed digit, info within it (四舍五入差异), null within half a unit.</summary>
    public static Severity? SeverityOf(decimal difference, int decimals)
    {
        var unit = Unit(decimals);
        var d = Math.Abs(difference);
        if (d <= unit / 2m) return null;
        return d <= unit ? Severity.Info : Severity.Error;
    }

    public static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    public static string? TableOf(PerformanceTable table) => table.Source.Id?.Value;
}
