using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Render.Xlsx;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Render.Tests;

public sealed class XlsxRendererTests
{
    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void Render_Seed002_IsAValidWorkbookWithOneSheetPerTable()
    {
        var document = RoundTrip.Seed("002").Document!;
        using var xlsx = Open(RoundTrip.Render(new XlsxDisclosureRenderer(), document));
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(xlsx).Take(10).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Path?.XPath + ": " + e.Description)));
        var names = xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal("说明", names[0]);
        Assert.Equal(document.Tables.Count, names.Count - 1);
        Assert.Contains("表一 部门收支总体情况表", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.True(n.Length <= 31));
    }

    [Fact]
    public void Render_Amounts_AreNumbersInThePrintedFormat()
    {
        var generated = DisclosureGenerator.Budget(2).Document;
        using var xlsx = Open(RoundTrip.Render(new XlsxDisclosureRenderer(), generated));
        var wb = xlsx.WorkbookPart!;
        var formats = wb.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var xfs = wb.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var sheet = (WorksheetPart)wb.GetPartById(wb.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name!.Value!.Contains("支出总体情况表", StringComparison.Ordinal)).Id!.Value!);
        var numbers = sheet.Worksheet!.Descendants<Cell>().Where(c => c.DataType is null && c.CellValue is not null).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, c => Assert.Equal("#,##0.00", formats[xfs[(int)c.StyleIndex!.Value].NumberFormatId!.Value]));
        var total = generated.Tables.First(t => t.Title.Contains("支出总体情况表", StringComparison.Ordinal)).Rows.First(r => r.Kind == Core.Tables.RowKind.Total).Values[0].Value!.Value;
        Assert.Contains(numbers, c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture) == total);
    }

    [Fact]
    public void Render_Sheets_MergeTitleAndMultiRowHeaders()
    {
        using var xlsx = Open(RoundTrip.Render(new XlsxDisclosureRenderer(), DisclosureGenerator.Budget(1).Document));
        var wb = xlsx.WorkbookPart!;
        var sheet = (WorksheetPart)wb.GetPartById(wb.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name!.Value!.Contains("三公", StringComparison.Ordinal)).Id!.Value!);
        var merges = sheet.Worksheet!.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
        Assert.Contains(merges, m => m.StartsWith("A2:", StringComparison.Ordinal)); // the title across the table
        // Rows: 1 表号, 2 title, 3 编制单位, 4 单位, 5–6 header.
        Assert.Contains("A5:A6", merges); // 项目 over both header rows
        Assert.Contains("D5:F5", merges); // 公务用车购置及运行费 over its three columns
        Assert.NotEmpty(sheet.Worksheet.Descendants<Column>());
    }
}
