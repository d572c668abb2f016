using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Web.Exports;

/// <summary>Writes rows into a one-sheet XLSX workbook (Open XML SDK): numbers as numbers, text as inline strings.</summary>
public static class XlsxWriter
{
    public static byte[] Write(string sheetName, IEnumerable<IEnumerable<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            foreach (var row in rows)
            {
                r++;
                var xmlRow = new Row { RowIndex = r };
                var c = 0;
                foreach (var value in row)
                {
                    var reference = ColumnName(c++) + r.ToString(CultureInfo.InvariantCulture);
                    xmlRow.Append(value switch
                    {
                        null => new Cell { CellReference = reference },
                        decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                        int i => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) },
                        long l => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(l.ToString(CultureInfo.InvariantCulture)) },
                        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""))) },
                    });
                }
                data.Append(xmlRow);
            }
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(sheetName) });
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    // Sheet names: at most 31 characters, none of : \ / ? * [ ]
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        if (clean.Length == 0) clean = "Sheet1";
        return clean.Length > 31 ? clean[..31] : clean;
    }

    // XML 1.0 forbids most control characters.
    private static string Clean(string text) => new(text.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r').ToArray());
}
