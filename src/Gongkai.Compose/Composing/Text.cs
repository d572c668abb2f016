using System.Globalization;
using Gongkai.Core.Money;

namespace Gongkai.Compose.Composing;

/// <summary>Figures and phrases of the explanation text (DOMAIN.md §4.2): amounts in 万元 with 2 decimals, rates in %.</summary>
internal static class Text
{
    public static string N(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);

    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"123.19万元".</summary>
    public static string Wan(decimal value) => N(value) + "万元";

    /// <summary>part ÷ whole × 100, 四舍五入 to 2 decimals; 0 when the whole is 0.</summary>
    public static decimal Percent(decimal part, decimal whole) =>
        whole == 0m ? 0m : Rounding.Round(part * 100m / whole, 2);

    /// <summary>"占41.48%".</summary>
    public static string Share(decimal part, decimal whole) => "占" + N(Percent(part, whole)) + "%";

    /// <summary>
    /// "比上年预算增加0.90万元，增长0.74%" / "…减少…，下降…" / "与上年预算持平"; with "，主要原因是：…" when the figure
    /// changed and a reason is given. <paramref name="basis"/> is "上年预算" or "上年决算".
    /// </summary>
    public static string Change(decimal current, decimal prior, string basis, string? reason)
    {
        var diff = current - prior;
        if (diff == 0m) return "与" + basis + "持平";
        var up = diff > 0m;
        var rate = prior == 0m ? 100m : Rounding.Round(Math.Abs(diff) * 100m / prior, 2);
        var text = "比" + basis + (up ? "增加" : "减少") + Wan(Math.Abs(diff)) + "，" + (up ? "增长" : "下降") + N(rate) + "%";
        var r = Reason(reason);
        return r is null ? text : text + "，主要原因是：" + r;
    }

    /// <summary>The officer's reason made safe for one clause: no sentence or clause-group punctuation inside.</summary>
    public static string? Reason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return null;
        var t = reason.Trim().Replace('。', '，').Replace('；', '，').Replace(';', '，').Replace('\n', '，').Replace('\r', '，');
        t = t.TrimEnd('，', ',', '、', ' ');
        if (t.StartsWith("主要原因是", StringComparison.Ordinal)) t = t["主要原因是".Length..].TrimStart('：', ':');
        return t.Length == 0 ? null : t;
    }
}
