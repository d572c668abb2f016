using System.Globalization;
using System.Text.Json;
using Gongkai.Core.Templates;
using Gongkai.Store;
using Gongkai.Web.Html;
using Gongkai.Web.Quality;

namespace Gongkai.Web.Pages;

/// <summary>
/// 部门页: an entity's disclosures across years with ECharts charts (支出合计, 基本支出/项目支出, 按功能分类类, “三公”经费,
/// 机关运行经费, 公开质量评分). The data is embedded as a JSON data block (not a script) and drawn by /static/js/entity.js.
/// </summary>
public static class EntityPage
{
    public static async Task<IResult> HandleAsync(HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var name = context.Request.Query["name"].FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(name)) return Results.Redirect("/");
        var history = await store.GetEntityHistoryAsync(name, cancellationToken).ConfigureAwait(false);
        if (history.Years.Count == 0) return Results.NotFound();
        var points = await PointsAsync(store, history, cancellationToken).ConfigureAwait(false);

        var h = new HtmlBuilder();
        h.Element("h1", history.Entity);
        h.Element("p", $"共 {history.Years.Count} 份公开文件。金额单位：万元（以元列示的表格已换算）。", "muted");
        h.Raw("<script type=\"application/json\" id=\"entity-data\">")
            .Raw(JsonSerializer.Serialize(points, EntityJson.Options)) // the default encoder escapes < > & ' " : safe inside the element
            .Raw("</script>");
        h.Raw("<div class=\"charts\">");
        foreach (var (id, title) in ChartTitles) h.Raw("<section><h3>").Text(title).Raw("</h3><div class=\"chart\"").Attr("id", id).Raw("></div></section>");
        h.Raw("</div>");

        h.Raw("<h2>各年数据</h2><table class=\"data\"><thead><tr><th>年度</th><th>类型</th><th>支出合计</th><th>基本支出</th><th>项目支出</th>")
            .Raw("<th>“三公”经费</th><th>机关运行经费</th><th>错误</th><th>警告</th><th>公开质量评分</th><th>文件</th></tr></thead><tbody>");
        foreach (var p in points)
        {
            h.Raw("<tr>").Element("td", p.Year?.ToString(CultureInfo.InvariantCulture) ?? "—").Element("td", p.KindName);
            foreach (var v in new[] { p.Total, p.Basic, p.Project, p.ThreePublic, p.OfficeOperation }) h.Element("td", Terms.Amount(v), "num");
            h.Element("td", p.Errors.ToString(CultureInfo.InvariantCulture), "num").Element("td", p.Warnings.ToString(CultureInfo.InvariantCulture), "num");
            h.Raw("<td class=\"num\"").Attr("title", p.ScoreExplanation).Raw(">").Text(p.Score.ToString("0.0", CultureInfo.InvariantCulture)).Raw("</td>");
            h.Raw("<td>").Link("/documents/" + p.DocumentId.ToString(CultureInfo.InvariantCulture), "查看").Raw("</td></tr>");
        }
        h.Raw("</tbody></table>");
        h.Raw("<p class=\"muted\">公开质量评分的定义：完整性（识别出的标准表格 ÷ 模板要求的表格）、一致性（每处错误扣 10 分、每处警告扣 2 分）、")
            .Raw("及时性（公开日期已知时，按期公开为满分）；详见 docs/portal.md。</p>");
        return PageRequest.Html(context, history.Entity, h.ToString(), StatusCodes.Status200OK, "lib/echarts.min.js", "js/entity.js");
    }

    private static readonly (string Id, string Title)[] ChartTitles =
    [
        ("chart-total", "支出合计（万元）"),
        ("chart-basic-project", "基本支出与项目支出（万元）"),
        ("chart-class", "按功能分类（类）的支出（万元）"),
        ("chart-three-public", "“三公”经费（万元）"),
        ("chart-office", "机关运行经费（万元）"),
        ("chart-quality", "公开质量评分"),
    ];

    /// <summary>One document of the history as the charts and the table show it.</summary>
    public sealed record Point(long DocumentId, int? Year, string Kind, string KindName, string Label, decimal? Total, decimal? Basic,
        decimal? Project, IReadOnlyList<CodeAmount> ByClass, decimal? ThreePublic, decimal? Abroad, decimal? VehiclePurchase,
        decimal? VehicleOperation, decimal? Reception, decimal? OfficeOperation, int Errors, int Warnings, decimal Score, string ScoreExplanation);

    internal static async Task<IReadOnlyList<Point>> PointsAsync(IDocumentStore store, EntityHistory history, CancellationToken cancellationToken)
    {
        var points = new List<Point>(history.Years.Count);
        foreach (var y in history.Years)
        {
            var summary = await store.GetSummaryAsync(y.DocumentId, cancellationToken).ConfigureAwait(false);
            var template = summary?.TemplateId is { } tid ? TemplateRegistry.Default.Get(tid) : null;
            var required = template?.Tables.Count(t => t.Required) ?? DisclosureQualityScore.DefaultRequiredTables;
            var score = DisclosureQualityScore.Compute(y.TableCount, required, y.ErrorCount, y.WarningCount);
            var kindName = Terms.KindName(y.Kind);
            var label = (y.Year?.ToString(CultureInfo.InvariantCulture) ?? "?") + (y.Kind == Core.Documents.DocumentKind.FinalAccounts ? " 决算" : " 预算");
            points.Add(new Point(y.DocumentId, y.Year, Terms.KindParameter(y.Kind) ?? "", kindName, label, y.Total, y.Basic, y.Project, y.ByClass,
                y.ThreePublicTotal, y.Abroad, y.VehiclePurchase, y.VehicleOperation, y.Reception, y.OfficeOperation, y.ErrorCount, y.WarningCount,
                score.Score,
                string.Create(CultureInfo.InvariantCulture,
                    $"完整性 {score.Completeness:P0}（{y.TableCount}/{required} 张表），一致性 {score.Consistency:P0}，及时性 {(score.Timeliness is { } t ? t.ToString("P0", CultureInfo.InvariantCulture) : "未知")}")));
        }
        return points;
    }
}

internal static class EntityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
