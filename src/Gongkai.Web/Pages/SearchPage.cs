using System.Globalization;
using Gongkai.Store;
using Gongkai.Web.Html;

namespace Gongkai.Web.Pages;

/// <summary>检索: documents by entity, region, year, kind, classification code and full text, with facets.</summary>
public static class SearchPage
{
    /// <summary>Reads the search criteria from the query string (shared with the API and the downloads).</summary>
    public static SearchQuery ReadQuery(HttpRequest request, int defaultPageSize = 20)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? Get(string name) => request.Query[name].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;
        return new SearchQuery
        {
            Text = Get("q"),
            Entity = Get("entity"),
            Region = Get("region"),
            Year = Terms.ParseInt(Get("year")),
            Kind = Terms.ParseKind(Get("kind")),
            Level = Terms.ParseLevel(Get("level")),
            Code = Get("code") is { } code && code.All(char.IsAsciiDigit) ? code : null,
            Page = Math.Max(1, Terms.ParseInt(Get("page")) ?? 1),
            PageSize = Math.Clamp(Terms.ParseInt(Get("pageSize")) ?? defaultPageSize, 1, SearchQuery.MaxPageSize),
        };
    }

    /// <summary>The query string of <paramref name="query"/> with one criterion replaced (null removes it).</summary>
    public static string Link(string path, SearchQuery query, string? replace = null, string? value = null, int page = 1)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Pick(string name, string? current) => name == replace ? value : current;
        return Url.With(path,
            ("q", Pick("q", query.Text)),
            ("entity", Pick("entity", query.Entity)),
            ("region", Pick("region", query.Region)),
            ("year", Pick("year", query.Year?.ToString(CultureInfo.InvariantCulture))),
            ("kind", Pick("kind", Terms.KindParameter(query.Kind))),
            ("code", Pick("code", query.Code)),
            ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));
    }

    public static async Task<IResult> HandleAsync(HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var query = ReadQuery(context.Request);
        var result = await store.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        var h = new HtmlBuilder();
        h.Element("h1", "预决算公开文件检索");
        h.Raw("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">");
        Field(h, "全文", "q", query.Text, "如：机关运行经费、医疗保障");
        Field(h, "部门/单位", "entity", query.Entity, "部门或单位名称");
        Field(h, "地区", "region", query.Region, "如：上海市");
        Field(h, "年度", "year", query.Year?.ToString(CultureInfo.InvariantCulture), "如：2024");
        h.Raw("<label>类型<select name=\"kind\"><option value=\"\">全部</option>");
        Option(h, "budget", "部门预算", query.Kind == Core.Documents.DocumentKind.Budget);
        Option(h, "final", "部门决算", query.Kind == Core.Documents.DocumentKind.FinalAccounts);
        h.Raw("</select></label>");
        Field(h, "科目编码", "code", query.Code, "如：208、2101101");
        h.Raw("<button type=\"submit\">检索</button></form>");

        h.Raw("<div class=\"layout-search\"><aside class=\"facets\">");
        Facet(h, "地区", "region", result.Regions.Select(f => (f.Value, f.Value.Length == 0 ? "未注明" : f.Value, f.Count)), query, query.Region);
        Facet(h, "年度", "year", result.Years.Select(f => (f.Value, f.Value.Length == 0 ? "未注明" : f.Value + " 年", f.Count)), query,
            query.Year?.ToString(CultureInfo.InvariantCulture));
        Facet(h, "类型", "kind", result.Kinds.Select(f => (f.Value, Terms.KindName(f.Value), f.Count)), query, Terms.KindParameter(query.Kind));
        h.Raw("</aside><section class=\"results\">");
        h.Raw("<p class=\"muted\">共找到 ").Text(result.Total.ToString(CultureInfo.InvariantCulture)).Raw(" 份文件 · 下载检索结果 ")
            .Link(Link("/api/search.csv", query), "CSV").Raw(" ").Link(Link("/api/search.xlsx", query), "XLSX").Raw(" ")
            .Link(Link("/api/datapackage.zip", query), "开放数据包").Raw("</p>");
        if (result.Items.Count == 0) h.Element("p", "没有符合条件的文件。", "notice");
        foreach (var item in result.Items) Result(h, item);
        Pager(h, query, result);
        h.Raw("</section></div>");
        return PageRequest.Html(context, "检索", h.ToString());
    }

    private static void Result(HtmlBuilder h, DocumentSummary item)
    {
        var id = item.Id.ToString(CultureInfo.InvariantCulture);
        h.Raw("<article class=\"result\"><h3>").Link("/documents/" + id, item.Title ?? item.FileName).Raw("</h3><p>");
        if (item.Entity is not null) h.Link(Url.With("/entity", ("name", item.Entity)), item.Entity).Raw(" · ");
        if (item.Region is not null) h.Text(item.Region).Raw(" · ");
        if (item.Year is not null) h.Text(item.Year.Value.ToString(CultureInfo.InvariantCulture) + " 年 · ");
        h.Text(Terms.KindName(item.Kind)).Raw(" · 表格 ").Text(item.TableCount.ToString(CultureInfo.InvariantCulture)).Raw(" 张 · ");
        h.Element("span", $"错误 {item.ErrorCount}", item.ErrorCount > 0 ? "severity-error" : "muted").Raw(" ");
        h.Element("span", $"警告 {item.WarningCount}", item.WarningCount > 0 ? "severity-warning" : "muted");
        h.Raw("</p></article>");
    }

    private static void Field(HtmlBuilder h, string label, string name, string? value, string placeholder)
    {
        h.Raw("<label>").Text(label).Raw("<input type=\"text\"").Attr("name", name).Attr("value", value).Attr("placeholder", placeholder).Raw("></label>");
    }

    private static void Option(HtmlBuilder h, string value, string text, bool selected)
    {
        h.Raw("<option").Attr("value", value).Raw(selected ? " selected>" : ">").Text(text).Raw("</option>");
    }

    private static void Facet(HtmlBuilder h, string title, string name, IEnumerable<(string Value, string Label, int Count)> values,
        SearchQuery query, string? selected)
    {
        h.Element("h3", title).Raw("<ul>");
        foreach (var (value, label, count) in values.Take(30))
        {
            var isSelected = selected is not null && string.Equals(value, selected, StringComparison.Ordinal);
            h.Raw(isSelected ? "<li class=\"selected\">" : "<li>")
                .Link(SearchPage.Link("/", query, name, isSelected ? null : value), label)
                .Element("span", count.ToString(CultureInfo.InvariantCulture), "muted").Raw("</li>");
        }
        h.Raw("</ul>");
    }

    private static void Pager(HtmlBuilder h, SearchQuery query, SearchResult result)
    {
        if (result.PageCount <= 1) return;
        h.Raw("<p class=\"pager\">");
        if (result.Page > 1) h.Link(Link("/", query, page: result.Page - 1), "上一页");
        h.Text($"第 {result.Page} / {result.PageCount} 页");
        if (result.Page < result.PageCount) h.Raw(" ").Link(Link("/", query, page: result.Page + 1), "下一页");
        h.Raw("</p>");
    }
}
