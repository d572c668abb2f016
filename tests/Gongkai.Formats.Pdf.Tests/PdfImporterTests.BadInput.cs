using System.Globalization;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Formats.Pdf.Tests;

public partial class PdfImporterTests
{
    [Fact]
    public void Import_TruncatedCorpusPdf_ReportsCorruptWithoutThrowing()
    {
        var bytes = File.ReadAllBytes(Corpus.Pdf("gz-tongjiju-2026-dept-budget.pdf"));
        var path = Path.Combine(Path.GetTempPath(), "gongkai-truncated-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length * 2 / 5).ToArray());

            var result = PdfCorpus.ImportFile(path);

            Assert.Null(result.Document);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("PDF-CORRUPT", diagnostic.Code);
            Assert.Equal(Severity.Error, diagnostic.Severity);
            Assert.Contains(Path.GetFileName(path), diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("损坏", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_GarbageAfterPdfHeader_ReportsCorrupt()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n\u0001\u0002 this is not a pdf body 1 0 obj << /Type\n%%EOF\n");

        var result = PdfCorpus.ImportBytes("junk.pdf", bytes);

        Assert.Null(result.Document);
        Assert.Equal("PDF-CORRUPT", Assert.Single(result.Diagnostics).Code);
        Assert.Contains("junk.pdf", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LinesWithoutText_ReportsNoTextLayer()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i < 5; i++)
        {
            page.DrawLine(new PdfPoint(50, 700 - (i * 20)), new PdfPoint(400, 700 - (i * 20)));
            page.DrawLine(new PdfPoint(50 + (i * 80), 700), new PdfPoint(50 + (i * 80), 620));
        }
        var bytes = builder.Build();

        var result = PdfCorpus.ImportBytes("scan.pdf", bytes);

        Assert.Null(result.Document);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PDF-NO-TEXT", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("需要OCR，Gongkai 不做OCR", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("scan.pdf", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EncryptedWithUnknownPassword_ReportsEncrypted()
    {
        var result = PdfCorpus.ImportBytes("locked.pdf", EncryptedPdf());

        Assert.Null(result.Document);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PDF-ENCRYPTED", diagnostic.Code);
        Assert.Contains("locked.pdf", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MorePagesThanAllowed_ReadsFirstPagesAndWarns()
    {
        using var stream = File.OpenRead(Corpus.Pdf("gz-tongjiju-2026-dept-budget.pdf"));

        var result = new PdfImporter().Import("gz.pdf", stream, ImportOptions.Default with { MaxPages = 9 });

        Assert.NotNull(result.Document);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PDF-PAGE-LIMIT", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(27, result.Document.PageCount);
        Assert.Equal(9, result.Document.Blocks.Max(b => b.Page));
        Assert.Equal(["收支总体情况表", null, "收入总体情况表", "本年支出总体情况表"], result.Document.Blocks.OfType<RawTable>().Select(t => t.Title));
    }

    [Fact]
    public void Import_LargerThanMaxBytes_ReportsTooLarge()
    {
        using var stream = File.OpenRead(Corpus.Pdf("gz-tongjiju-2026-dept-budget.pdf"));

        var result = new PdfImporter().Import("gz.pdf", stream, ImportOptions.Default with { MaxBytes = 1000 });

        Assert.Null(result.Document);
        Assert.Equal("PDF-TOO-LARGE", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("%PDF-1.7\n", true)]
    [InlineData("\r\n%PDF-1.4\n", true)]
    [InlineData("PK\u0003\u0004", false)]
    [InlineData("一、部门预算", false)]
    public void CanImport_SniffsPdfMagic(string head, bool expected)
    {
        Assert.Equal(expected, new PdfImporter().CanImport("any.bin", Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void UsePdf_RegistersImporterFoundByMagic()
    {
        var registry = new FormatRegistry.Builder().UsePdf().Build();

        var importer = registry.Find("报表.pdf", "%PDF-1.5"u8);

        Assert.NotNull(importer);
        Assert.Equal("pdf", importer.FormatId);
    }

    /// <summary>A one-page PDF with a standard security handler whose user password is not empty.</summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
