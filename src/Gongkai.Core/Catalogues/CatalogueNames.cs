using System.Text;

namespace Gongkai.Core.Catalogues;

/// <summary>
/// 科目名称规范化: the form printed names are compared in. Removes whitespace (including full-width spaces), markup
/// (<c>**</c>, <c>&lt;b&gt;</c>), quotes and a leading code or ordinal ("2101501-", "一、"); writes brackets full-width;
/// reads 其它 as 其他.
/// </summary>
public static class CatalogueNames
{
    /// <summary>The normalised form of <paramref name="name"/> ("" for null or blank).</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var text = name;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = text.Replace("<b>", "", StringComparison.OrdinalIgnoreCase).Replace("</b>", "", StringComparison.OrdinalIgnoreCase);
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '*' or '"' or '“' or '”' or '\'' or '‘' or '’') continue;
            sb.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                '[' => '【',
                ']' => '】',
                ',' => '，',
                ':' => '：',
                _ => c,
            });
        }
        sb.Replace("其它", "其他");
        var s = sb.ToString();
        return StripLeadingLabel(s);
    }

    // "2101501-行政运行", "210 15 01 行政运行" (spaces already gone), "一、一般公共服务支出", "（一）…".
    private static string StripLeadingLabel(string s)
    {
        var i = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '-' or '—' or '－' or '.' or '、')) i++;
        if (i > 0 && i < s.Length) return s[i..];
        if (s.Length > 2)
        {
            var j = 0;
            var open = s[0] == '（';
            if (open) j = 1;
            var start = j;
            while (j < s.Length && "一二三四五六七八九十".Contains(s[j], StringComparison.Ordinal)) j++;
            if (j > start && j < s.Length)
            {
                if (open && s[j] == '）' && j + 1 < s.Length) return s[(j + 1)..];
                if (!open && s[j] == '、' && j + 1 < s.Length) return s[(j + 1)..];
            }
        }
        return s;
    }
}
