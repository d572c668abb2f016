using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Gongkai.Cli.Tests.Output;
using Gongkai.Formats.OpenXml.Tests;
using Gongkai.Formats.Pdf.Tests;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// Files whose name lies about their content, and zip bombs, through the real command line with several inputs:
/// formats are judged from the content, a bad input is reported against its file (exit code 2), and the other
/// inputs of the same invocation are still checked.
/// </summary>
public class DisguisedInputTests
{
    private static JsonElement ReportFor(JsonElement reports, string path) =>
        reports.EnumerateArray().Single(r => r.GetProperty("source").GetString() == path);

    private static List<string> TableIds(JsonElement report) =>
        [.. report.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id"))
            .Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!)];

    private static List<JsonElement> Errors(JsonElement report) =>
        [.. report.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error")];

    /// <summary>An Office package whose one part inflates to 201 MiB of zeros (the readers' cap is 200 MiB).</summary>
    private static byte[] ZipBomb(string contentType, string partName)
    {
        var zeros = new byte[1024 * 1024];
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write(Encoding.UTF8.GetBytes(
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/" + partName
                    + "\" ContentType=\"" + contentType + "\"/></Types>"));
            }
            using var big = zip.CreateEntry(partName, CompressionLevel.Fastest).Open();
            for (var i = 0; i < 201; i++) big.Write(zeros);
        }
        return ms.ToArray();
    }

    [Fact]
    public void Check_ZipBombsPosingAsDocxAndXlsx_RefusedOthersStillChecked()
    {
        using var dir = new TempDir();
        var docx = dir.File("炸弹.docx");
        var xlsx = dir.File("炸弹.xlsx");
        File.WriteAllBytes(docx, ZipBomb("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml"));
        File.WriteAllBytes(xlsx, ZipBomb("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml"));
        Assert.True(new FileInfo(docx).Length < 2 * 1024 * 1024);
        var seed = Corpus.Seed("002");

        var result = CliRunner.Run("check", "--format", "json", docx, seed, xlsx);

        Assert.Equal(2, result.ExitCode);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        Assert.Equal([docx, seed, xlsx], reports.EnumerateArray().Select(r => r.GetProperty("source").GetString()));
        foreach (var (path, format) in new[] { (docx, "docx"), (xlsx, "xlsx") })
        {
            var report = ReportFor(reports, path);
            Assert.True(report.GetProperty("unreadable").GetBoolean());
            Assert.Equal(format, report.GetProperty("format").GetString());
            Assert.Equal(0, report.GetProperty("tables").GetArrayLength());
            var error = Assert.Single(Errors(report));
            var message = error.GetProperty("message").GetString()!;
            Assert.Contains(Path.GetFileName(path), message, StringComparison.Ordinal);
            Assert.Contains("200 MiB", message, StringComparison.Ordinal);
        }
        var good = ReportFor(reports, seed);
        Assert.False(good.GetProperty("unreadable").GetBoolean());
        Assert.Contains("B01", TableIds(good));
    }

    [Fact]
    public void Check_WorkbookNamedPdf_ReadAsWorkbook()
    {
        var seed = Corpus.Seed("002");
        using var dir = new TempDir();
        var disguised = dir.File("部门预算.pdf");
        var honest = dir.File("部门预算.xlsx");
        var workbook = OfficeFixtures.XlsxOf(OfficeFixtures.ReadText(seed), tablesPerSheet: 1);
        File.WriteAllBytes(disguised, workbook);
        File.WriteAllBytes(honest, workbook);

        var result = CliRunner.Run("check", "--format", "json", "--quiet", disguised, honest);

        var reports = result.Json();
        var asPdf = ReportFor(reports, disguised);
        var asXlsx = ReportFor(reports, honest);
        Assert.Equal("xlsx", asPdf.GetProperty("format").GetString());
        Assert.False(asPdf.GetProperty("unreadable").GetBoolean(), result.Stdout);
        Assert.Contains("B01", TableIds(asPdf));
        Assert.Equal(TableIds(asXlsx), TableIds(asPdf));
        Assert.Equal(asXlsx.GetProperty("findings").GetArrayLength(), asPdf.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Check_PdfNamedXlsx_NotTakenForAWorkbookOthersStillChecked()
    {
        // A small PDF that is not a disclosure: whatever reads it (the PDF reader once composed, else none),
        // it must not be opened as a workbook, and it must end as unreadable with a Chinese message naming it.
        var pdf = new RawPdf();
        pdf.Add(RawPdf.Catalog);
        pdf.Add(RawPdf.PageTree(3));
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << " + RawPdf.Helvetica + " >> >>");
        pdf.AddStream("", RawPdf.TextContent("Meeting notes, nothing to check"));
        using var dir = new TempDir();
        var disguised = dir.File("报表.xlsx");
        File.WriteAllBytes(disguised, pdf.Build());
        var seed = Corpus.Seed("002");

        var result = CliRunner.Run("check", "--format", "json", disguised, seed);

        Assert.Equal(2, result.ExitCode);
        var reports = result.Json();
        ContractShape.AssertReports(reports);
        var report = ReportFor(reports, disguised);
        Assert.NotEqual("xlsx", report.GetProperty("format").GetString());
        Assert.True(report.GetProperty("unreadable").GetBoolean());
        var errors = Errors(report);
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Contains("报表.xlsx", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Any(c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.Contains("B01", TableIds(ReportFor(reports, seed)));
    }
}
