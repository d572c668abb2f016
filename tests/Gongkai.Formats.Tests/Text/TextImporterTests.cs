using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Tables;
using Gongkai.Formats.Text;
using Gongkai.TestSupport;
using static Gongkai.Formats.Tests.Text.SeedDocuments;

namespace Gongkai.Formats.Tests.Text;

public sealed class TextImporterTests
{
    static TextImporterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings() => new()
    {
        { "000", "gb18030" }, { "000", "utf-16le" }, { "000", "utf-16be" }, { "000", "utf-8-bom" }, { "001", "utf-16le-nobom" },
        { "002", "gb18030" }, { "002", "utf-16le" }, { "004", "gb18030" }, { "004", "utf-16be" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReencodedSeedGivesTheSameTables(string seed, string encoding)
    {
        var text = File.ReadAllText(Corpus.Seed(seed), Encoding.UTF8);
        byte[] bytes = encoding switch
        {
            "gb18030" => Encoding.GetEncoding(54936).GetBytes(text),
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le-nobom" => Encoding.Unicode.GetBytes(text),
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-{seed}-{encoding}-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.True(new TextImporter().CanImport(path, bytes.AsSpan(0, Math.Min(4096, bytes.Length))));
            var reencoded = ReadFile(path);
            var original = Read(seed);
            Assert.Equal(Ids(original), Ids(reencoded));
            Assert.Equal(original.Tables.SelectMany(t => t.Rows).Select(Format), reencoded.Tables.SelectMany(t => t.Rows).Select(Format));
            Assert.Equal(original.Info with { }, reencoded.Info with { SubUnits = original.Info.SubUnits });
            if (encoding == "gb18030")
            {
                Assert.Contains(reencoded.Diagnostics, d => d.Code == "IMPORT-ENCODING" && d.Message.Contains("GB18030", StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BinaryContentIsRejectedWithAChineseMessageNamingTheFile()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var importer = new TextImporter();
        Assert.False(importer.CanImport("data.bin", bytes));
        var result = importer.Import("/tmp/data.bin", new MemoryStream(bytes), ImportOptions.Default);
        Assert.Null(result.Document);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("INPUT-NOT-TEXT", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("data.bin", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("不是文本文件", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersAreRejected()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var result = new TextImporter().Import("ctl.txt", new MemoryStream(bytes), ImportOptions.Default);
        Assert.Null(result.Document);
        Assert.Equal("INPUT-NOT-TEXT", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ")]
    [InlineData("PK\u0003\u0004\u0014\u0000")]
    [InlineData("<html><body>表一</body></html>")]
    [InlineData("\n  <!DOCTYPE html>\n<html>")]
    public void OtherFormatsAreNotClaimed(string head)
    {
        var bytes = Encoding.Latin1.GetBytes(head);
        Assert.False(new TextImporter().CanImport("report.txt", bytes));
    }

    [Fact]
    public void PlainChineseTextIsClaimedAndRegistered()
    {
        var bytes = Encoding.UTF8.GetBytes("表一：\n部门收支总体情况表\n");
        Assert.True(new TextImporter().CanImport("x", bytes));
        Assert.True(new TextImporter().CanImport("x", Encoding.GetEncoding(54936).GetBytes("部门收支总体情况表，单位：万元。")));
        var registry = new FormatRegistry.Builder().UseText().Build();
        Assert.Equal("text", registry.Find("a.txt", bytes)!.FormatId);
    }

    [Fact]
    public void RawBlocksCarryLineNumbersAndTableParts()
    {
        using var stream = File.OpenRead(Corpus.Seed("000"));
        var raw = new TextImporter().Import("000.txt", stream, ImportOptions.Default).Document!;
        var first = raw.Blocks.OfType<RawTable>().First();
        Assert.Equal(45, first.Line);
        Assert.Equal("表一", first.PrintedNumber);
        Assert.Equal("单位收支总体情况表", first.Title);
        Assert.Equal("万元", first.UnitText);
        Assert.Contains("预算单位编码及名称：（040002）乌尔禾区医保局", first.Preamble);
        Assert.False(first.CellsAligned);
        Assert.Equal(["收入 支出", "项目 预算数 功能分类 预算数"], first.HeaderRows.Select(r => r.Cells[0]));
        Assert.Equal(["一般公共预算", "123.19", "202", "外交支出", "0.00"], first.Rows[1].Cells);
        // Wrapped names are re-joined to their row.
        var income = raw.Blocks.OfType<RawTable>().ElementAt(1);
        Assert.Equal(["[040002]乌尔禾区医保局", "123.19", "123.19", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"], income.Rows[2].Cells);
        Assert.Equal(178, income.Rows[2].Line);
        var paragraph = raw.Blocks.OfType<RawParagraph>().First();
        Assert.Equal(1, paragraph.Line);
    }

    [Fact]
    public void TabTablesAreAlignedAndMarkupIsRemoved()
    {
        using var stream = File.OpenRead(Corpus.Seed("004"));
        var raw = new TextImporter().Import("004.txt", stream, ImportOptions.Default).Document!;
        var b04 = raw.Blocks.OfType<RawTable>().Single(t => t.PrintedNumber == "表4");
        Assert.True(b04.CellsAligned);
        Assert.Equal("本年收入合计", b04.Rows.Single(r => r.Line == 291).Cells[0]);
        var b06 = raw.Blocks.OfType<RawTable>().Where(t => t.PrintedNumber == "表6").ToList();
        Assert.Single(b06);
        Assert.DoesNotContain(b06[0].Rows, r => r.Cells.All(c => c.Length == 0 || c == "**"));
    }
}
