using System.Globalization;
using AngleSharp.Html.Parser;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Formats.Html;

/// <summary>
/// Reads HTML disclosure pages into a <see cref="RawDocument"/>: text blocks (p, div, h1–h6, li, …) as paragraphs and
/// &lt;table&gt; elements as aligned raw tables (see <see cref="HtmlSegmenter"/>). The page is parsed by AngleSharp with
/// its default configuration: no loaders, no scripting, no network; all text is data.
/// Bounds: <see cref="HtmlSegmenter.MaxElements"/> elements and <see cref="NestingGuard.MaxDepth"/> levels of nesting are
/// read (the rest is reported in a warning naming the file, not silently dropped).
/// </summary>
public sealed class HtmlImporter : IDocumentImporter
{
    public const string Id = "html";

    public string FormatId => Id;

    public bool CanImport(string fileName, ReadOnlySpan<byte> head) => LooksLikeHtml(head);

    public RawImportResult Import(string source, Stream content, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        options ??= ImportOptions.Default;
        var name = Path.GetFileName(source);
        try
        {
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
            var (text, encodingName) = HtmlDecoder.Decode(bytes);
            cancellationToken.ThrowIfCancellationRequested();
            var diagnostics = new List<ImportDiagnostic>();
            var excess = NestingGuard.FindExcess(text);
            if (excess >= 0)
            {
                diagnostics.Add(new ImportDiagnostic("HTML-TOO-DEEP", Severity.Warning,
                    $"文件“{name}”的网页元素嵌套超过 {NestingGuard.MaxDepth.ToString(CultureInfo.InvariantCulture)} 层，"
                    + $"只读取了第 {excess.ToString(CultureInfo.InvariantCulture)} 个字符之前的内容。"));
                text = text[..excess];
            }
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            using var document = parser.ParseDocument(text);
            if (!encodingName.StartsWith("UTF-8", StringComparison.Ordinal))
            {
                diagnostics.Insert(0, new ImportDiagnostic("IMPORT-ENCODING", Severity.Info, $"文件“{name}”按 {encodingName} 编码读取。"));
            }
            var blocks = HtmlSegmenter.Segment(name, document, diagnostics, cancellationToken);
            if (blocks.Count == 0)
            {
                diagnostics.Add(new ImportDiagnostic("HTML-EMPTY", Severity.Warning,
                    $"文件“{name}”是 HTML 网页，但其中没有可读的正文或表格。"));
            }
            var raw = new RawDocument { Source = source, Format = Id, Blocks = blocks, Diagnostics = diagnostics };
            return new RawImportResult(raw, diagnostics);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // Bad input never crashes: any parser failure becomes a diagnostic naming the file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail("INPUT-UNREADABLE", $"文件“{name}”的 HTML 无法解析（{ex.GetType().Name}），未读取。");
        }
    }

    private static RawImportResult Fail(string code, string message) =>
        new(null, [new ImportDiagnostic(code, Severity.Error, message)]);

    /// <summary>True when the head (after a byte-order mark and whitespace) opens with &lt;html, &lt;!DOCTYPE html or &lt;table.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = 3;
        while (start < head.Length && (head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) start++;
        var rest = head[start..];
        // A leading comment: look past it.
        while (StartsWithIgnoreCase(rest, "<!--"u8))
        {
            var end = rest.IndexOf("-->"u8);
            if (end < 0) return false;
            rest = rest[(end + 3)..];
            var i = 0;
            while (i < rest.Length && (rest[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) i++;
            rest = rest[i..];
        }
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
