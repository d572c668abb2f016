using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Import;
using Gongkai.Formats.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Formats.OpenXml.Tests;

/// <summary>
/// Generates DOCX and XLSX files in memory with the Open XML SDK. <see cref="DocxOf"/> and <see cref="XlsxOf"/> re-type a
/// text disclosure (read by the text importer) into Word/Excel: paragraphs as paragraphs, and each table as its printed
/// number, title and preamble (unit) lines above a real table of its header rows and cells, and its notes below.
/// </summary>
internal static partial class OfficeFixtures
{
    [GeneratedRegex(@"^-?\d+\.\d+$")]
    private static partial Regex PlainNumber();

    public static RawDocument ReadText(string path)
    {
        using var stream = File.OpenRead(path);
        var result = new TextImporter().Import(path, stream, ImportOptions.Default);
        return result.Document ?? throw new InvalidOperationException("text seed unreadable: " + path);
    }

    /// <summary>Lines above a table as the text printed them.</summary>
    private static IEnumerable<string> HeadLines(RawTable t)
    {
        if (t.PrintedNumber is not null) yield return t.PrintedNumber;
        if (t.Title is not null) yield return t.Title;
        foreach (var p in t.Preamble) yield return p;
    }

    public static byte[] DocxOf(RawDocument text)
    {
        var body = new List<OpenXmlElement>();
        foreach (var block in text.Blocks)
        {
            switch (block)
            {
                case RawParagraph p:
                    body.Add(Paragraph(p.Text));
                    break;
                case RawTable t when t.CellsAligned:
                    body.AddRange(HeadLines(t).Select(Paragraph));
                    body.Add(WordTable([.. t.HeaderRows.Select(r => r.Cells), .. t.Rows.Select(r => r.Cells)]));
                    body.AddRange(t.Notes.Select(Paragraph));
                    break;
                case RawTable t:
                    body.AddRange(HeadLines(t).Select(Paragraph));
                    body.AddRange(t.HeaderRows.Concat(t.Rows).Select(r => Paragraph(r.SourceText)));
                    body.AddRange(t.Notes.Select(Paragraph));
                    break;
            }
        }
        return Docx(body);
    }

    public static byte[] Docx(IEnumerable<OpenXmlElement> bodyElements)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(bodyElements));
            main.Document.Save();
        }
        return ms.ToArray();
    }

    public static W.Paragraph Paragraph(string text) =>
        new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static W.Table WordTable(IEnumerable<IReadOnlyList<string>> rows) =>
        new(rows.Select(r => new W.TableRow(r.Select(c => new W.TableCell(Paragraph(c))))));

    /// <summary>A cell spanning columns (gridSpan) or starting/continuing a vertical merge.</summary>
    public static W.TableCell Cell(string text, int span = 1, W.MergedCellValues? vMerge = null)
    {
        var props = new W.TableCellProperties();
        if (span > 1) props.Append(new W.GridSpan { Val = span });
        if (vMerge is { } v) props.Append(new W.VerticalMerge { Val = v });
        return new W.TableCell(props, Paragraph(text));
    }

    /// <summary>The text's tables re-typed into a workbook, <paramref name="tablesPerSheet"/> tables per sheet separated by a blank row.</summary>
    public static byte[] XlsxOf(RawDocument text, int tablesPerSheet, bool amountsAsText = false)
    {
        var tables = text.Blocks.OfType<RawTable>().Where(t => t.CellsAligned).ToList();
        var sheets = new List<(string Name, List<List<object?>> Rows)>();
        for (var i = 0; i < tables.Count; i += tablesPerSheet)
        {
            var rows = new List<List<object?>>();
            foreach (var t in tables.Skip(i).Take(tablesPerSheet))
            {
                if (rows.Count > 0) rows.Add([]);
                rows.AddRange(HeadLines(t).Select(l => new List<object?> { l }));
                foreach (var r in t.HeaderRows) rows.Add([.. r.Cells]);
                foreach (var r in t.Rows) rows.Add([.. r.Cells.Select(c => Typed(c, amountsAsText))]);
                rows.AddRange(t.Notes.Select(n => new List<object?> { n }));
            }
            sheets.Add(("Sheet" + (sheets.Count + 1).ToString(CultureInfo.InvariantCulture), rows));
        }
        return Xlsx(sheets);
    }

    /// <summary>An amount becomes a numeric cell; codes ("05") and anything else stay text, as Excel keeps them.</summary>
    /// <summary>With <paramref name="asText"/>, amounts are stored as text with thousands separators ("1,167.58", "46.3").</summary>
    private static object? Typed(string cell, bool asText) =>
        !PlainNumber().IsMatch(cell) ? cell
        : asText ? decimal.Parse(cell, CultureInfo.InvariantCulture).ToString("#,##0.########", CultureInfo.InvariantCulture)
        : decimal.Parse(cell, CultureInfo.InvariantCulture);

    /// <summary>
    /// A workbook: each row a list of values (string → inline string, decimal → number, <see cref="Formula"/> → formula),
    /// with optional merged ranges per sheet.
    /// </summary>
    public static byte[] Xlsx(IEnumerable<(string Name, List<List<object?>> Rows)> sheets, IReadOnlyDictionary<string, string[]>? merges = null)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = wb.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        var reference = Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                        switch (rows[r][c])
                        {
                            case null:
                                break;
                            case decimal d:
                                row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) });
                                break;
                            case Formula f:
                                var cell = new Cell { CellReference = reference, CellFormula = new CellFormula(f.Text) };
                                if (f.Cached is { } cached) cell.CellValue = new CellValue(cached.ToString(CultureInfo.InvariantCulture));
                                row.Append(cell);
                                break;
                            case string s when s.Length == 0:
                                // A blank bordered cell: stored without a value.
                                row.Append(new Cell { CellReference = reference });
                                break;
                            case string s:
                                row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(s)) });
                                break;
                        }
                    }
                    data.Append(row);
                }
                var worksheet = new Worksheet(data);
                if (merges is not null && merges.TryGetValue(name, out var ranges))
                {
                    worksheet.Append(new MergeCells(ranges.Select(m => new MergeCell { Reference = m })));
                }
                part.Worksheet = worksheet;
                wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    public sealed record Formula(string Text, decimal? Cached);

    private static string Column(int index)
    {
        var s = "";
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            s = (char)('A' + m) + s;
            index = (index - 1) / 26;
        }
        return s;
    }
}
