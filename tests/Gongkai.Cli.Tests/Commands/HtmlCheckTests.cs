using System.Net;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Import;
using Gongkai.Formats.Text;
using Gongkai.TestSupport;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>`check` on an HTML page generated from seed 002 recognises the same tables as on the text seed.</summary>
public class HtmlCheckTests
{
    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>The seed's raw blocks as a page (paragraphs, then each table under its number, title and unit).</summary>
    private static string PageOf(string seed)
    {
        RawDocument raw;
        using (var stream = File.OpenRead(seed))
        {
            raw = new TextImporter().Import(seed, stream, ImportOptions.Default).Document!;
        }
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>var x='表一';</script></head><body>\n");
        foreach (var block in raw.Blocks)
        {
            if (block is RawParagraph p) sb.Append("<p>").Append(E(p.Text)).Append("</p>\n");
            if (block is not RawTable t) continue;
            if (t.PrintedNumber is not null) sb.Append("<p>").Append(E(t.PrintedNumber)).Append("：</p>");
            if (t.Title is not null) sb.Append("<p>").Append(E(t.Title)).Append("</p>");
            foreach (var line in t.Preamble) sb.Append("<p>").Append(E(line)).Append("</p>");
            if (t.UnitText is not null && !t.Preamble.Any(l => l.Contains(t.UnitText, StringComparison.Ordinal)))
            {
                sb.Append("<p>单位：").Append(E(t.UnitText)).Append("</p>");
            }
            sb.Append("\n<table>");
            foreach (var row in t.HeaderRows) sb.Append("<tr>").AppendJoin("", row.Cells.Select(c => "<th>" + E(c) + "</th>")).Append("</tr>\n");
            foreach (var row in t.Rows) sb.Append("<tr>").AppendJoin("", row.Cells.Select(c => "<td>" + E(c) + "</td>")).Append("</tr>\n");
            sb.Append("</table>\n");
            foreach (var note in t.Notes) sb.Append("<p>").Append(E(note)).Append("</p>\n");
        }
        return sb.Append("</body></html>").ToString();
    }

    private static List<string?> TableIds(JsonElement report) =>
        report.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id"))
            .Select(id => id.ValueKind == JsonValueKind.String ? id.GetString() : null).ToList();

    [Fact]
    public void CheckJson_HtmlPageOfSeed002_RecognisesTheSameTablesAsTheTextSeed()
    {
        var seed = Corpus.Seed("002");
        using var dir = new TempDir();
        var page = dir.File("部门预算.html");
        File.WriteAllText(page, PageOf(seed), new UTF8Encoding(false));

        var text = CliRunner.Run("check", "--format", "json", "--quiet", seed).Json()[0];
        var result = CliRunner.Run("check", "--format", "json", "--quiet", page);
        var html = result.Json()[0];

        Assert.Equal("html", html.GetProperty("format").GetString());
        Assert.False(html.GetProperty("unreadable").GetBoolean(), result.Stdout);
        var ids = TableIds(html);
        Assert.Contains("B01", ids);
        Assert.Equal(TableIds(text), ids);
        Assert.Equal(
            text.GetProperty("tables").EnumerateArray().Sum(t => t.GetProperty("rows").GetArrayLength()),
            html.GetProperty("tables").EnumerateArray().Sum(t => t.GetProperty("rows").GetArrayLength()));
    }

    [Fact]
    public void CheckJson_HtmlPageWithoutDisclosure_IsReportedAsNotADisclosure()
    {
        using var dir = new TempDir();
        var page = dir.File("news.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><p>今日天气晴。</p></body></html>", new UTF8Encoding(false));
        var result = CliRunner.Run("check", "--format", "json", "--quiet", page);
        Assert.Contains("INPUT-NOT-DISCLOSURE", result.Stdout, StringComparison.Ordinal);
    }
}
