using System.Globalization;
using Gongkai.Core.Money;
using Gongkai.Store;
using Gongkai.Web.Html;

namespace Gongkai.Web.Pages;

/// <summary>对比: two documents side by side, tables matched by id and rows by code, differences highlighted.</summary>
public static class ComparePage
{
    public static async Task<IResult> HandleAsync(HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var left = long.TryParse(context.Request.Query["left"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : (long?)null;
        var right = long.TryParse(context.Request.Query["right"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : (long?)null;
        var h = new HtmlBuilder();
        h.Element("h1", "文件对比");
        h.Raw("<form class=\"search\" method=\"get\" action=\"/compare\">")
            .Raw("<label>左侧文件编号<input type=\"text\" name=\"left\"").Attr("value", left?.ToString(CultureInfo.InvariantCulture)).Raw("></label>")
            .Raw("<label>右侧文件编号<input type=\"text\" name=\"right\"").Attr("value", right?.ToString(CultureInfo.InvariantCulture)).Raw("></label>")
            .Raw("<button type=\"submit\">对比</button></form>");
        if (left is null || right is null)
        {
            h.Element("p", "输入两份文件的编号（文件页地址中的数字），或在文件页点击“与其他文件对比”。同一部门的相邻年度对比最有意义。", "muted");
            if (left is { } only && await store.GetSummaryAsync(only, cancellationToken).ConfigureAwait(false) is { Entity: { } entity })
            {
                var others = await store.SearchAsync(new SearchQuery { Entity = entity, PageSize = 50 }, cancellationToken).ConfigureAwait(false);
                h.Raw("<h2>同一部门的其他文件</h2><ul>");
                foreach (var o in others.Items.Where(o => o.Id != only))
                {
                    h.Raw("<li>").Link(Url.With("/compare", ("left", Url.Of(only)), ("right", Url.Of(o.Id))), o.Title ?? o.FileName).Raw("</li>");
                }
                h.Raw("</ul>");
            }
            return PageRequest.Html(context, "文件对比", h.ToString());
        }
        var comparison = await store.CompareAsync(left.Value, right.Value, cancellationToken).ConfigureAwait(false);
        if (comparison is null) return Results.NotFound();
        h.Raw("<p>左：").Link("/documents/" + Url.Of(left.Value), comparison.Left.Title ?? comparison.Left.FileName)
            .Raw("<br>右：").Link("/documents/" + Url.Of(right.Value), comparison.Right.Title ?? comparison.Right.FileName).Raw("</p>");
        h.Element("p", "行按科目编码（无编码的行按名称）对应；黄色为两侧不同的数，灰色为只有一侧列示的行。差额 = 右 − 左（换算为左表单位）。", "muted");
        foreach (var table in comparison.Tables) RenderTable(h, table);
        return PageRequest.Html(context, "文件对比", h.ToString());
    }

    private static void RenderTable(HtmlBuilder h, TableComparison table)
    {
        h.Raw("<h3>").Text(table.Title);
        if (table.TableId is { } id) h.Raw(" ").Element("span", id.Value, "badge");
        h.Raw("</h3><p class=\"muted\">单位：左 ").Text(table.LeftUnit?.ToChinese() ?? "（无此表）").Raw("，右 ").Text(table.RightUnit?.ToChinese() ?? "（无此表）").Raw("</p>");
        h.Raw("<table class=\"data compare\"><thead><tr><th rowspan=\"2\">科目编码</th><th rowspan=\"2\">科目名称</th>");
        foreach (var c in table.Columns) h.Raw("<th colspan=\"3\">").Text(c.Header).Raw("</th>");
        h.Raw("</tr><tr>");
        foreach (var _ in table.Columns) h.Raw("<th>左</th><th>右</th><th>差额</th>");
        h.Raw("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            var cls = !row.InLeft ? "only-right" : !row.InRight ? "only-left" : row.Differs ? "differs" : "same";
            h.Raw("<tr").Attr("class", cls).Raw(">").Element("td", row.Code).Element("td", row.Name);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var lv = i < row.Left.Count ? row.Left[i] : null;
                var rv = i < row.Right.Count ? row.Right[i] : null;
                var d = i < row.Differences.Count ? row.Differences[i] : null;
                var differs = (d is not null && d != 0m) || (lv is null) != (rv is null);
                var cellClass = differs && row.InLeft && row.InRight ? "num diff" : "num";
                h.Element("td", Number(lv), cellClass).Element("td", Number(rv), cellClass).Element("td", d is null or 0m ? "" : Number(d), cellClass);
            }
            h.Raw("</tr>");
        }
        h.Raw("</tbody></table>");
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
