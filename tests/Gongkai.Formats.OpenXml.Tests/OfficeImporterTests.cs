using System.IO.Compression;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Formats.OpenXml.Tests;

/// <summary>Office readers on generated files: merged cells, numbers stored as text, formulas, sniffing and bad input.</summary>
public sealed class OfficeImporterTests
{
    private static RawImportResult Read(IDocumentImporter importer, string name, byte[] bytes) =>
        importer.Import(name, new MemoryStream(bytes), ImportOptions.Default);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        }
        return ms.ToArray();
    }

    private static byte[] SampleDocx() => OfficeFixtures.Docx(
    [
        OfficeFixtures.Paragraph("表一"),
        OfficeFixtures.Paragraph("部门收支总表"),
        OfficeFixtures.Paragraph("编制单位：某某局"),
        OfficeFixtures.Paragraph("单位：万元"),
        new W.Table(
            new W.TableRow(OfficeFixtures.Cell("项目", vMerge: W.MergedCellValues.Restart), OfficeFixtures.Cell("本年预算", span: 2)),
            new W.TableRow(OfficeFixtures.Cell("", vMerge: W.MergedCellValues.Continue), OfficeFixtures.Cell("小计"), OfficeFixtures.Cell("财政拨款")),
            new W.TableRow(OfficeFixtures.Cell("合计"), OfficeFixtures.Cell("1,234.56"), OfficeFixtures.Cell("1000.00"))),
        OfficeFixtures.Paragraph("注：本表为示例。"),
        OfficeFixtures.Paragraph("二、说明"),
    ]);

    [Fact]
    public void Docx_MergedCellsAndHeadLines()
    {
        var bytes = SampleDocx();
        Assert.True(new DocxImporter().CanImport("a.bin", bytes.AsSpan(0, Math.Min(4096, bytes.Length))));
        Assert.False(new XlsxImporter().CanImport("a.xlsx", bytes.AsSpan(0, Math.Min(4096, bytes.Length))));
        var doc = Read(new DocxImporter(), "a.docx", bytes).Document!;
        var table = Assert.Single(doc.Blocks.OfType<RawTable>());
        Assert.Equal("表一", table.PrintedNumber);
        Assert.Equal("部门收支总表", table.Title);
        Assert.Equal("万元", table.UnitText);
        Assert.Equal(["编制单位：某某局", "单位：万元"], table.Preamble);
        Assert.True(table.CellsAligned);
        Assert.Equal(2, table.HeaderRows.Count);
        Assert.Equal(["项目", "本年预算", ""], table.HeaderRows[0].Cells);
        Assert.Equal(["", "小计", "财政拨款"], table.HeaderRows[1].Cells);
        Assert.Equal(["合计", "1,234.56", "1000.00"], Assert.Single(table.Rows).Cells);
        Assert.Equal(["注：本表为示例。"], table.Notes);
        Assert.Equal("二、说明", Assert.IsType<RawParagraph>(doc.Blocks[^1]).Text);
    }

    [Fact]
    public void Xlsx_MergedCellsTextNumbersFormulasAndSheetNameTitle()
    {
        var rows = new List<List<object?>>
        {
            new() { "项目", "本年预算" },
            new() { null, "小计", "财政拨款" },
            new() { "合计", "1,234.56", new OfficeFixtures.Formula("SUM(C4:C5)", 1000m) },
            new() { "基本支出", "234.56", new OfficeFixtures.Formula("C3-C5", null) },
        };
        var bytes = OfficeFixtures.Xlsx([("部门收支总表", rows)], new Dictionary<string, string[]> { ["部门收支总表"] = ["B1:C1", "A1:A2"] });
        Assert.True(new XlsxImporter().CanImport("x", bytes.AsSpan(0, Math.Min(4096, bytes.Length))));
        Assert.False(new DocxImporter().CanImport("x", bytes.AsSpan(0, Math.Min(4096, bytes.Length))));
        var result = Read(new XlsxImporter(), "b.xlsx", bytes);
        var table = Assert.Single(result.Document!.Blocks.OfType<RawTable>());
        Assert.Equal("部门收支总表", table.Title);
        Assert.Equal(["项目", "本年预算", ""], table.HeaderRows[0].Cells);
        Assert.Equal(["", "小计", "财政拨款"], table.HeaderRows[1].Cells);
        Assert.Equal(["合计", "1,234.56", "1000"], table.Rows[0].Cells);
        Assert.Equal(["基本支出", "234.56", ""], table.Rows[1].Cells);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("部门收支总表", warning.Message, StringComparison.Ordinal);
        Assert.Contains("C4", warning.Message, StringComparison.Ordinal);
        Assert.Contains("b.xlsx", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_SeveralTablesInOneSheet_SplitOnBlankRowAndTitle()
    {
        var rows = new List<List<object?>>
        {
            new() { "表1" }, new() { "收入总表" }, new() { "单位：元" },
            new() { "项目", "金额" }, new() { "合计", 5m },
            new(),
            new() { "表2" }, new() { "支出总表" }, new() { "金额单位：万元" },
            new() { "项目", "金额" }, new() { "合计", 7.5m },
        };
        var doc = Read(new XlsxImporter(), "c.xlsx", OfficeFixtures.Xlsx([("Sheet1", rows)])).Document!;
        var tables = doc.Blocks.OfType<RawTable>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(("表1", "收入总表", "元"), (tables[0].PrintedNumber, tables[0].Title, tables[0].UnitText));
        Assert.Equal(("表2", "支出总表", "万元"), (tables[1].PrintedNumber, tables[1].Title, tables[1].UnitText));
        Assert.Equal(["合计", "7.5"], Assert.Single(tables[1].Rows).Cells);
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "corrupt.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28], "损坏" },
        { "plain.zip", Zip(("hello.txt", Encoding.UTF8.GetBytes("hello"))), "不是 Word/Excel 文档" },
        { "secret.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]], "加密或旧版Office文件，无法读取" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_ChineseErrorNamingFile_NoThrow(string name, byte[] bytes, string expected)
    {
        var importer = new DocxImporter();
        Assert.True(importer.CanImport(name, bytes));
        var result = Read(importer, name, bytes);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipBomb_OverUncompressedCap_Refused()
    {
        // 201 MiB of zeros deflates to well under 1 MiB; the declared and the inflated sizes both exceed the 200 MiB cap.
        var zeros = new byte[1024 * 1024];
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("[Content_Types].xml").Open())
            {
                s.Write(Encoding.UTF8.GetBytes("<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
            }
            using var big = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            for (var i = 0; i < 201; i++) big.Write(zeros);
        }
        var bytes = ms.ToArray();
        Assert.True(bytes.Length < 2 * 1024 * 1024);
        var result = Read(new DocxImporter(), "bomb.docx", bytes);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("bomb.docx", error.Message, StringComparison.Ordinal);
        Assert.Contains("200 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WordPackageWithBrokenParts_ErrorNotThrow()
    {
        var types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        var bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(types)), ("word/document.xml", Encoding.UTF8.GetBytes("not xml <<<")));
        Assert.True(new DocxImporter().CanImport("broken.docx", bytes));
        var result = Read(new DocxImporter(), "broken.docx", bytes);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("broken.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyParts_Refused()
    {
        var entries = Enumerable.Range(0, OfficePackage.MaxParts + 1).Select(i => ("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Array.Empty<byte>())).ToArray();
        var result = Read(new DocxImporter(), "many.docx", Zip(entries));
        Assert.Null(result.Document);
        Assert.Contains("部件", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongKind_DocxReaderGivenWorkbook_Refused()
    {
        var bytes = OfficeFixtures.Xlsx([("S", [new() { "a" }])]);
        var result = Read(new DocxImporter(), "book.docx", bytes);
        Assert.Null(result.Document);
        Assert.Contains("Excel", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
