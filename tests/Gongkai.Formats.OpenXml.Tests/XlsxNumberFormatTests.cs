using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Import;

namespace Gongkai.Formats.OpenXml.Tests;

/// <summary>Numbers keep the decimals their cell format shows (98 stored, "0.00" shown → "98.00").</summary>
public sealed class XlsxNumberFormatTests
{
    [Theory]
    [InlineData("0.00", 2)]
    [InlineData("#,##0.00_);[Red](#,##0.00)", 2)]
    [InlineData("#,##0", 0)]
    [InlineData("0.0\"万元\"", 1)]
    [InlineData("0.00%", null)]
    [InlineData("yyyy-mm-dd", null)]
    [InlineData("General", null)]
    public void DecimalsOf_FormatCode(string code, int? expected) => Assert.Equal(expected, XlsxImporter.DecimalsOf(code));

    [Fact]
    public void Import_NumberShownWithFormatDecimals()
    {
        var bytes = OfficeFixtures.Xlsx([("表", [new() { "项目", "金额", "比例" }, new() { "合计", 98m, 1234.5m }])]);
        using var ms = new MemoryStream();
        ms.Write(bytes);
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var styles = doc.WorkbookPart!.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 1 }));
            var cells = doc.WorkbookPart.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToList();
            cells.Single(c => c.CellReference == "B2").StyleIndex = 1;
            cells.Single(c => c.CellReference == "C2").StyleIndex = 2;
        }
        var result = new XlsxImporter().Import("n.xlsx", new MemoryStream(ms.ToArray()), ImportOptions.Default);
        var table = Assert.Single(result.Document!.Blocks.OfType<RawTable>());
        Assert.Equal(["合计", "98.00", "1235"], Assert.Single(table.Rows).Cells);
    }
}
