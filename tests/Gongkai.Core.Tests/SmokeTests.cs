using Gongkai.Core.Money;

namespace Gongkai.Core.Tests;

public class RoundingTests
{
    [Theory]
    [InlineData("0.125", 2, "0.13")]
    [InlineData("-0.125", 2, "-0.13")]
    [InlineData("2.5", 0, "3")]
    [InlineData("0.135", 2, "0.14")]
    public void Round_Midpoint_GoesAwayFromZero(string value, int decimals, string expected)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Rounding.Round(v, decimals));
    }
}
