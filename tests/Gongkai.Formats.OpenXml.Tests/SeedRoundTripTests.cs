using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Tables;
using Gongkai.TestSupport;

namespace Gongkai.Formats.OpenXml.Tests;

/// <summary>
/// Seed 002 (tab-separated text) re-typed into a generated DOCX and XLSX: the Office readers must give the recogniser
/// the same tables with the same cell values as the text reader does.
/// </summary>
public sealed class SeedRoundTripTests
{
    private static readonly string[] s_mustHave = ["B01", "B03", "B05", "B06"];

    private static DisclosureDocument FromText(out RawDocument raw)
    {
        raw = OfficeFixtures.ReadText(Corpus.Seed("002"));
        return new DefaultDocumentRecognizer().Recognize(raw);
    }

    private static DisclosureDocument Import(IDocumentImporter importer, string name, byte[] bytes)
    {
        Assert.True(importer.CanImport(name, bytes.AsSpan(0, Math.Min(4096, bytes.Length))));
        var result = importer.Import(name, new MemoryStream(bytes), ImportOptions.Default);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        return new DefaultDocumentRecognizer().Recognize(result.Document);
    }

    private static string Row(TableRow row) =>
        string.Join("|", new[] { row.Code ?? "", row.Kind.ToString(), row.Name }.Concat(row.Values.Select(v => v.Value?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) ?? "")));

    private static void AssertSameTables(DisclosureDocument expected, DisclosureDocument actual)
    {
        var expectedIds = expected.Tables.Where(t => t.Id is not null).Select(t => t.Id!.Value.Value).ToList();
        var actualIds = actual.Tables.Where(t => t.Id is not null).Select(t => t.Id!.Value.Value).ToList();
        foreach (var id in s_mustHave) Assert.Contains(id, expectedIds);
        Assert.Equal(expectedIds, actualIds);
        // Same order, so tables sharing an id (one 绩效目标表 per project) pair up in turn.
        foreach (var (table, other) in expected.Tables.Where(t => t.Id is not null).Zip(actual.Tables.Where(t => t.Id is not null)))
        {
            Assert.Equal(table.AmountUnit, other.AmountUnit);
            Assert.Equal(table.Title, other.Title);
            Assert.Equal(table.PrintedNumber, other.PrintedNumber);
            Assert.Equal(table.Rows.Select(Row), other.Rows.Select(Row));
        }
    }

    [Fact]
    public void Docx_Seed002_SameTablesAndCellsAsText()
    {
        var text = FromText(out var raw);
        var docx = Import(new DocxImporter(), "002.docx", OfficeFixtures.DocxOf(raw));
        AssertSameTables(text, docx);
        Assert.Equal(text.Tables.First(t => t.Id == TableId.B01).PrintedNumber, docx.Tables.First(t => t.Id == TableId.B01).PrintedNumber);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void Xlsx_Seed002_SameTablesAndCellsAsText(int tablesPerSheet, bool amountsAsText)
    {
        var text = FromText(out var raw);
        var bytes = OfficeFixtures.XlsxOf(raw, tablesPerSheet, amountsAsText);
        var xlsx = Import(new XlsxImporter(), "002.xlsx", bytes);
        AssertSameTables(text, xlsx);
    }
}
