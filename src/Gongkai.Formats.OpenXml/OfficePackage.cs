using System.IO.Compression;
using System.Text;
using Gongkai.Core.Documents;

namespace Gongkai.Formats.OpenXml;

/// <summary>The kind of Office package a ZIP holds, judged from its [Content_Types].xml.</summary>
internal enum OfficeKind { Unknown, Word, Spreadsheet }

/// <summary>
/// Checks a ZIP before the Open XML SDK sees it: the container (ZIP, or the CFB of encrypted and legacy Office files),
/// the bounds against zip bombs (total uncompressed size measured while inflating, not as declared, and part count),
/// and the package kind. Returns the bytes to open, or a Chinese diagnostic naming the file.
/// </summary>
internal static class OfficePackage
{
    /// <summary>Largest total uncompressed size of all parts: 200 MiB.</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>Largest number of parts (ZIP entries).</summary>
    public const int MaxParts = 10_000;

    public static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    public static ReadOnlySpan<byte> CfbMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The package kind seen in the leading bytes: the first part is usually [Content_Types].xml.</summary>
    public static OfficeKind SniffKind(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith(ZipMagic) || head.Length < 30) return OfficeKind.Unknown;
        var text = InflateFirstEntry(head);
        var kind = KindOf(text);
        if (kind != OfficeKind.Unknown) return kind;
        // Part names stand uncompressed in the local headers.
        var ascii = Encoding.ASCII.GetString(head);
        if (ascii.Contains("word/", StringComparison.Ordinal)) return OfficeKind.Word;
        if (ascii.Contains("xl/", StringComparison.Ordinal)) return OfficeKind.Spreadsheet;
        return OfficeKind.Unknown;
    }

    private static OfficeKind KindOf(string? contentTypes)
    {
        if (contentTypes is null) return OfficeKind.Unknown;
        if (contentTypes.Contains("wordprocessingml", StringComparison.Ordinal)
            || contentTypes.Contains("ms-word.", StringComparison.Ordinal)) return OfficeKind.Word;
        if (contentTypes.Contains("spreadsheetml", StringComparison.Ordinal)
            || contentTypes.Contains("ms-excel.", StringComparison.Ordinal)) return OfficeKind.Spreadsheet;
        return OfficeKind.Unknown;
    }

    private static string? InflateFirstEntry(ReadOnlySpan<byte> head)
    {
        int method = head[8] | (head[9] << 8);
        int nameLength = head[26] | (head[27] << 8);
        int extraLength = head[28] | (head[29] << 8);
        var dataStart = 30 + nameLength + extraLength;
        if (dataStart >= head.Length) return null;
        var name = Encoding.ASCII.GetString(head.Slice(30, nameLength));
        if (!name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)) return null;
        var data = head[dataStart..].ToArray();
        if (method == 0) return Encoding.UTF8.GetString(data);
        if (method != 8) return null;
        var output = new MemoryStream();
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(data), CompressionMode.Decompress);
            var buffer = new byte[4096];
            int n;
            while (output.Length < 65536 && (n = inflater.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, n);
        }
        catch (InvalidDataException)
        {
            // The head ends inside the part: what was inflated so far is enough.
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Reads the whole input within the bounds and checks it is an Office package of the expected kind.</summary>
    public static (byte[]? Bytes, ImportDiagnostic? Error) Open(string name, Stream content, long maxBytes, OfficeKind expected)
    {
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[81920];
            int n;
            while ((n = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > maxBytes) return (null, Error("INPUT-TOO-LARGE", $"文件“{name}”超过大小上限，未读取。"));
            }
            bytes = buffer.ToArray();
        }
        if (bytes.AsSpan().StartsWith(CfbMagic))
        {
            return (null, Error("OFFICE-ENCRYPTED", $"文件“{name}”：加密或旧版Office文件，无法读取（请另存为未加密的 DOCX/XLSX）。"));
        }
        if (!bytes.AsSpan().StartsWith(ZipMagic))
        {
            return (null, Error("OFFICE-NOT-ZIP", $"文件“{name}”不是 ZIP 格式的 Office 文档，无法读取。"));
        }
        string? contentTypes = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                return (null, Error("OFFICE-TOO-MANY-PARTS",
                    $"文件“{name}”包含 {zip.Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} 个部件，超过上限 {MaxParts.ToString(System.Globalization.CultureInfo.InvariantCulture)}，疑似压缩炸弹，未读取。"));
            }
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                var isTypes = entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase);
                using var types = isTypes ? new MemoryStream() : null;
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += n;
                    if (total > MaxUncompressedBytes)
                    {
                        return (null, Error("OFFICE-TOO-LARGE",
                            $"文件“{name}”解压后超过 200 MiB 上限，疑似压缩炸弹，未读取。"));
                    }
                    types?.Write(buffer, 0, n);
                }
                if (types is not null) contentTypes = Encoding.UTF8.GetString(types.ToArray());
            }
        }
        catch (InvalidDataException ex)
        {
            return (null, Error("OFFICE-CORRUPT", $"文件“{name}”的 ZIP 结构已损坏，无法读取（{ex.Message}）。"));
        }
        catch (IOException ex)
        {
            return (null, Error("OFFICE-CORRUPT", $"文件“{name}”的 ZIP 结构已损坏，无法读取（{ex.Message}）。"));
        }
        var kind = KindOf(contentTypes);
        if (kind == OfficeKind.Unknown)
        {
            return (null, Error("OFFICE-NOT-OFFICE", $"文件“{name}”是 ZIP 压缩包，但不是 Word/Excel 文档（缺少 [Content_Types].xml 中的文档类型），未读取。"));
        }
        if (kind != expected)
        {
            var what = kind == OfficeKind.Word ? "Word (DOCX)" : "Excel (XLSX)";
            return (null, Error("OFFICE-WRONG-KIND", $"文件“{name}”是 {what} 文档，本读取器未读取。"));
        }
        return (bytes, null);
    }

    public static ImportDiagnostic Error(string code, string message) => new(code, Severity.Error, message);
}
