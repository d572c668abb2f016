namespace Gongkai.Core.Money;

/// <summary>金额单位: the unit a table or a sentence states its amounts in.</summary>
public enum AmountUnit
{
    /// <summary>元</summary>
    Yuan,

    /// <summary>万元 (10,000 元)</summary>
    WanYuan,
}

/// <summary>Conversions and Chinese names for <see cref="AmountUnit"/>.</summary>
public static class AmountUnitExtensions
{
    /// <summary>The printed Chinese name: 元 or 万元.</summary>
    public static string ToChinese(this AmountUnit unit) => unit == AmountUnit.Yuan ? "元" : "万元";

    /// <summary>How many 元 one of this unit is.</summary>
    public static decimal YuanPerUnit(this AmountUnit unit) => unit == AmountUnit.Yuan ? 1m : 10_000m;

    /// <summary>Converts <paramref name="value"/> from <paramref name="from"/> to <paramref name="to"/> exactly.</summary>
    public static decimal Convert(decimal value, AmountUnit from, AmountUnit to) =>
        from == to ? value : value * from.YuanPerUnit() / to.YuanPerUnit();

    /// <summary>Parses 元 / 万元 (also 千元 is not supported: returns false).</summary>
    public static bool TryParse(string? text, out AmountUnit unit)
    {
        unit = AmountUnit.WanYuan;
        if (text is null) return false;
        var t = text.Trim();
        if (t == "万元") { unit = AmountUnit.WanYuan; return true; }
        if (t == "元") { unit = AmountUnit.Yuan; return true; }
        return false;
    }
}
