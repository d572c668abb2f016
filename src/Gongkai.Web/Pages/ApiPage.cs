using Gongkai.Web.Html;

namespace Gongkai.Web.Pages;

/// <summary>数据接口: a short Chinese guide to the JSON API and open-data downloads, linking the OpenAPI description.</summary>
public static class ApiPage
{
    private static readonly (string Path, string What)[] Endpoints =
    [
        ("/api/documents?q=&entity=&region=&year=&kind=budget|final&code=&page=", "检索文件（JSON，含地区、年度、类型分面）"),
        ("/api/documents/{id}", "文件概要、表格目录、检查发现"),
        ("/api/documents/{id}/tables", "全部表格（行、列、数值）"),
        ("/api/documents/{id}/tables/{B03}", "一张表（表号或序号）"),
        ("/api/documents/{id}/tables/{B03}.csv | .xlsx", "一张表的 CSV / XLSX"),
        ("/api/documents/{id}/findings", "检查发现及依据"),
        ("/api/documents/{id}/original", "原文件"),
        ("/api/documents/{id}/datapackage.zip", "开放数据包（Fiscal Data Package）"),
        ("/api/search.csv | /api/search.xlsx", "检索结果下载"),
        ("/api/datapackage.zip?…", "检索结果的开放数据包（批量）"),
        ("/api/aggregates?groupBy=year|region|code|entity&code=&year=&region=&kind=", "按科目编码、年度、地区汇总"),
        ("/api/entities/{name}/history", "部门各年数据"),
        ("/api/compare?left=&right=", "两份文件对比"),
    ];

    public static IResult Handle(HttpContext context)
    {
        var h = new HtmlBuilder();
        h.Element("h1", "数据接口与开放数据");
        h.Raw("<p>接口说明（OpenAPI）：").Link("/openapi/v1.json", "/openapi/v1.json").Raw("。读取无需登录；导入和删除需管理员登录。</p>");
        h.Raw("<table class=\"data\"><thead><tr><th>地址</th><th>内容</th></tr></thead><tbody>");
        foreach (var (path, what) in Endpoints) h.Raw("<tr><td><code>").Text(path).Raw("</code></td>").Element("td", what).Raw("</tr>");
        h.Raw("</tbody></table>");
        return PageRequest.Html(context, "数据接口", h.ToString());
    }
}
