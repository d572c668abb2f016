using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Rules;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Workflows;

/// <summary>
/// 检查: read one input with the first importer that accepts it, recognise it into the canonical model,
/// and run the rules. Bad input never throws: it yields a report with <see cref="CheckReport.Unreadable"/>
/// and a Chinese diagnostic naming the file.
/// </summary>
public sealed class CheckWorkflow
{
    private const int HeadBytes = 4096;
    private readonly FormatRegistry _formats;
    private readonly IDocumentRecognizer _recognizer;
    private readonly ICatalogueProvider _catalogues;
    private readonly RuleOptions _ruleOptions;
    private readonly ImportOptions _importOptions;

    public CheckWorkflow(FormatRegistry formats, IDocumentRecognizer recognizer, ICatalogueProvider catalogues,
        RuleOptions? ruleOptions = null, ImportOptions? importOptions = null)
    {
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(catalogues);
        _formats = formats;
        _recognizer = recognizer;
        _catalogues = catalogues;
        _ruleOptions = ruleOptions ?? RuleOptions.Default;
        _importOptions = importOptions ?? ImportOptions.Default;
    }

    /// <summary>
    /// The templates the recognised <see cref="DocumentInfo.TemplateId"/> is looked up in, so that completeness rules
    /// know the template's tables and chapters (default: the built-in templates).
    /// </summary>
    public TemplateRegistry Templates { get; init; } = TemplateRegistry.Default;

    /// <summary>Checks the file at <paramref name="path"/>.</summary>
    public CheckReport CheckFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, null, "INPUT-NOT-FOUND", $"文件“{path}”不存在或无法访问。");
            }
            if (info.Length > _importOptions.MaxBytes)
            {
                return Fail(path, null, "INPUT-TOO-LARGE",
                    $"文件“{name}”大小为 {info.Length / (1024 * 1024)} MB，超过上限 {_importOptions.MaxBytes / (1024 * 1024)} MB，未读取。");
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Check(path, stream, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(path, null, "INPUT-IO", $"文件“{name}”无法读取：{ex.Message}");
        }
    }

    /// <summary>Checks content from a stream; <paramref name="source"/> names it in messages.</summary>
    public CheckReport Check(string source, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(source);
        byte[] head;
        try
        {
            head = ReadHead(content);
        }
        catch (IOException ex)
        {
            return Fail(source, null, "INPUT-IO", $"文件“{name}”无法读取：{ex.Message}");
        }
        if (head.Length == 0)
        {
            return Fail(source, null, "INPUT-EMPTY", $"文件“{name}”是空文件，没有可检查的内容。");
        }

        var importer = _formats.Find(name, head);
        if (importer is null)
        {
            return Fail(source, null, "INPUT-UNSUPPORTED",
                $"文件“{name}”不是可识别的格式（支持文本、PDF、DOCX、XLSX、HTML），未检查。");
        }

        RawImportResult imported;
        try
        {
            imported = importer.Import(source, content, _importOptions, cancellationToken);
        }
#pragma warning disable CA1031 // Bad input must never crash the check: a reader bug is reported against the file.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Fail(source, importer.FormatId, "INPUT-READ-FAILED", $"文件“{name}”读取失败：{ex.GetType().Name}：{ex.Message}");
        }
        if (imported.Document is null)
        {
            return new CheckReport { Source = source, Format = importer.FormatId, Diagnostics = imported.Diagnostics };
        }

        DisclosureDocument document;
        try
        {
            document = DocumentExtraction.Enrich(CodesFromNames.Apply(_recognizer.Recognize(imported.Document), _catalogues));
        }
#pragma warning disable CA1031
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Fail(source, importer.FormatId, "RECOGNITION-FAILED", $"文件“{name}”识别失败：{ex.GetType().Name}：{ex.Message}");
        }

        if (!DisclosureMarkers.LooksLikeDisclosure(imported.Document, document))
        {
            return new CheckReport
            {
                Source = source,
                Format = importer.FormatId,
                Diagnostics =
                [
                    .. document.Diagnostics,
                    new ImportDiagnostic(DisclosureMarkers.NotDisclosureCode, Severity.Error,
                        $"文件“{name}”不是预决算公开文件：未识别出任何标准表格，也没有“部门预算”“收支总表”等公开文件用语，未检查。"),
                ],
            };
        }

        var template = document.Info.TemplateId is { } templateId ? Templates.Get(templateId) : null;
        var findings = RuleEngine.Run(new RuleContext(document, _catalogues, _ruleOptions) { Template = template });
        return new CheckReport
        {
            Source = source,
            Format = importer.FormatId,
            Document = document,
            Findings = findings,
            Diagnostics = document.Diagnostics,
        };
    }

    /// <summary>
    /// Links an explanation file whose 报表 are an attachment with the file of tables checked with it
    /// (<see cref="SeparateTablesLink"/>), with this workflow's catalogues, rule options and templates.
    /// </summary>
    public IReadOnlyList<CheckReport> LinkSeparateTables(IReadOnlyList<CheckReport> reports) =>
        SeparateTablesLink.Apply(reports, _catalogues, _ruleOptions, Templates);

    private static byte[] ReadHead(Stream content)
    {
        var buffer = new byte[HeadBytes];
        var read = 0;
        if (content.CanSeek)
        {
            while (read < buffer.Length)
            {
                var n = content.Read(buffer, read, buffer.Length - read);
                if (n == 0) break;
                read += n;
            }
            content.Position = 0;
            return buffer[..read];
        }
        throw new IOException("stream must be seekable");
    }

    private static CheckReport Fail(string source, string? format, string code, string message) => new()
    {
        Source = source,
        Format = format,
        Diagnostics = [new ImportDiagnostic(code, Severity.Error, message)],
    };
}
