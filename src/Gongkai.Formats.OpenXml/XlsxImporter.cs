using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Formats.OpenXml;

/// <summary>
/// Reads Excel (XLSX) disclosures: each sheet's used range, one or several tables per sheet (a new table starts after a
/// blank-row gap followed by a title or number line), merged cells as stored (text in the top-left cell, "" elsewhere),
/// numbers stored as text kept as printed (thousands separators included), formulas by their cached value (a formula
/// without one is a warning naming the sheet and cell), and the sheet name as the title when none is printed.
/// The line of a block or row is its row number in the sheet.
/// </summary>
public sealed class XlsxImporter : IDocumentImporter
{
    public const string Id = "xlsx";

    public string FormatId => Id;

    public bool CanImport(string fileName, ReadOnlySpan<byte> head) =>
        head.StartsWith(OfficePackage.ZipMagic) && OfficePackage.SniffKind(head) == OfficeKind.Spreadsheet;

    public RawImportResult Import(string source, Stream content, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        options ??= ImportOptions.Default;
        var name = Path.GetFileName(source);
        var (bytes, error) = OfficePackage.Open(name, content, options.MaxBytes, OfficeKind.Spreadsheet);
        if (error is not null) return new RawImportResult(null, [error]);
        var diagnostics = new List<ImportDiagnostic>();
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes!, writable: false), false);
            var workbook = doc.WorkbookPart;
            if (workbook?.Workbook?.Sheets is null)
            {
                return new RawImportResult(null, [OfficePackage.Error("OFFICE-EMPTY", $"文件“{name}”没有工作表，未读取。")]);
            }
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                .Select(i => i.InnerText).ToList() ?? [];
            var decimals = DecimalsByStyle(workbook.WorkbookStylesPart?.Stylesheet);
            var builder = new BlockBuilder();
            foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sheetName = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } rid || workbook.GetPartById(rid) is not WorksheetPart part) continue;
                var data = part.Worksheet?.GetFirstChild<SheetData>();
                if (data is null) continue;
                ReadSheet(sheetName, data, part.Worksheet!.GetFirstChild<MergeCells>(), strings, decimals, builder, diagnostics, name);
            }
            var document = new RawDocument { Source = source, Format = Id, Blocks = builder.Blocks, Diagnostics = diagnostics };
            return new RawImportResult(document, diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return new RawImportResult(null, [OfficePackage.Error("OFFICE-CORRUPT", $"文件“{name}”不是有效的 Excel 文档，无法读取（{ex.Message}）。")]);
        }
    }

    private static void ReadSheet(string sheetName, SheetData data, MergeCells? merges, List<string> strings, IReadOnlyList<int?> decimals, BlockBuilder builder,
        List<ImportDiagnostic> diagnostics, string fileName)
    {
        var sheetRows = new List<(int Number, List<string> Cells)>();
        var rowNumber = 0;
        foreach (var row in data.Elements<Row>())
        {
            rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
            var cells = new List<string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : position;
                position = column + 1;
                if (column > MaxColumn) continue;
                while (cells.Count <= column) cells.Add("");
                cells[column] = ValueOf(cell, strings, decimals, sheetName, fileName, diagnostics);
            }
            sheetRows.Add((rowNumber, cells));
        }
        // A merged range keeps its text in the top-left cell; the spanned cells stand as "" even when not stored.
        foreach (var merge in merges?.Elements<MergeCell>() ?? [])
        {
            var parts = merge.Reference?.Value?.Split(':');
            if (parts is not { Length: 2 }) continue;
            var (lastColumn, firstRow, lastRow) = (Math.Min(ColumnOf(parts[1]), MaxColumn), RowOf(parts[0]), RowOf(parts[1]));
            foreach (var (number, cells) in sheetRows)
            {
                if (number < firstRow || number > lastRow) continue;
                while (cells.Count <= lastColumn) cells.Add("");
            }
        }
        ReadRows(sheetName, sheetRows, builder);
    }

    private const int MaxColumn = 16383;

    private static int RowOf(string reference)
    {
        var digits = new string(reference.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static void ReadRows(string sheetName, List<(int Number, List<string> Cells)> sheetRows, BlockBuilder builder)
    {
        var grid = new List<(List<string> Cells, int Line)>();
        var gridLine = 0;
        var gap = false;
        var firstGrid = true;
        void Flush()
        {
            if (grid.Count == 0) return;
            builder.AddGrid(grid, gridLine, firstGrid ? sheetName : null);
            firstGrid = false;
            grid = [];
        }
        foreach (var (rowNumber, cells) in sheetRows)
        {
            var filled = cells.Where(c => c.Trim().Length > 0).ToList();
            if (filled.Count == 0)
            {
                gap = grid.Count > 0;
                continue;
            }
            var single = filled.Count == 1 && (BlockBuilder.IsHeadLine(filled[0]) || grid.Count == 0);
            if (grid.Count > 0 && gap && filled.Count == 1 && (BlockBuilder.IsTitleLike(filled[0]) || BlockBuilder.IsNumber(filled[0])))
            {
                Flush();
            }
            gap = false;
            if (grid.Count == 0 && single && filled.Count == 1)
            {
                builder.AddParagraph(filled[0], rowNumber);
                continue;
            }
            if (grid.Count == 0) gridLine = rowNumber;
            grid.Add((cells, rowNumber));
        }
        Flush();
    }

    private static string ValueOf(Cell cell, List<string> strings, IReadOnlyList<int?> decimals, string sheetName, string fileName, List<ImportDiagnostic> diagnostics)
    {
        var raw = cell.CellValue?.Text;
        if (cell.CellFormula is not null && string.IsNullOrEmpty(raw))
        {
            diagnostics.Add(new ImportDiagnostic("XLSX-FORMULA-NO-VALUE", Severity.Warning,
                $"文件“{fileName}”工作表“{sheetName}”单元格 {cell.CellReference?.Value} 是公式，但没有保存计算结果，按空白读取（请在 Excel 中重新计算并保存）。"));
            return "";
        }
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        }
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.Error) return raw ?? "";
        if (type == CellValues.String) return raw ?? "";
        if (string.IsNullOrEmpty(raw)) return "";
        // A number: binary floating point in the file ("1234.5600000000001"); amounts print at most a few decimals.
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            // Shown with the decimals of its number format ("0.00" → 98.00), so the printed precision is kept.
            var style = (int)(cell.StyleIndex?.Value ?? 0);
            if (style < decimals.Count && decimals[style] is { } places)
            {
                return Math.Round(d, places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            }
            return Math.Round(d, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    /// <summary>
    /// Decimals shown by each cell format (index = style index), for fixed-point number formats ("0.00", "#,##0.00",
    /// built-in 1–4); null for General, percentages, dates and text formats (the stored value is used as is).
    /// </summary>
    private static List<int?> DecimalsByStyle(Stylesheet? stylesheet)
    {
        var result = new List<int?>();
        if (stylesheet?.CellFormats is null) return result;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value).ToDictionary(g => g.Key, g => g.First().FormatCode!.Value!) ?? [];
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            int? places = id switch
            {
                1 or 3 => 0,
                2 or 4 => 2,
                _ => custom.TryGetValue(id, out var code) ? DecimalsOf(code) : null,
            };
            result.Add(places);
        }
        return result;
    }

    internal static int? DecimalsOf(string formatCode)
    {
        var section = formatCode.Split(';')[0];
        section = System.Text.RegularExpressions.Regex.Replace(section, "\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "");
        if (section.IndexOfAny(['%', 'y', 'm', 'd', 'h', 's', 'E', 'e', '@', '/']) >= 0) return null;
        if (!section.Contains('0', StringComparison.Ordinal) && !section.Contains('#', StringComparison.Ordinal)) return null;
        var dot = section.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return 0;
        return section[(dot + 1)..].TakeWhile(c => c is '0' or '#').Count(c => c == '0');
    }

    /// <summary>0-based column of a cell reference ("B5" → 1).</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') column = column * 26 + (c - 'a' + 1);
            else break;
        }
        return Math.Max(0, column - 1);
    }
}
