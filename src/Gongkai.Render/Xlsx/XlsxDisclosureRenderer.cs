using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Documents;
using Gongkai.Render.Layout;

namespace Gongkai.Render.Xlsx;

/// <summary>
/// 公开报表 workbook: a first sheet 说明 with the cover title and the explanation text (one paragraph a row), a 目录 sheet
/// when the document has one, then one sheet per table: its number, its title merged across the table, 编制部门 and
/// 单位 lines, the header rows with their merged cells, the body with amounts stored as numbers in the number format
/// they are printed with (#,##0.00), codes as text, every cell ruled, and the notes under it. Column widths follow the
/// layout; header rows repeat when printed.
/// </summary>
public sealed class XlsxDisclosureRenderer : IDisclosureRenderer
{
    public string Format => "xlsx";

    public string Extension => ".xlsx";

    public void Render(DisclosureDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var blocks = DocumentLayout.Lay(document);
        using var buffer = new MemoryStream();
        using (var xlsx = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var wb = xlsx.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            var stylesPart = wb.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = XlsxStyles.Create();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var definedNames = new DefinedNames();
            uint sheetId = 1;

            var text = blocks.Where(b => b is not TableBlock).ToList();
            if (text.Count > 0) AddSheet(wb, Unique("说明", names), ref sheetId, NarrativeSheet(text), null);
            foreach (var block in blocks.OfType<TableBlock>())
            {
                var t = block.Table;
                var name = Unique(SheetName(t), names);
                var (sheet, headerRows) = TableSheet(t);
                var index = AddSheet(wb, name, ref sheetId, sheet, t);
                if (headerRows is { } rows)
                {
                    // Print titles: the header rows repeat on every printed page.
                    definedNames.Append(new DefinedName("'" + name.Replace("'", "''", StringComparison.Ordinal) + "'!$" + rows.First.ToString(CultureInfo.InvariantCulture) + ":$" + rows.Last.ToString(CultureInfo.InvariantCulture))
                    { Name = "_xlnm.Print_Titles", LocalSheetId = index });
                }
            }
            if (definedNames.HasChildren) wb.Workbook.Append(definedNames);
            wb.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static uint AddSheet(WorkbookPart wb, string name, ref uint sheetId, Worksheet worksheet, PrintedTable? table)
    {
        var part = wb.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        if (table is not null && table.IsWide)
        {
            worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        }
        var sheets = wb.Workbook!.Sheets!;
        sheets.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        return (uint)(sheets.ChildElements.Count - 1);
    }

    private static Worksheet NarrativeSheet(IReadOnlyList<LayoutBlock> blocks)
    {
        var data = new SheetData();
        uint r = 1;
        foreach (var block in blocks)
        {
            var (text, style) = block switch
            {
                TitleBlock t => (t.Text, XlsxStyles.Title),
                HeadingBlock h => (h.Text, XlsxStyles.Heading),
                ParagraphBlock p => (p.Text, XlsxStyles.Paragraph),
                _ => ("", XlsxStyles.Default),
            };
            if (text.Length == 0) continue;
            var row = new Row { RowIndex = r };
            row.Append(TextCell("A" + r.ToString(CultureInfo.InvariantCulture), text, style));
            data.Append(row);
            r++;
        }
        return new Worksheet(new SheetFormatProperties { DefaultRowHeight = 18 }, new Columns(new Column { Min = 1, Max = 1, Width = 110, CustomWidth = true }), data);
    }

    private static (Worksheet Sheet, (uint First, uint Last)? HeaderRows) TableSheet(PrintedTable t)
    {
        var data = new SheetData();
        var merges = new List<string>();
        var width = Math.Max(1, t.ColumnCount);
        uint r = 1;
        void Line(string text, uint style, bool mergeAcross, int column = 0)
        {
            var row = new Row { RowIndex = r };
            row.Append(TextCell(Reference(column, r), text, style));
            data.Append(row);
            if (mergeAcross && width > 1) merges.Add(Reference(0, r) + ":" + Reference(width - 1, r));
            r++;
        }
        if (!t.CaptionInside && t.Number is { Length: > 0 } number) Line(number, XlsxStyles.Heading, false);
        Line(t.Title, XlsxStyles.Title, true);
        if (!t.CaptionInside)
        {
            foreach (var p in t.Preamble) Line(p, XlsxStyles.Default, false);
            if (t.UnitLine is { } unit) Line(unit, XlsxStyles.Right, false, width - 1);
        }

        (uint, uint)? headerRows = null;
        if (t.HeaderRows.Count > 0)
        {
            var first = r;
            Grid(t.HeaderRows, width, ref r, data, merges, header: true);
            headerRows = (first, r - 1);
        }
        Grid(t.Rows, width, ref r, data, merges, header: false);
        foreach (var note in t.Notes) Line(note, XlsxStyles.Default, false);

        var columns = new Columns();
        var total = t.ColumnWeights.Sum();
        for (var c = 0; c < width; c++)
        {
            var w = c < t.ColumnWeights.Count ? t.ColumnWeights[c] : 2;
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Round(Math.Max(8, w * 6.5), 1), CustomWidth = true });
        }
        var sheet = new Worksheet(new SheetFormatProperties { DefaultRowHeight = 18 }, columns, data);
        if (merges.Count > 0) sheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        sheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        return (sheet, headerRows);
    }

    private static void Grid(IReadOnlyList<IReadOnlyList<PrintedCell>> rows, int width, ref uint r, SheetData data, List<string> merges, bool header)
    {
        foreach (var placed in GridPlacement.Place(rows, width))
        {
            var row = new Row { RowIndex = r };
            var byColumn = new PlacedCell?[width];
            foreach (var p in placed)
            {
                for (var c = p.Column; c < Math.Min(width, p.Column + Math.Max(1, p.Cell.ColumnSpan)); c++) byColumn[c] = c == p.Column ? p : p with { Covered = true };
                if (!p.Covered && (p.Cell.ColumnSpan > 1 || p.Cell.RowSpan > 1))
                {
                    merges.Add(Reference(p.Column, r) + ":" + Reference(p.Column + Math.Max(1, p.Cell.ColumnSpan) - 1, r + (uint)Math.Max(1, p.Cell.RowSpan) - 1));
                }
            }
            for (var c = 0; c < width; c++)
            {
                var p = byColumn[c];
                var reference = Reference(c, r);
                if (p is null || p.Covered)
                {
                    // Covered and missing positions stay blank but ruled.
                    row.Append(new Cell { CellReference = reference, StyleIndex = header ? XlsxStyles.Header : XlsxStyles.Cell });
                    continue;
                }
                var cell = p.Cell;
                if (cell.Kind == PrintedCellKind.Amount)
                {
                    var style = XlsxStyles.Amount(cell.Decimals, cell.Bold);
                    row.Append(cell.Amount is { } amount
                        ? new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(amount.ToString(CultureInfo.InvariantCulture)) }
                        : new Cell { CellReference = reference, StyleIndex = style });
                    continue;
                }
                var styleIndex = header || cell.Kind == PrintedCellKind.Header ? XlsxStyles.Header : cell.Bold ? XlsxStyles.BoldCell : XlsxStyles.Cell;
                row.Append(cell.Text.Length == 0 ? new Cell { CellReference = reference, StyleIndex = styleIndex } : TextCell(reference, cell.Text, styleIndex));
            }
            data.Append(row);
            r++;
        }
    }

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Excel keeps at most 32,767 characters in a cell and no control characters.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 32767));
        foreach (var c in text)
        {
            if (sb.Length >= 32767) break;
            sb.Append(char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c);
        }
        return sb.ToString();
    }

    private static string Reference(int column, uint row)
    {
        var s = "";
        var index = column + 1;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            s = (char)('A' + m) + s;
            index = (index - 1) / 26;
        }
        return s + row.ToString(CultureInfo.InvariantCulture);
    }

    private static string SheetName(PrintedTable t)
    {
        var raw = (t.Number is { Length: > 0 } n ? n + " " : "") + t.Title;
        var cleaned = new string(raw.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : c).ToArray()).Trim('\'').Trim();
        if (cleaned.Length == 0) cleaned = "表";
        return cleaned.Length > 28 ? cleaned[..28] : cleaned;
    }

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = "(" + i.ToString(CultureInfo.InvariantCulture) + ")";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }
}
