using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Compose.Demo;
using Gongkai.Compose.Input;
using Gongkai.Core.Documents;

namespace Gongkai.Compose.Tests;

public sealed class WorkbookTests
{
    private static MemoryStream Prefilled(string key = "city-2023-budget")
    {
        var demo = DemoLedgers.All().Single(d => d.Key == key);
        var stream = new MemoryStream();
        LedgerWorkbookWriter.Write(stream, demo.TemplateId, demo.Year, demo.Ledger);
        stream.Position = 0;
        return stream;
    }

    private static void Edit(MemoryStream stream, string sheetName, Action<WorksheetPart, Worksheet> edit)
    {
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var wb = doc.WorkbookPart!;
            var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
            edit(part, part.Worksheet);
            part.Worksheet.Save();
        }
        stream.Position = 0;
    }

    private static Cell CellAt(Worksheet ws, string reference) => ws.Descendants<Cell>().Single(c => c.CellReference == reference);

    [Theory]
    [InlineData("city-2022-budget")]
    [InlineData("city-2023-budget")]
    [InlineData("county-2022-budget")]
    [InlineData("city-2022-final")]
    public void Workbook_PrefilledWithDemo_ReadsBackAndComposesWithoutFindings(string key)
    {
        var demo = DemoLedgers.All().Single(d => d.Key == key);
        var read = LedgerWorkbookReader.Read(Prefilled(key), "填报.xlsx");
        Assert.DoesNotContain(read.Issues, i => i.Severity == Severity.Error);
        var ledger = read.Ledger!;
        Assert.Equal(demo.Ledger.LineItems.Count, ledger.LineItems.Count);
        Assert.Equal(demo.Ledger.LineItems.Sum(i => i.AmountWanYuan), ledger.LineItems.Sum(i => i.AmountWanYuan));
        // Sub-units are not in the workbook: compare as a unit-level ledger with the same figures.
        ComposeAssert.NoFindings(ledger with { Entity = ledger.Entity with { SubUnits = demo.Ledger.Entity.SubUnits } });
    }

    [Fact]
    public void Template_Empty_HasSheetsAndCodeLists()
    {
        using var stream = new MemoryStream();
        LedgerWorkbookWriter.Write(stream, "xinjiang-11", 2024);
        stream.Position = 0;
        using var doc = SpreadsheetDocument.Open(stream, false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([WorkbookLayout.Instructions, WorkbookLayout.Profile, WorkbookLayout.LineItems, WorkbookLayout.Prior, WorkbookLayout.Other,
            WorkbookLayout.Projects, WorkbookLayout.Targets, WorkbookLayout.Codes], names);
        var items = doc.WorkbookPart.WorksheetParts.Single(p => p.Worksheet.Descendants<DataValidation>().Any());
        Assert.Contains(items.Worksheet.Descendants<DataValidation>(), v => v.Formula1!.Text.Contains(WorkbookLayout.Codes, StringComparison.Ordinal));
        var codes = doc.WorkbookPart.WorksheetParts.Select(p => p.Worksheet).First(ws => ws.Descendants<Cell>().Any(c => c.InnerText == "2101501"));
        Assert.NotNull(codes);
    }

    [Fact]
    public void Read_TextInAmountCell_ReportsSheetRowColumn()
    {
        var stream = Prefilled();
        Edit(stream, WorkbookLayout.LineItems, (_, ws) =>
        {
            var cell = CellAt(ws, "G3");
            cell.DataType = CellValues.InlineString;
            cell.CellValue = null;
            cell.InlineString = new InlineString(new Text("约五万"));
        });
        var read = LedgerWorkbookReader.Read(stream, "填报.xlsx");
        var issue = Assert.Single(read.Issues, i => i.Code == "INPUT-NOT-A-NUMBER");
        Assert.Equal(WorkbookLayout.LineItems, issue.Location!.Sheet);
        Assert.Equal(3, issue.Location.Row);
        Assert.Equal("G", issue.Location.Column);
    }

    [Fact]
    public void Read_DeletedSheet_IsError()
    {
        var stream = Prefilled();
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == WorkbookLayout.LineItems);
            sheet.Name = "明细（改名）";
            doc.WorkbookPart.Workbook.Save();
        }
        stream.Position = 0;
        var read = LedgerWorkbookReader.Read(stream, "填报.xlsx");
        Assert.Null(read.Ledger);
        Assert.Contains(read.Issues, i => i.Code == "INPUT-SHEET-MISSING" && i.Message.Contains("明细（改名）", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MergedCellsAndFormulas_AreReported()
    {
        var stream = Prefilled();
        Edit(stream, WorkbookLayout.LineItems, (_, ws) =>
        {
            ws.InsertAfter(new MergeCells(new MergeCell { Reference = "F2:F3" }), ws.Elements<SheetData>().First());
            var cell = CellAt(ws, "G2");
            cell.CellFormula = new CellFormula("1+1");
            cell.CellValue = null;
        });
        var read = LedgerWorkbookReader.Read(stream, "填报.xlsx");
        Assert.Contains(read.Issues, i => i.Code == "INPUT-MERGED" && i.Location!.Row == 2);
        Assert.Contains(read.Issues, i => i.Code == "INPUT-FORMULA-NO-VALUE" && i.Location!.Column == "G");
    }

    [Fact]
    public void Read_CorruptFile_IsOneErrorNotAnException()
    {
        var read = LedgerWorkbookReader.Read(new MemoryStream("这不是工作簿"u8.ToArray()), "坏.xlsx");
        Assert.Null(read.Ledger);
        Assert.Contains(read.Issues, i => i.Code == "INPUT-CORRUPT" && i.Message.Contains("坏.xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_RoundTrip_ComposesWithoutFindings()
    {
        var demo = DemoLedgers.All().Single(d => d.Key == "county-2023-budget");
        var json = LedgerJson.ToJson(demo.Ledger);
        var read = LedgerJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "填报.json");
        Assert.Empty(read.Issues);
        ComposeAssert.NoFindings(read.Ledger!);
    }

    [Fact]
    public void Json_Malformed_ReportsLine()
    {
        var read = LedgerJson.Read(new MemoryStream("{\n  \"templateId\": \"xinjiang-9\",\n  \"year\": oops\n}"u8.ToArray()), "坏.json");
        Assert.Null(read.Ledger);
        var issue = Assert.Single(read.Issues);
        Assert.Equal(3, issue.Location!.Row);
    }
}
