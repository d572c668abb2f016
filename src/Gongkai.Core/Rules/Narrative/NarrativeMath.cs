using System.Globalization;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>Shared helpers of the narrative rules: the claims of a document, bounds of rounded figures, formatting.</summary>
internal static class NarrativeMath
{
    public static IReadOnlyList<Claim> ClaimsOf(RuleContext context) =>
        context.Document.Claims.Count > 0 ? context.Document.Claims : ClaimExtractor.Extract(context.Document);

    /// <summary>Half a unit of the last printed digit: the most a printed figure can be off its true value.</summary>
    public static decimal Half(int decimals) => Rounding.LastDigitUnit(decimals) / 2m;

    /// <summary>
    /// Range of 100 × numerator / denominator when both are rounded figures (±half a unit each); null when the
    /// denominator range touches zero.
    /// </summary>
    public static (decimal Min, decimal Max)? RatioRange(decimal numerator, int numeratorDecimals, decimal denominator, int denominatorDecimals)
    {
        var hn = Half(numeratorDecimals);
        var hd = Half(denominatorDecimals);
        var dLow = denominator - hd;
        var dHigh = denominator + hd;
        if (dLow <= 0m && dHigh >= 0m) return null;
        var values = new[]
        {
            (numerator - hn) * 100m / dLow, (numerator - hn) * 100m / dHigh,
            (numerator + hn) * 100m / dLow, (numerator + hn) * 100m / dHigh,
        };
        return (values.Min(), values.Max());
    }

    /// <summary>
    /// 0 when <paramref name="stated"/> (printed at <paramref name="decimals"/>) can be the rounding of a value in
    /// the range; 1 when it is off by at most one unit of its last digit (rounding difference); 2 beyond.
    /// </summary>
    public static int Compare(decimal stated, int decimals, (decimal Min, decimal Max) range)
    {
        var half = Half(decimals);
        if (stated >= range.Min - half && stated <= range.Max + half) return 0;
        var unit = Rounding.LastDigitUnit(decimals);
        if (stated >= range.Min - half - unit && stated <= range.Max + half + unit) return 1;
        return 2;
    }

    public static string F(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Fills a Chinese message template, culture-invariant.</summary>
    public static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    public static string Where(Claim claim) => $"“{claim.Section}”中“{claim.Quote}”";
}
