using System.Globalization;

namespace Gongkai.Render.Layout;

/// <summary>Prints amounts as disclosures do: thousands separators and the decimals the value was printed with.</summary>
public static class AmountText
{
    /// <summary>"1,265.67" for (1265.67, 2); "" for null.</summary>
    public static string Format(decimal? value, int decimals)
    {
        if (value is null) return "";
        var d = Math.Clamp(decimals, 0, 10);
        return value.Value.ToString(NumberFormat(d), CultureInfo.InvariantCulture);
    }

    /// <summary>The .NET / Excel number format for <paramref name="decimals"/> ("#,##0.00").</summary>
    public static string NumberFormat(int decimals) =>
        decimals <= 0 ? "#,##0" : "#,##0." + new string('0', Math.Min(decimals, 10));
}
