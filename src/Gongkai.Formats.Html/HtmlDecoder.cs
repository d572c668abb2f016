using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Formats.Html;

/// <summary>
/// Decodes an HTML page: byte-order mark, then the charset declared in a &lt;meta&gt; of the first 4 KiB, then strict
/// UTF-8, then GB18030 (disclosure pages are often GBK/GB2312, which GB18030 contains). A page declaring a legacy charset
/// whose bytes are nevertheless valid UTF-8 with non-ASCII text is read as UTF-8 (a re-saved page keeps its old meta).
/// </summary>
internal static partial class HtmlDecoder
{
    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "UTF-8");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16LE");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16BE");

        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = MetaCharset().Match(head);
        if (m.Success)
        {
            var declared = ByName(m.Groups[1].Value);
            if (declared is not null)
            {
                if (declared.CodePage == Encoding.UTF8.CodePage && !TryStrict(bytes, out _)) return Gb18030(bytes);
                // A page saved as UTF-8 but still declaring gb2312: Chinese GBK text is almost never valid UTF-8.
                if (declared.CodePage != Encoding.UTF8.CodePage && HasNonAscii(bytes) && TryStrict(bytes, out var utf8)) return (utf8, "UTF-8");
                return (declared.GetString(bytes), declared.WebName.ToUpperInvariant());
            }
        }
        if (TryStrict(bytes, out var text)) return (text, "UTF-8");
        return Gb18030(bytes);
    }

    private static bool HasNonAscii(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80) return true;
        }
        return false;
    }

    private static (string, string) Gb18030(byte[] bytes) => (Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");

    private static Encoding? ByName(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        if (n is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "gb_2312-80") return Encoding.GetEncoding("GB18030");
        if (n is "utf8" or "utf-8") return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryStrict(byte[] bytes, out string text)
    {
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
