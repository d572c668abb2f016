using System.Globalization;
using Gongkai.Store;
using Gongkai.Web.Html;

namespace Gongkai.Web.Pages;

/// <summary>文件页: one stored document with its tables, explanation text and findings marked in place.</summary>
public static class DocumentPage
{
    public static async Task<IResult> HandleAsync(long id, HttpContext context, IDocumentStore store, RuleCatalogue catalogue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalogue);
        var stored = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null) return Results.NotFound();
        var s = stored.Summary;
        catalogue.Observe(stored.Findings, id, s.Title ?? s.FileName);
        var ids = id.ToString(CultureInfo.InvariantCulture);
        var api = "/api/documents/" + ids;
        var h = new HtmlBuilder();
        h.Element("h1", s.Title ?? s.FileName);
        h.Raw("<p class=\"meta\">");
        if (s.Entity is not null) h.Text("部门/单位：").Link(Url.With("/entity", ("name", s.Entity)), s.Entity).Raw(" · ");
        if (s.Region is not null) h.Text("地区：" + s.Region + " · ");
        if (s.Year is not null) h.Text("年度：" + s.Year.Value.ToString(CultureInfo.InvariantCulture) + " · ");
        h.Text(Terms.KindName(s.Kind));
        if (s.Level is not null) h.Text("（" + Terms.LevelName(s.Level) + "）");
        h.Raw("<br><span class=\"muted\">原文件：").Text(s.FileName).Raw("（").Text(s.Format).Raw("，SHA-256 ")
            .Text(s.ContentHash[..Math.Min(12, s.ContentHash.Length)]).Raw("…）</span></p>");
        h.Raw("<p>下载：").Link(api + "/original", "原文件").Raw(" · ").Link(api + "/datapackage.zip", "开放数据包（Fiscal Data Package）")
            .Raw(" · ").Link(api, "JSON").Raw(" · ").Link(Url.With("/compare", ("left", ids)), "与其他文件对比").Raw("</p>");
        if (PageRequest.IsAdministrator(context))
        {
            h.Raw("<form method=\"post\" class=\"inline\"").Attr("action", "/documents/" + ids + "/delete").Raw(">")
                .Raw(PageRequest.AntiforgeryField(context))
                .Raw("<button type=\"submit\">从文件库删除</button></form>");
        }
        DocumentView.Render(h, stored.Document, stored.Findings, stored.Document.Diagnostics, api);
        return PageRequest.Html(context, s.Title ?? s.FileName, h.ToString());
    }

    public static async Task<IResult> DeleteAsync(long id, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (!await PageRequest.ValidAntiforgeryAsync(context).ConfigureAwait(false)) return Results.BadRequest();
        if (!await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false)) return Results.NotFound();
        var body = new HtmlBuilder().Element("h1", "已删除").Element("p", "文件已从文件库删除。", "notice").Raw("<p><a href=\"/\">返回检索</a></p>").ToString();
        return PageRequest.Html(context, "已删除", body);
    }
}
