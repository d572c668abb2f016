using System.IO.Compression;
using System.Text;

namespace Gongkai.Web.Security;

/// <summary>What an uploaded file is, judged from its bytes (the name and the browser's content type are not trusted).</summary>
public enum SniffedKind
{
    /// <summary>Not a format the portal reads (image, executable, archive of another kind, binary data).</summary>
    Unsupported,
    Text,
    Html,
    Pdf,
    Docx,
    Xlsx,
}

/// <summary>
/// Sniffs an upload's type from its content: PDF and Office signatures, an HTML start, or text that decodes as UTF-8,
/// UTF-16 (with BOM) or GB18030 without control bytes. The file is then read under a name with the sniffed extension.
/// </summary>
public static class ContentSniffer
{
    private static readonly Lazy<Encoding> s_gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The kind of <paramref name="content"/>.</summary>
    public static SniffedKind Sniff(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0) return SniffedKind.Unsupported;
        if (content.StartsWith("%PDF-"u8)) return SniffedKind.Pdf;
        if (content.StartsWith("PK\u0003\u0004"u8)) return SniffZip(content.ToArray());
        var head = content[..Math.Min(content.Length, 64 * 1024)];
        string? text = DecodeText(head);
        if (text is null) return SniffedKind.Unsupported;
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && start.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return SniffedKind.Html;
        }
        return SniffedKind.Text;
    }

    /// <summary>The file extension the sniffed kind is read under.</summary>
    public static string Extension(SniffedKind kind) => kind switch
    {
        SniffedKind.Pdf => ".pdf",
        SniffedKind.Docx => ".docx",
        SniffedKind.Xlsx => ".xlsx",
        SniffedKind.Html => ".html",
        _ => ".txt",
    };

    /// <summary>A name for the upload: the original base name (path and odd characters removed) with the sniffed extension.</summary>
    public static string SafeFileName(string? originalName, SniffedKind kind)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((originalName ?? "").Replace('\\', '/')));
        var clean = new string(name.Where(c => !char.IsControl(c) && c is not ('/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim();
        if (clean.Length == 0) clean = "upload";
        if (clean.Length > 120) clean = clean[..120];
        return clean + Extension(kind);
    }

    private static SniffedKind SniffZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml")) return SniffedKind.Unsupported;
            if (names.Contains("word/document.xml")) return SniffedKind.Docx;
            if (names.Contains("xl/workbook.xml")) return SniffedKind.Xlsx;
            return SniffedKind.Unsupported;
        }
        catch (InvalidDataException)
        {
            return SniffedKind.Unsupported;
        }
    }

    private static string? DecodeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            var enc = head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var even = head[..(head.Length & ~1)];
            return NoControl(enc.GetString(even)) ? enc.GetString(even) : null;
        }
        // A cut in the middle of a multi-byte character at the end of the head is not an error.
        var trimmed = head.Length >= 64 * 1024 ? head[..^4] : head;
        foreach (var encoding in new[] { (Encoding)new UTF8Encoding(false, true), s_gb18030.Value })
        {
            try
            {
                var text = encoding.GetString(trimmed);
                if (NoControl(text)) return text;
            }
            catch (DecoderFallbackException)
            {
            }
        }
        return null;
    }

    private static bool NoControl(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\r' or '\n' or '\f')) return false;
        }
        return true;
    }
}
