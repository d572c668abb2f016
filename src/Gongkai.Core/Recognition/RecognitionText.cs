using System.Text.RegularExpressions;

namespace Gongkai.Core.Recognition;

/// <summary>Text helpers shared by the recogniser: whitespace removal, label normalisation, code tests.</summary>
internal static partial class RecognitionText
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^([一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)|[（(]\d+[）)]|[（(][一二三四五六七八九十]+[）)]|其中[：:])+")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^\d{2,7}$")]
    private static partial Regex CodeLike();

    [GeneratedRegex(@"^\[\d{2,}\]")]
    private static partial Regex UnitBracket();

    public static string Compact(string? s) => s is null ? "" : Whitespace().Replace(s, "");

    /// <summary>Whitespace removed, half-width parentheses made full-width, leading numbering (一、 1. (1) 其中：) dropped.</summary>
    public static string Label(string? s)
    {
        var c = Compact(s).Replace('(', '（').Replace(')', '）').Replace(':', '：');
        return Numbering().Replace(c, "");
    }

    public static bool IsCode(string? s) => s is not null && CodeLike().IsMatch(s);

    public static bool IsUnitSubtotalName(string name) => UnitBracket().IsMatch(name);

    public static bool IsTotalName(string name)
    {
        var n = Label(name);
        return n is "合计" or "总计" or "小计" || n.EndsWith("合计", StringComparison.Ordinal) && n.Length <= 6;
    }
}
