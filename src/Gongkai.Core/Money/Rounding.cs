namespace Gongkai.Core.Money;

/// <summary>四舍五入 (round half away from zero): the one rounding used for disclosed figures.</summary>
public static class Rounding
{
    /// <summary>Rounds half away from zero to <paramref name="decimals"/> places. Never use banker's rounding here.</summary>
    public static decimal Round(decimal value, int decimals) =>
        Math.Round(value, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);

    /// <summary>One unit of the last printed digit: 0.01 for two decimals, 1 for none.</summary>
    public static decimal LastDigitUnit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++) unit /= 10m;
        return unit;
    }

    /// <summary>The number of decimals a printed figure carries ("1,265.67" → 2; "70" → 0).</summary>
    public static int DecimalsOf(decimal value)
    {
        var bits = decimal.GetBits(value);
        return (bits[3] >> 16) & 0xFF;
    }
}
