using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Render.Layout;

namespace Gongkai.Render.Html;

/// <summary>
/// 网页版公开文件: one self-contained UTF-8 page (lang zh-CN, styles inline, no scripts or external files): cover title,
/// chapters as h2–h5, each table under its number, title, 编制部门 and 单位 lines as a ruled &lt;table&gt; with its
/// (merged, multi-row) header in &lt;thead&gt;, and its 空表 note under it. All text is HTML-encoded.
/// </summary>
public sealed class HtmlDisclosureRenderer : IDisclosureRenderer
{
    private const string Style = """
        body { font-family: "仿宋_GB2312", "FangSong_GB2312", "FangSong", "SimSun", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.75; margin: 2em auto; max-width: 1100px; color: #000; }
        h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "Noto Serif CJK SC", serif; font-size: 28px; text-align: center; font-weight: normal; }
        h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 20px; font-weight: normal; }
        h3 { font-family: "楷体_GB2312", "KaiTi", "Noto Serif CJK SC", serif; font-size: 18px; }
        h4, h5 { font-size: 16px; }
        p { text-indent: 2em; margin: 0.3em 0; }
        p.number, p.title { text-indent: 0; text-align: center; }
        p.number { text-align: left; font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; }
        p.title { font-family: "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif; font-size: 22px; }
        p.preamble { text-indent: 0; display: inline-block; margin-right: 3em; }
        p.unit { text-indent: 0; text-align: right; }
        p.note { text-indent: 0; font-size: 14px; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; font-size: 14px; }
        caption { font-weight: bold; padding: 0.3em; }
        th, td { border: 1px solid #000; padding: 2px 6px; }
        th { font-weight: bold; text-align: center; background: #f2f2f2; }
        td.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.code { text-align: left; white-space: nowrap; }
        td.bold { font-weight: bold; }
        """;

    public string Format => "html";

    public string Extension => ".html";

    public void Render(DisclosureDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var html = RenderString(document);
        var bytes = new UTF8Encoding(false).GetBytes(html);
        output.Write(bytes);
    }

    /// <summary>The page as a string.</summary>
    public static string RenderString(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder(64 * 1024);
        var pageTitle = document.Info.Title ?? "预决算公开";
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(pageTitle)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        foreach (var block in DocumentLayout.Lay(document))
        {
            switch (block)
            {
                case TitleBlock t:
                    sb.Append("<h1>").Append(Encode(t.Text)).Append("</h1>\n");
                    break;
                case HeadingBlock h:
                    var tag = "h" + (h.Level + 1).ToString(CultureInfo.InvariantCulture);
                    sb.Append('<').Append(tag).Append('>').Append(Encode(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock p:
                    sb.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case TableBlock t:
                    Table(sb, t.Table);
                    break;
            }
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, PrintedTable t)
    {
        sb.Append("<section class=\"table\">\n");
        if (!t.CaptionInside)
        {
            if (t.Number is { Length: > 0 } number) sb.Append("<p class=\"number\">").Append(Encode(number)).Append("</p>\n");
            sb.Append("<p class=\"title\">").Append(Encode(t.Title)).Append("</p>\n");
            foreach (var line in t.Preamble) sb.Append("<p class=\"preamble\">").Append(Encode(line)).Append("</p>\n");
            if (t.UnitLine is { } unit) sb.Append("<p class=\"unit\">").Append(Encode(unit)).Append("</p>\n");
        }
        sb.Append("<table>\n");
        if (t.CaptionInside) sb.Append("<caption>").Append(Encode(t.Title)).Append("</caption>\n");
        sb.Append("<colgroup>");
        var total = t.ColumnWeights.Sum();
        foreach (var w in t.ColumnWeights)
        {
            sb.Append("<col style=\"width:").Append((100 * w / total).ToString("0.#", CultureInfo.InvariantCulture)).Append("%\">");
        }
        sb.Append("</colgroup>\n");
        if (t.HeaderRows.Count > 0)
        {
            sb.Append("<thead>\n");
            foreach (var row in t.HeaderRows) Row(sb, row, "th");
            sb.Append("</thead>\n");
        }
        sb.Append("<tbody>\n");
        foreach (var row in t.Rows) Row(sb, row, "td");
        sb.Append("</tbody>\n</table>\n");
        foreach (var note in t.Notes) sb.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>\n");
        sb.Append("</section>\n");
    }

    private static void Row(StringBuilder sb, IReadOnlyList<PrintedCell> row, string tag)
    {
        sb.Append("<tr>");
        foreach (var cell in row)
        {
            sb.Append('<').Append(tag);
            if (cell.ColumnSpan > 1) sb.Append(" colspan=\"").Append(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
            if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
            var cls = cell.Kind switch { PrintedCellKind.Amount => "amount", PrintedCellKind.Code => "code", _ => null };
            if (cell.Bold) cls = cls is null ? "bold" : cls + " bold";
            if (cls is not null && tag == "td") sb.Append(" class=\"").Append(cls).Append('"');
            sb.Append('>').Append(Encode(cell.Text)).Append("</").Append(tag).Append('>');
        }
        sb.Append("</tr>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
