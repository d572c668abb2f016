namespace Gongkai.Core.Classification;

/// <summary>
/// 支出经济分类科目编码: a 类 (3 digits) or 款 (5 digits) code of the 部门预算 (3xx) or 政府预算 (5xx) economic
/// classification; 7-digit codes are regional 细目 (e.g. 3021101) under a 款.
/// </summary>
/// <remarks>Immutable; equality and ordering are ordinal on scheme and digits. The scheme follows from the first digit.</remarks>
public sealed class EconomicCode : IEquatable<EconomicCode>, IComparable<EconomicCode>
{
    private EconomicCode(EconomicScheme scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>部门 (3xx) or 政府 (5xx).</summary>
    public EconomicScheme Scheme { get; }

    /// <summary>The full digits ("30101").</summary>
    public string Value { get; }

    /// <summary>类 / 款 / 细目 (<see cref="ClassificationLevel.Item"/>), from the number of digits.</summary>
    public ClassificationLevel Level => ClassificationLevels.FromDigitCount(Value.Length)!.Value;

    /// <summary>The 款 of a 细目, the 类 of a 款, or null for a 类.</summary>
    public EconomicCode? Parent => Value.Length == 3 ? null : new EconomicCode(Scheme, Value[..(Value.Length - 2)]);

    /// <summary>The 类 (first three digits).</summary>
    public EconomicCode ClassCode => Value.Length == 3 ? this : new EconomicCode(Scheme, Value[..3]);

    /// <summary>The scheme a code's first digit denotes: 3 = 部门, 5 = 政府; null otherwise.</summary>
    public static EconomicScheme? SchemeOf(char firstDigit) => firstDigit switch
    {
        '3' => EconomicScheme.Departmental,
        '5' => EconomicScheme.Government,
        _ => null,
    };

    /// <summary>
    /// Reads an economic code ("30101", "301 01", full-width digits); the scheme follows from the first digit
    /// (3 or 5). Returns false (never throws) for anything else.
    /// </summary>
    public static bool TryParse(string? text, out EconomicCode? code)
    {
        var digits = CodeText.Digits(text);
        var scheme = digits is null ? null : SchemeOf(digits[0]);
        code = scheme is null ? null : new EconomicCode(scheme.Value, digits!);
        return code is not null;
    }

    /// <summary>Reads an economic code of the given scheme; false when the text is not a code of that scheme.</summary>
    public static bool TryParse(string? text, EconomicScheme scheme, out EconomicCode? code)
    {
        if (TryParse(text, out code) && code!.Scheme == scheme) return true;
        code = null;
        return false;
    }

    /// <summary>Reads a code printed over separate 类 / 款 cells ("301", "01"); the 款 may be empty.</summary>
    public static bool TryParse(string? classPart, string? sectionPart, out EconomicCode? code)
    {
        var digits = CodeText.Join(classPart, sectionPart, null);
        var scheme = digits is null ? null : SchemeOf(digits[0]);
        code = scheme is null ? null : new EconomicCode(scheme.Value, digits!);
        return code is not null;
    }

    /// <summary>True when this code is a strict ancestor of <paramref name="other"/> in the same scheme.</summary>
    public bool IsAncestorOf(EconomicCode? other) =>
        other is not null && other.Scheme == Scheme && other.Value.Length > Value.Length
        && other.Value.StartsWith(Value, StringComparison.Ordinal);

    public bool Equals(EconomicCode? other) =>
        other is not null && other.Scheme == Scheme && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is EconomicCode other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Scheme, StringComparer.Ordinal.GetHashCode(Value));

    public int CompareTo(EconomicCode? other)
    {
        if (other is null) return 1;
        var bySchema = Scheme.CompareTo(other.Scheme);
        return bySchema != 0 ? bySchema : string.CompareOrdinal(Value, other.Value);
    }

    /// <summary>The full digits.</summary>
    public override string ToString() => Value;

    public static bool operator ==(EconomicCode? left, EconomicCode? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(EconomicCode? left, EconomicCode? right) => !(left == right);

    public static bool operator <(EconomicCode? left, EconomicCode? right) => Compare(left, right) < 0;

    public static bool operator >(EconomicCode? left, EconomicCode? right) => Compare(left, right) > 0;

    public static bool operator <=(EconomicCode? left, EconomicCode? right) => Compare(left, right) <= 0;

    public static bool operator >=(EconomicCode? left, EconomicCode? right) => Compare(left, right) >= 0;

    private static int Compare(EconomicCode? left, EconomicCode? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
