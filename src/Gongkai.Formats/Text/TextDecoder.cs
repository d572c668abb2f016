using System.Text;

namespace Gongkai.Formats.Text;

/// <summary>The outcome of decoding bytes as text: the text and the encoding chosen, or why it is not text.</summary>
internal sealed record DecodedText(string? Text, string? EncodingName, string? NotTextReason);

/// <summary>
/// Detects the encoding of a plain-text disclosure: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or by the zero-byte
/// pattern), GB18030/GBK. UTF-8 wins when the bytes validate strictly; otherwise GB18030 is taken when the decoded text is
/// plausible Chinese text. Binary content (NUL bytes, many control characters) is rejected.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030 (a superset of GBK and GB2312).</summary>
    public static Encoding Gb18030 { get; } = GetGb18030();

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isPrefix = false)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Checked(new UTF8Encoding(false, false).GetString(bytes[3..]), "UTF-8 (BOM)");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(new UnicodeEncoding(false, false).GetString(bytes[2..]), "UTF-16LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(new UnicodeEncoding(true, false).GetString(bytes[2..]), "UTF-16BE");
        }
        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            return Checked(utf16.GetString(bytes), utf16.BigEndian() ? "UTF-16BE" : "UTF-16LE");
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new DecodedText(null, null, "含有空字节（NUL），是二进制内容");
        }
        var utf8 = TryStrictUtf8(bytes, isPrefix);
        if (utf8 is not null) return Checked(utf8, "UTF-8");

        var gb = Gb18030.GetString(bytes);
        if (!LooksLikeText(gb, out var reason)) return new DecodedText(null, null, reason);
        return new DecodedText(gb, "GB18030", null);
    }

    private static bool BigEndian(this Encoding encoding) => encoding is UnicodeEncoding u && u.CodePage == 1201;

    private static string? TryStrictUtf8(ReadOnlySpan<byte> bytes, bool isPrefix)
    {
        // A prefix (the head of a file) may end inside a multi-byte sequence: drop up to 3 trailing bytes of it.
        for (var cut = 0; cut <= (isPrefix ? 3 : 0) && cut <= bytes.Length; cut++)
        {
            try
            {
                return s_strictUtf8.GetString(bytes[..^cut]);
            }
            catch (DecoderFallbackException)
            {
            }
        }
        return null;
    }

    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8) return null;
        int evenZero = 0, oddZero = 0, pairs = bytes.Length / 2;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        // UTF-16 puts the zero high byte of ASCII characters (digits, spaces, line breaks) always at the same parity;
        // binary data scatters zeros over both. The decoded text must still look like text.
        Encoding? candidate = null;
        if (oddZero > pairs * 0.02 && evenZero * 20 <= oddZero) candidate = new UnicodeEncoding(false, false);
        else if (evenZero > pairs * 0.02 && oddZero * 20 <= evenZero) candidate = new UnicodeEncoding(true, false);
        if (candidate is null) return null;
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        return LooksLikeText(candidate.GetString(sample), out _) ? candidate : null;
    }

    private static DecodedText Checked(string text, string name) =>
        LooksLikeText(text, out var reason) ? new DecodedText(text, name, null) : new DecodedText(null, null, reason);

    /// <summary>Plain text has no NULs, few control characters and few replacement/unassigned characters.</summary>
    internal static bool LooksLikeText(string text, out string? reason)
    {
        reason = null;
        if (text.Length == 0) return true;
        int control = 0, replacement = 0, plausible = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                reason = "含有空字节（NUL），是二进制内容";
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
            else if (c == '\uFFFD') replacement++;
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3400 && c <= 0x4DBF) || c == '\u00B7' || c == '\u00D7') plausible++;
        }
        if (control > text.Length * 0.02)
        {
            reason = "控制字符比例过高，是二进制内容";
            return false;
        }
        if (replacement > text.Length * 0.02 || plausible < text.Length * 0.85)
        {
            reason = "无法识别其字符编码（不是 UTF-8、UTF-16 或 GB18030 文本）";
            return false;
        }
        return true;
    }
}
