using System.Net;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Formats.Text;

namespace Gongkai.Formats.Html.Tests;

/// <summary>Generates HTML pages from a text seed's raw blocks (every text HTML-encoded), and reads pages back.</summary>
public static class HtmlFixtures
{
    static HtmlFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static RawDocument ReadText(string path)
    {
        using var stream = File.OpenRead(path);
        var result = new TextImporter().Import(path, stream, ImportOptions.Default);
        Assert.NotNull(result.Document);
        return result.Document;
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>The raw blocks as a page: paragraphs as &lt;p&gt;, tables with their number, title and unit above them.</summary>
    public static string ToHtml(RawDocument raw, string? metaCharset)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html><head>");
        if (metaCharset is not null) sb.Append("<meta charset=\"").Append(metaCharset).Append("\">");
        sb.Append("<title>公开</title><script>document.write('表九 伪造表');</script><style>p{color:red}</style></head><body>\n");
        sb.Append("<nav><p>首页 &gt; 信息公开</p></nav>\n");
        foreach (var block in raw.Blocks)
        {
            switch (block)
            {
                case RawParagraph p:
                    sb.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case RawTable t:
                    if (t.PrintedNumber is not null) sb.Append("<p>").Append(E(t.PrintedNumber)).Append("：</p>\n");
                    if (t.Title is not null) sb.Append("<p>").Append(E(t.Title)).Append("</p>\n");
                    foreach (var line in t.Preamble) sb.Append("<p>").Append(E(line)).Append("</p>\n");
                    if (t.UnitText is not null && !t.Preamble.Any(l => l.Contains(t.UnitText, StringComparison.Ordinal)))
                    {
                        sb.Append("<p>单位：").Append(E(t.UnitText)).Append("</p>\n");
                    }
                    sb.Append("<table border=\"1\">\n");
                    if (t.HeaderRows.Count > 0)
                    {
                        sb.Append("<thead>\n");
                        foreach (var row in t.HeaderRows) AppendRow(sb, row.Cells, "th");
                        sb.Append("</thead>\n");
                    }
                    sb.Append("<tbody>\n");
                    foreach (var row in t.Rows) AppendRow(sb, row.Cells, "td");
                    sb.Append("</tbody></table>\n");
                    foreach (var note in t.Notes) sb.Append("<p>").Append(E(note)).Append("</p>\n");
                    break;
            }
        }
        sb.Append("<footer><p>版权所有 表十 页脚表</p></footer></body></html>\n");
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, string tag)
    {
        sb.Append("<tr>");
        foreach (var c in cells) sb.Append('<').Append(tag).Append('>').Append(E(c)).Append("</").Append(tag).Append('>');
        sb.Append("</tr>\n");
    }

    public static RawImportResult Import(byte[] bytes, string source = "page.html") =>
        new HtmlImporter().Import(source, new MemoryStream(bytes), ImportOptions.Default);

    public static RawImportResult Import(string html, string source = "page.html") => Import(Encoding.UTF8.GetBytes(html), source);

    public static DisclosureDocument Recognize(RawDocument raw) => new DefaultDocumentRecognizer().Recognize(raw);
}
