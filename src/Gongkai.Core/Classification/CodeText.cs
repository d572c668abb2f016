namespace Gongkai.Core.Classification;

/// <summary>
/// Reads the digits of a printed classification code: full digits ("2101501"), parts split by whitespace
/// ("210 15 01", full-width spaces included) and full-width digits. Never throws.
/// </summary>
internal static class CodeText
{
    /// <summary>
    /// The code's digits, or null when the text is not a code: parts must be 3 (类), then 2 (款), then 2 (项)
    /// digits long, or a single run of 3, 5 or 7 digits.
    /// </summary>
    public static string? Digits(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64) return null;
        Span<char> digits = stackalloc char[8];
        var count = 0;
        var parts = 0;
        var partLength = 0;
        var firstPartLength = 0;
        var inPart = false;
        foreach (var raw in text)
        {
            var c = raw is >= '０' and <= '９' ? (char)(raw - '０' + '0') : raw;
            if (c is >= '0' and <= '9')
            {
                if (count == digits.Length) return null;
                if (!inPart)
                {
                    inPart = true;
                    parts++;
                    partLength = 0;
                }
                digits[count++] = c;
                partLength++;
                if (parts == 1) firstPartLength = partLength;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inPart && !PartLengthValid(parts, partLength, firstPartLength)) return null;
                inPart = false;
            }
            else
            {
                return null;
            }
        }
        if (inPart && !PartLengthValid(parts, partLength, firstPartLength)) return null;
        if (count is not (3 or 5 or 7)) return null;
        return new string(digits[..count]);
    }

    /// <summary>Joins split parts ("210", "15", "01"); null or empty trailing parts are allowed ("210", "15", null).</summary>
    public static string? Join(string? classPart, string? sectionPart, string? itemPart)
    {
        var c = Digits(classPart);
        if (c is null || c.Length != 3) return null;
        var s = Part(sectionPart);
        var i = Part(itemPart);
        if (s is null) return i is null ? c : null;
        if (s.Length == 0) return string.IsNullOrWhiteSpace(itemPart) ? c : null;
        if (i is null) return null;
        return i.Length == 0 ? c + s : c + s + i;
    }

    // A 2-digit part, "" for a missing part, or null for anything else.
    private static string? Part(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var t = text.Trim();
        if (t.Length != 2) return null;
        Span<char> d = stackalloc char[2];
        for (var k = 0; k < 2; k++)
        {
            var c = t[k] is >= '０' and <= '９' ? (char)(t[k] - '０' + '0') : t[k];
            if (c is < '0' or > '9') return null;
            d[k] = c;
        }
        return new string(d);
    }

    // When split, a code's parts are 3 or 5 digits, then 2-digit parts ("210 15 01", "21015 01"); the total is checked after.
    private static bool PartLengthValid(int part, int length, int firstLength) =>
        part == 1 ? length is 3 or 5 or 7 : firstLength is 3 or 5 && length == 2;
}
