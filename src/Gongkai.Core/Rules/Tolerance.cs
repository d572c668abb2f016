using Gongkai.Core.Money;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules;

/// <summary>The outcome of comparing a printed figure with the figure an identity says it should be.</summary>
public enum ComparisonOutcome
{
    /// <summary>Exactly equal.</summary>
    Equal,
    /// <summary>Different, but within the printed rounding (四舍五入差异): at most an info finding.</summary>
    RoundingDifference,
    /// <summary>Different beyond rounding: a finding of the rule's severity.</summary>
    Mismatch,
}

/// <summary>
/// 容差: the one place where rules decide whether a difference is real or only rounding (DOMAIN.md §5).
/// Amounts are compared as <see cref="decimal"/> in the table's own unit.
/// </summary>
public static class Tolerance
{
    /// <summary>
    /// The largest difference that still counts as rounding: <see cref="RuleOptions.RoundingToleranceDigits"/> units
    /// of the last printed digit, the digit being that of the most precise figure involved (max decimals).
    /// </summary>
    public static decimal Bound(int decimals, RuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.RoundingToleranceDigits * Rounding.LastDigitUnit(Math.Clamp(decimals, 0, 10));
    }

    /// <summary>The maximum number of decimals among printed cells (blank cells do not count).</summary>
    public static int MaxDecimals(IEnumerable<CellValue> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var max = 0;
        foreach (var c in cells)
        {
            if (!c.IsBlank && c.Decimals > max) max = c.Decimals;
        }
        return max;
    }

    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/> within <paramref name="bound"/>.</summary>
    public static ComparisonOutcome Compare(decimal actual, decimal expected, decimal bound)
    {
        var diff = Math.Abs(actual - expected);
        if (diff == 0m) return ComparisonOutcome.Equal;
        return diff <= bound ? ComparisonOutcome.RoundingDifference : ComparisonOutcome.Mismatch;
    }

    /// <summary>Compares within the rounding of <paramref name="decimals"/> printed decimals.</summary>
    public static ComparisonOutcome Compare(decimal actual, decimal expected, int decimals, RuleOptions options) =>
        Compare(actual, expected, Bound(decimals, options));
}
