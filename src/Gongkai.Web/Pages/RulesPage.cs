using System.Globalization;
using Gongkai.Core.Rules;
using Gongkai.Store;
using Gongkai.Web.Html;

namespace Gongkai.Web.Pages;

/// <summary>检查规则目录: every rule with what it checks and a real example finding.</summary>
public static class RulesPage
{
    public static async Task<IResult> HandleAsync(HttpContext context, IDocumentStore store, RuleCatalogue catalogue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var entries = await catalogue.GetEntriesAsync(store, cancellationToken).ConfigureAwait(false);
        var h = new HtmlBuilder();
        h.Element("h1", "检查规则目录");
        h.Element("p", $"共 {entries.Count} 条规则。规则编号长期不变；金额在各表所列单位内比较，差额在末位印刷精度之内的只作“四舍五入差异”提示。" +
            "示例取自文件库中文件的真实检查结果。", "muted");
        h.Raw("<table class=\"data rules\"><thead><tr><th>编号</th><th>规则</th><th>类别</th><th>默认级别</th><th>检查内容</th><th>示例</th></tr></thead><tbody>");
        foreach (var e in entries)
        {
            h.Raw("<tr").Attr("id", "rule-" + e.Rule.Id).Raw(">").Element("td", e.Rule.Id, "badge").Element("td", e.Rule.Title)
                .Element("td", e.Rule.Category.ToChinese())
                .Raw("<td>").Element("span", Pages.DocumentView.SeverityName(e.Rule.DefaultSeverity), "severity-" + DocumentView.SeverityClass(e.Rule.DefaultSeverity)).Raw("</td>")
                .Element("td", e.Checks ?? "");
            h.Raw("<td>");
            if (e.Example is { } ex)
            {
                h.Text(ex.Finding.Message).Raw("<br><span class=\"muted\">见：");
                if (ex.DocumentId is { } id) h.Link("/documents/" + id.ToString(CultureInfo.InvariantCulture), ex.Source);
                else h.Text(ex.Source + "（上传检查）");
                h.Raw("</span>");
            }
            else
            {
                h.Element("span", "文件库中的文件暂无此规则的检查发现。", "muted");
            }
            h.Raw("</td></tr>");
        }
        h.Raw("</tbody></table>");
        return PageRequest.Html(context, "检查规则目录", h.ToString());
    }
}
