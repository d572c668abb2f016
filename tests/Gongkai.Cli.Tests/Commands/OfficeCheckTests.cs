using System.Text.Json;
using Gongkai.Formats.OpenXml.Tests;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>`check` on a DOCX generated from seed 002 behaves as on the text seed.</summary>
public class OfficeCheckTests
{
    private static List<string> TableIds(JsonElement report) =>
        [.. report.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id"))
            .Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!)];

    [Fact]
    public void CheckJson_DocxOfSeed002_SameExitCodeAndTablesAsText()
    {
        var seed = Corpus.Seed("002");
        using var dir = new TempDir();
        var docx = dir.File("002.docx");
        File.WriteAllBytes(docx, OfficeFixtures.DocxOf(OfficeFixtures.ReadText(seed)));

        var fromText = CliRunner.Run("check", "--format", "json", "--quiet", seed);
        var fromDocx = CliRunner.Run("check", "--format", "json", "--quiet", docx);

        var textReport = fromText.Json()[0];
        var docxReport = fromDocx.Json()[0];
        Assert.Equal("docx", docxReport.GetProperty("format").GetString());
        Assert.False(docxReport.GetProperty("unreadable").GetBoolean(), fromDocx.Stdout);
        Assert.Equal(fromText.ExitCode, fromDocx.ExitCode);
        var ids = TableIds(textReport);
        Assert.Contains("B01", ids);
        Assert.Equal(ids, TableIds(docxReport));
    }
}
