using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Formats.OpenXml;

/// <summary>
/// Reads Word (DOCX) disclosures: body paragraphs in order (a running paragraph index as the line) and tables with aligned
/// cells (gridSpan and vMerge spread: text in the first cell, "" in the spanned ones). Also claims ZIPs that are not
/// spreadsheets and CFB containers (encrypted or legacy Office), so that they get a clear message.
/// </summary>
public sealed class DocxImporter : IDocumentImporter
{
    public const string Id = "docx";

    public string FormatId => Id;

    public bool CanImport(string fileName, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(OfficePackage.CfbMagic)) return true;
        return head.StartsWith(OfficePackage.ZipMagic) && OfficePackage.SniffKind(head) != OfficeKind.Spreadsheet;
    }

    public RawImportResult Import(string source, Stream content, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        options ??= ImportOptions.Default;
        var name = Path.GetFileName(source);
        var (bytes, error) = OfficePackage.Open(name, content, options.MaxBytes, OfficeKind.Word);
        if (error is not null) return new RawImportResult(null, [error]);
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes!, writable: false), false);
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return new RawImportResult(null, [OfficePackage.Error("OFFICE-EMPTY", $"文件“{name}”没有正文，未读取。")]);
            }
            var builder = new BlockBuilder();
            var index = 0;
            Walk(body, builder, ref index, cancellationToken);
            var document = new RawDocument { Source = source, Format = Id, Blocks = builder.Blocks };
            return new RawImportResult(document, []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return new RawImportResult(null, [OfficePackage.Error("OFFICE-CORRUPT", $"文件“{name}”不是有效的 Word 文档，无法读取（{ex.Message}）。")]);
        }
    }

    private static void Walk(OpenXmlElement container, BlockBuilder builder, ref int index, CancellationToken cancellationToken)
    {
        foreach (var element in container.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph p:
                    index++;
                    builder.AddParagraph(TextOf(p), index);
                    break;
                case Table t:
                    index++;
                    builder.AddGrid(Grid(t, ref index), index);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is not null:
                    Walk(sdt.SdtContentBlock, builder, ref index, cancellationToken);
                    break;
            }
        }
    }

    private static string TextOf(Paragraph p)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append(' '); break;
                case Break or CarriageReturn: sb.Append(' '); break;
            }
        }
        return sb.ToString();
    }

    private static List<(List<string> Cells, int Line)> Grid(Table table, ref int index)
    {
        var rows = new List<(List<string>, int)>();
        foreach (var tr in table.Elements<TableRow>())
        {
            index++;
            var cells = new List<string>();
            var before = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < before; i++) cells.Add("");
            foreach (var tc in tr.Elements<TableCell>())
            {
                var props = tc.TableCellProperties;
                var span = props?.GridSpan?.Val?.Value ?? 1;
                var vMerge = props?.VerticalMerge;
                var continued = vMerge is not null && (vMerge.Val is null || vMerge.Val.Value == MergedCellValues.Continue);
                var text = continued ? "" : string.Join("", tc.Elements<Paragraph>().Select(TextOf)).Trim();
                cells.Add(text);
                for (var i = 1; i < span; i++) cells.Add("");
            }
            rows.Add((cells, index));
        }
        return rows;
    }
}
