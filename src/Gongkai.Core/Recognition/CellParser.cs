using System.Globalization;
using System.Text;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Recognition;

/// <summary>
/// Parses printed amounts culture-invariantly: thousands separators, full-width digits and punctuation, a minus sign;
/// blank, "-", "—" mean a blank cell. Anything else (text, "20万元", "95%") is not an amount.
/// </summary>
public static class CellParser
{
    /// <summary>Parses a printed cell; returns false when the text is neither an amount nor a blank mark.</summary>
    public static bool TryParse(string? text, out CellValue value)
    {
        value = CellValue.Blank;
        if (text is null) return true;
        var s = Normalize(text);
        if (s.Length == 0 || s is "-" or "--" or "—" or "——" or "/" or "－") return true;
        var negative = false;
        if (s.StartsWith('-'))
        {
            negative = true;
            s = s[1..];
        }
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) && s[0] != '.') return false;
        var sb = new StringBuilder(s.Length);
        var sawDot = false;
        var decimals = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                sb.Append(c);
                if (sawDot) decimals++;
            }
            else if (c == ',' && !sawDot)
            {
                // Thousands separator: three digits follow, then the end, another separator or the decimal point.
                if (i + 3 >= s.Length || !char.IsAsciiDigit(s[i + 1]) || !char.IsAsciiDigit(s[i + 2]) || !char.IsAsciiDigit(s[i + 3])) return false;
                if (i + 4 < s.Length && s[i + 4] is not (',' or '.')) return false;
            }
            else if (c == '.' && !sawDot)
            {
                sawDot = true;
                sb.Append('.');
            }
            else
            {
                return false;
            }
        }
        if (!decimal.TryParse(sb.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return false;
        value = new CellValue(negative ? -d : d, decimals);
        return true;
    }

    /// <summary>True when the text is a printed amount (not blank).</summary>
    public static bool IsAmount(string? text) => TryParse(text, out var v) && !v.IsBlank;

    /// <summary>The parsed value, or blank when the text is not an amount.</summary>
    public static CellValue ParseOrBlank(string? text) => TryParse(text, out var v) ? v : CellValue.Blank;

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch;
            if (c >= '０' && c <= '９') c = (char)('0' + (c - '０'));
            else if (c == '，') c = ',';
            else if (c == '．') c = '.';
            else if (c is '−' or '－' && sb.Length == 0) c = '-';
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
