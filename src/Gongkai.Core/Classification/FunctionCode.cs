namespace Gongkai.Core.Classification;

/// <summary>
/// 支出功能分类科目编码: a 类 (3 digits, 2xx), 款 (5 digits) or 项 (7 digits) code of the expenditure functional
/// classification, e.g. 2101501 = 210 卫生健康支出 / 21015 医疗保障管理事务 / 2101501 行政运行.
/// </summary>
/// <remarks>Immutable; equality and ordering are ordinal on the digits. Create with <see cref="TryParse(string?, out FunctionCode?)"/>.</remarks>
public sealed class FunctionCode : IEquatable<FunctionCode>, IComparable<FunctionCode>
{
    private FunctionCode(string value) => Value = value;

    /// <summary>The full digits ("2101501").</summary>
    public string Value { get; }

    /// <summary>类 / 款 / 项, from the number of digits.</summary>
    public ClassificationLevel Level => ClassificationLevels.FromDigitCount(Value.Length)!.Value;

    /// <summary>The 款 of a 项, the 类 of a 款, or null for a 类.</summary>
    public FunctionCode? Parent => Value.Length == 3 ? null : new FunctionCode(Value[..(Value.Length - 2)]);

    /// <summary>The 类 (first three digits).</summary>
    public FunctionCode ClassCode => Value.Length == 3 ? this : new FunctionCode(Value[..3]);

    /// <summary>
    /// Reads a function code from full digits ("2101501") or whitespace-split parts ("210 15 01"); full-width
    /// digits are accepted. Returns false (never throws) for anything else, including codes not starting with 2.
    /// </summary>
    public static bool TryParse(string? text, out FunctionCode? code)
    {
        var digits = CodeText.Digits(text);
        code = digits is not null && digits[0] == '2' ? new FunctionCode(digits) : null;
        return code is not null;
    }

    /// <summary>Reads a code printed over separate 类 / 款 / 项 cells ("210", "15", "01"); 款 and 项 may be empty.</summary>
    public static bool TryParse(string? classPart, string? sectionPart, string? itemPart, out FunctionCode? code)
    {
        var digits = CodeText.Join(classPart, sectionPart, itemPart);
        code = digits is not null && digits[0] == '2' ? new FunctionCode(digits) : null;
        return code is not null;
    }

    /// <summary>True when this code is a strict ancestor (类 of a 款/项, 款 of a 项) of <paramref name="other"/>.</summary>
    public bool IsAncestorOf(FunctionCode? other) =>
        other is not null && other.Value.Length > Value.Length && other.Value.StartsWith(Value, StringComparison.Ordinal);

    public bool Equals(FunctionCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FunctionCode other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public int CompareTo(FunctionCode? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <summary>The full digits.</summary>
    public override string ToString() => Value;

    public static bool operator ==(FunctionCode? left, FunctionCode? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(FunctionCode? left, FunctionCode? right) => !(left == right);

    public static bool operator <(FunctionCode? left, FunctionCode? right) => Compare(left, right) < 0;

    public static bool operator >(FunctionCode? left, FunctionCode? right) => Compare(left, right) > 0;

    public static bool operator <=(FunctionCode? left, FunctionCode? right) => Compare(left, right) <= 0;

    public static bool operator >=(FunctionCode? left, FunctionCode? right) => Compare(left, right) >= 0;

    private static int Compare(FunctionCode? left, FunctionCode? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
