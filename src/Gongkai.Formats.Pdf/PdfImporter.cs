using System.Diagnostics;
using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Formats.Pdf.Assembly;
using Gongkai.Formats.Pdf.Extraction;
using Gongkai.Formats.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Reads a published PDF (WPS, Word, Excel exports) into a <see cref="RawDocument"/>: paragraphs in reading order
/// and ruled tables with aligned cells. Stages: <see cref="IPageContentExtractor"/> (glyphs with clipping, ruling
/// segments) → <see cref="IPageLayoutAnalyzer"/> (grids, cells, lines) → captions, headers and continuation.
/// </summary>
/// <remarks>
/// Never throws for bad input: an encrypted, damaged or text-less file yields diagnostics (Chinese, naming the file
/// and page). Bounds: input ≤ <see cref="ImportOptions.MaxBytes"/> (held in memory once), pages ≤
/// <see cref="ImportOptions.MaxPages"/>, decoded content per page ≤ <see cref="PdfImporterOptions.MaxPageContentBytes"/>
/// (measured before PdfPig parses the page), glyphs and segments per page capped by <see cref="PageExtractionOptions"/>,
/// and a wall-clock budget (<see cref="PdfImporterOptions.TimeBudget"/>) checked between pages. Thread-safe: each
/// call uses its own state.
/// </remarks>
public sealed class PdfImporter : IDocumentImporter
{
    private readonly PdfImporterOptions _options;
    private readonly IPageContentExtractor _extractor;
    private readonly IPageLayoutAnalyzer _analyzer;

    public PdfImporter(PdfImporterOptions? options = null, IPageContentExtractor? extractor = null, IPageLayoutAnalyzer? analyzer = null)
    {
        _options = options ?? PdfImporterOptions.Default;
        _extractor = extractor ?? new DefaultPageContentExtractor(_options.Extraction);
        _analyzer = analyzer ?? new DefaultPageLayoutAnalyzer(new DefaultTableDetector(_options.TableDetection));
    }

    public string FormatId => "pdf";

    public bool CanImport(string fileName, ReadOnlySpan<byte> head)
    {
        // The header may follow a little junk (PDF readers accept it within the first 1024 bytes).
        var window = head[..Math.Min(head.Length, 1024)];
        return window.IndexOf("%PDF-"u8) >= 0;
    }

    public RawImportResult Import(string source, Stream content, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<ImportDiagnostic>();
        var name = Path.GetFileName(source);
        try
        {
            var bytes = ReadAll(content, options.MaxBytes);
            if (bytes is null)
            {
                diagnostics.Add(Error(PdfDiagnosticCodes.TooLarge, Format("文件 {0} 超过 {1} 字节的上限，未读取。", name, options.MaxBytes)));
                return new RawImportResult(null, diagnostics);
            }
            return Read(name, source, bytes, options, diagnostics, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(Error(PdfDiagnosticCodes.Corrupt, Format("文件 {0} 不是可读的PDF（文件损坏或不完整）：{1}", name, ex.Message)));
            return new RawImportResult(null, diagnostics);
        }
    }

    private RawImportResult Read(string name, string source, byte[] bytes, ImportOptions options, List<ImportDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { ClipPaths = true, UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(Error(PdfDiagnosticCodes.Encrypted, Format("文件 {0} 已加密，需要密码才能读取；请提供未加密的PDF。", name)));
            return new RawImportResult(null, diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            diagnostics.Add(Error(PdfDiagnosticCodes.Corrupt, Format("文件 {0} 不是可读的PDF（文件损坏或不完整）：{1}", name, ex.Message)));
            return new RawImportResult(null, diagnostics);
        }

        using (document)
        {
            int pageCount;
            try
            {
                pageCount = document.NumberOfPages;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Add(Error(PdfDiagnosticCodes.Corrupt, Format("文件 {0} 的页面目录无法读取（文件损坏或不完整）：{1}", name, ex.Message)));
                return new RawImportResult(null, diagnostics);
            }

            var limit = Math.Min(pageCount, Math.Max(0, options.MaxPages));
            if (pageCount > limit)
            {
                diagnostics.Add(Warning(PdfDiagnosticCodes.PageLimit,
                    Format("文件 {0} 共 {1} 页，超过上限 {2} 页：只读取了前 {2} 页。", name, pageCount, limit)));
            }

            document.AddPageFactory(new PageContentProbe(document.Structure.TokenScanner, _options.MaxPageContentBytes));
            var clock = Stopwatch.StartNew();
            var assembler = new PageAssembler();
            var blocks = new List<RawBlock>();
            var glyphTotal = 0;
            var readPages = 0;
            var tooLargePages = 0;
            for (var number = 1; number <= limit; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > _options.TimeBudget)
                {
                    diagnostics.Add(Warning(PdfDiagnosticCodes.TimeLimit,
                        Format("文件 {0} 读取超过时限（{1} 秒）：第 {2} 页起未读取。", name, (int)_options.TimeBudget.TotalSeconds, number)) with { Page = number });
                    break;
                }
                PageContent content;
                int images;
                try
                {
                    if (document.GetPage<PageContentProbe.Size>(number) is { Exceeded: true })
                    {
                        diagnostics.Add(Warning(PdfDiagnosticCodes.PageTooLarge,
                            Format("文件 {0} 第 {1} 页内容过大（解压后超过 {2} MiB），已跳过：可能是异常或恶意构造的PDF。",
                                name, number, _options.MaxPageContentBytes / (1024 * 1024))) with { Page = number });
                        tooLargePages++;
                        continue;
                    }
                    var page = document.GetPage(number);
                    content = _extractor.Extract(page);
                    images = content.Glyphs.Count == 0 ? page.NumberOfImages : 0;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
                {
                    diagnostics.Add(Warning(PdfDiagnosticCodes.Corrupt,
                        Format("文件 {0} 第 {1} 页无法读取（页面内容损坏），已跳过：{2}", name, number, ex.Message)) with { Page = number });
                    continue;
                }
                readPages++;
                glyphTotal += content.Glyphs.Count;
                if (content.DroppedGlyphs > 0 || content.DroppedSegments > 0)
                {
                    diagnostics.Add(Warning(PdfDiagnosticCodes.ContentLimit,
                        Format("文件 {0} 第 {1} 页内容过多：舍弃了 {2} 个字符和 {3} 条线段。", name, number, content.DroppedGlyphs, content.DroppedSegments))
                    with { Page = number });
                }
                if (content.Glyphs.Count == 0 && images > 0)
                {
                    diagnostics.Add(Warning(PdfDiagnosticCodes.NoText,
                        Format("文件 {0} 第 {1} 页只有图像、没有文字层（可能是扫描件）：需要OCR，Gongkai 不做OCR。", name, number)) with { Page = number });
                }
                try
                {
                    blocks.AddRange(assembler.Assemble(_analyzer.Analyze(content)));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
                {
                    // Keep the text even when table analysis fails: the page's lines as paragraphs.
                    diagnostics.Add(Warning(PdfDiagnosticCodes.LayoutFailed,
                        Format("文件 {0} 第 {1} 页的表格分析失败，已按普通文字读取：{2}", name, number, ex.Message)) with { Page = number });
                    blocks.AddRange(TextLineBuilder.Build(content.Glyphs, spaceWideGaps: true)
                        .Select(l => new RawParagraph(l.Text.Trim()) { Page = number }));
                }
            }

            if (readPages == 0 && tooLargePages > 0)
            {
                diagnostics.Add(Error(PdfDiagnosticCodes.PageTooLarge,
                    Format("文件 {0} 没有一页可以读取：{1} 页内容过大，已全部跳过（可能是异常或恶意构造的PDF）。", name, tooLargePages)));
                return new RawImportResult(null, diagnostics);
            }
            if (readPages == 0 && limit > 0)
            {
                diagnostics.Add(Error(PdfDiagnosticCodes.Corrupt, Format("文件 {0} 没有一页可以读取（文件损坏或不完整）。", name)));
                return new RawImportResult(null, diagnostics);
            }
            if (glyphTotal == 0 && readPages > 0)
            {
                diagnostics.Add(Error(PdfDiagnosticCodes.NoText,
                    Format("文件 {0} 没有文字层（可能是扫描件或图片）：需要OCR，Gongkai 不做OCR。", name)));
                return new RawImportResult(null, diagnostics);
            }

            var raw = new RawDocument
            {
                Source = source,
                Format = FormatId,
                Blocks = blocks,
                Diagnostics = diagnostics.ToList(),
                PageCount = pageCount,
            };
            return new RawImportResult(raw, diagnostics);
        }
    }

    private static byte[]? ReadAll(Stream content, long maxBytes)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    private static ImportDiagnostic Error(string code, string message) => new(code, Severity.Error, message);

    private static ImportDiagnostic Warning(string code, string message) => new(code, Severity.Warning, message);
}
