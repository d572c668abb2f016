namespace Gongkai.Core.Classification;

/// <summary>
/// 科目级次: the level of a classification code, read from its length (3 / 5 / 7 digits).
/// </summary>
public enum ClassificationLevel
{
    /// <summary>类: 3 digits (201, 301, 501).</summary>
    Class = 1,

    /// <summary>款: 5 digits (20101, 30101, 50101).</summary>
    Section = 2,

    /// <summary>
    /// 项 (支出功能分类, 7 digits such as 2101501) or 细目 (a 7-digit regional subdivision of an economic 款,
    /// such as 3021101; not part of the national list).
    /// </summary>
    Item = 3,
}

/// <summary>Helpers for <see cref="ClassificationLevel"/>.</summary>
public static class ClassificationLevels
{
    /// <summary>Number of digits of a code at <paramref name="level"/>: 3, 5 or 7.</summary>
    public static int DigitCount(this ClassificationLevel level) => level switch
    {
        ClassificationLevel.Class => 3,
        ClassificationLevel.Section => 5,
        _ => 7,
    };

    /// <summary>The level of a code with <paramref name="digits"/> digits, or null for any other length.</summary>
    public static ClassificationLevel? FromDigitCount(int digits) => digits switch
    {
        3 => ClassificationLevel.Class,
        5 => ClassificationLevel.Section,
        7 => ClassificationLevel.Item,
        _ => null,
    };

    /// <summary>Chinese name of the level: 类 / 款 / 项 (or 细目 for economic codes).</summary>
    public static string ToChinese(this ClassificationLevel level, bool economic = false) => level switch
    {
        ClassificationLevel.Class => "类",
        ClassificationLevel.Section => "款",
        _ => economic ? "细目" : "项",
    };
}
