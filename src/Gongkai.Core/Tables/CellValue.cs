using System.Globalization;

namespace Gongkai.Core.Tables;

/// <summary>
/// One printed amount in a table's own unit, with the number of decimals it was printed with
/// (which sets the rounding tolerance). <see cref="Value"/> is null for a blank cell.
/// </summary>
public readonly record struct CellValue(decimal? Value, int Decimals)
{
    public static readonly CellValue Blank = new(null, 0);

    public bool IsBlank => Value is null;

    /// <summary>The value, a blank counting as 0 (blank cells mean 0 in disclosed tables).</summary>
    public decimal OrZero => Value ?? 0m;

    public static CellValue Of(decimal value) => new(value, Money.Rounding.DecimalsOf(value));

    public override string ToString() =>
        Value is null ? "" : Value.Value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
