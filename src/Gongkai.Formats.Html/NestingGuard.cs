namespace Gongkai.Formats.Html;

/// <summary>
/// A lexical bound on element nesting, checked before parsing: the HTML tree builder's cost grows with the square of
/// the nesting depth, so a page nested deeper than <see cref="MaxDepth"/> is read only up to the tag where it first
/// gets that deep. Void elements and elements whose end tags are implied (p, li, td, …) are not counted.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Deepest nesting read.</summary>
    public const int MaxDepth = 5_000;

    private static readonly HashSet<string> s_uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "td", "th", "tr", "option", "optgroup", "dt", "dd", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
        "!doctype",
    };

    /// <summary>The offset of the tag where the nesting first exceeds <see cref="MaxDepth"/>, or -1.</summary>
    public static int FindExcess(string text)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            i = text.IndexOf('<', i);
            if (i < 0 || i + 1 >= text.Length) return -1;
            var start = i;
            var closing = text[i + 1] == '/';
            var j = closing ? i + 2 : i + 1;
            var nameStart = j;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '!')) j++;
            i = j;
            if (j == nameStart) continue;
            var name = text[nameStart..j];
            if (name.StartsWith("!--", StringComparison.Ordinal)) continue;
            if (s_uncounted.Contains(name)) continue;
            var end = text.IndexOf('>', j);
            if (end < 0) return -1;
            if (!closing && text[end - 1] == '/') continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (++depth > MaxDepth) return start;
        }
    }
}
