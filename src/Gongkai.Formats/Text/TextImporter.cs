using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Formats.Text;

/// <summary>
/// Reads plain-text disclosures (text extracted from published files, tab-separated exports, markdown-ish text) into a
/// <see cref="RawDocument"/>: paragraphs and table regions with 1-based line numbers. See <see cref="TextSegmenter"/>.
/// </summary>
public sealed class TextImporter : IDocumentImporter
{
    public const string Id = "text";

    public string FormatId => Id;

    public bool CanImport(string fileName, ReadOnlySpan<byte> head)
    {
        if (IsOtherFormat(head)) return false;
        if (head.IsEmpty) return HasTextExtension(fileName);
        var decoded = TextDecoder.Decode(head, isPrefix: true);
        return decoded.Text is not null;
    }

    public RawImportResult Import(string source, Stream content, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        options ??= ImportOptions.Default;
        var name = Path.GetFileName(source);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            content.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        if (bytes.LongLength > options.MaxBytes)
        {
            return Fail("INPUT-TOO-LARGE", $"文件“{name}”超过大小上限，未读取。");
        }
        if (IsOtherFormat(bytes))
        {
            return Fail("INPUT-NOT-TEXT", $"文件“{name}”是 PDF、ZIP（DOCX/XLSX）或 HTML 内容，不是纯文本，文本读取器未读取。");
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return Fail("INPUT-NOT-TEXT", $"文件“{name}”不是文本文件（{decoded.NotTextReason}），未读取。");
        }
        cancellationToken.ThrowIfCancellationRequested();
        var document = TextSegmenter.Segment(source, decoded.Text, cancellationToken);
        var diagnostics = new List<ImportDiagnostic>(document.Diagnostics);
        if (decoded.EncodingName is not null && !decoded.EncodingName.StartsWith("UTF-8", StringComparison.Ordinal))
        {
            diagnostics.Insert(0, new ImportDiagnostic("IMPORT-ENCODING", Severity.Info,
                $"文件“{name}”按 {decoded.EncodingName} 编码读取。"));
        }
        document = document with { Diagnostics = diagnostics };
        return new RawImportResult(document, diagnostics);
    }

    private static RawImportResult Fail(string code, string message) =>
        new(null, [new ImportDiagnostic(code, Severity.Error, message)]);

    private static bool HasTextExtension(string fileName)
    {
        var ext = Path.GetExtension(fileName ?? "");
        return ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ext.Equals(".md", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>PDF, ZIP (DOCX/XLSX) and HTML belong to other importers.</summary>
    internal static bool IsOtherFormat(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return true;
        var start = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = 3;
        while (start < head.Length && (head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) start++;
        var rest = head[start..];
        return StartsWithIgnoreCase(rest, "<html"u8) || StartsWithIgnoreCase(rest, "<!doctype html"u8)
            || StartsWithIgnoreCase(rest, "<table"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> prefix)
    {
        if (span.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            var c = span[i];
            if (c is >= (byte)'A' and <= (byte)'Z') c = (byte)(c + 32);
            if (c != prefix[i]) return false;
        }
        return true;
    }
}
