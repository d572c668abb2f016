using System.Globalization;
using Gongkai.Core.Workflows;
using Gongkai.Store;
using Gongkai.Web.Hosting;
using Gongkai.Web.Html;
using Gongkai.Web.Security;

namespace Gongkai.Web.Pages;

/// <summary>
/// 上传检查: check one file and show its report; the file is not stored unless a signed-in administrator asks
/// (保存到文件库). Size is limited; the type is sniffed from the content, not taken from the name.
/// </summary>
public static class UploadPage
{
    public const string FileField = "file";
    public const string StoreField = "store";

    public static IResult Form(HttpContext context, PortalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PageRequest.Html(context, "上传检查", FormHtml(context, options, null));
    }

    private static string FormHtml(HttpContext context, PortalOptions options, string? error)
    {
        var h = new HtmlBuilder();
        h.Element("h1", "上传文件检查");
        h.Element("p", $"支持文本、PDF、DOCX、XLSX、HTML 格式的部门预算、部门决算公开文件，大小不超过 {options.MaxUploadBytes / (1024 * 1024)} MB。" +
            "文件只用于本次检查，不会保存；管理员可选择保存到文件库。", "muted");
        if (error is not null) h.Element("p", error, "error-box");
        h.Raw("<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">").Raw(PageRequest.AntiforgeryField(context))
            .Raw("<p><input type=\"file\" name=\"" + FileField + "\" required></p>");
        if (PageRequest.IsAdministrator(context))
        {
            h.Raw("<p><label><input type=\"checkbox\" name=\"" + StoreField + "\" value=\"1\"> 检查后保存到文件库</label></p>");
        }
        h.Raw("<p><button type=\"submit\">上传并检查</button></p></form>");
        return h.ToString();
    }

    public static async Task<IResult> PostAsync(HttpContext context, PortalOptions options, CheckWorkflow workflow, IDocumentStore store,
        RuleCatalogue catalogue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (context.Request.ContentLength > options.MaxUploadBytes + 64 * 1024)
        {
            return PageRequest.Html(context, "上传检查", FormHtml(context, options,
                $"文件超过大小上限 {options.MaxUploadBytes / (1024 * 1024)} MB，未检查。"), StatusCodes.Status413PayloadTooLarge);
        }
        if (!context.Request.HasFormContentType) return PageRequest.Html(context, "上传检查", FormHtml(context, options, "请选择要上传的文件。"), StatusCodes.Status400BadRequest);
        if (!await PageRequest.ValidAntiforgeryAsync(context).ConfigureAwait(false))
        {
            return PageRequest.Html(context, "上传检查", FormHtml(context, options, "表单已过期或来源不明（CSRF 校验失败），请重新打开页面后上传。"), StatusCodes.Status400BadRequest);
        }
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            return PageRequest.Html(context, "上传检查", FormHtml(context, options, "没有收到文件，或文件为空。"), StatusCodes.Status400BadRequest);
        }
        if (file.Length > options.MaxUploadBytes)
        {
            return PageRequest.Html(context, "上传检查", FormHtml(context, options,
                $"文件“{file.FileName}”超过大小上限 {options.MaxUploadBytes / (1024 * 1024)} MB，未检查。"), StatusCodes.Status413PayloadTooLarge);
        }
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        var kind = ContentSniffer.Sniff(bytes);
        if (kind == SniffedKind.Unsupported)
        {
            return PageRequest.Html(context, "上传检查", FormHtml(context, options,
                $"文件“{file.FileName}”的内容不是可检查的格式（文本、PDF、DOCX、XLSX、HTML），未检查。"), StatusCodes.Status415UnsupportedMediaType);
        }
        var name = ContentSniffer.SafeFileName(file.FileName, kind);
        var wantsStore = form[StoreField].FirstOrDefault() == "1";
        if (wantsStore && !PageRequest.IsAdministrator(context)) return Results.Forbid();

        var h = new HtmlBuilder();
        h.Element("h1", "检查报告：" + name);
        if (wantsStore)
        {
            var outcome = await new DocumentImporter(store, workflow).ImportAsync(name, bytes, cancellationToken).ConfigureAwait(false);
            if (outcome.DocumentId is { } storedId)
            {
                h.Raw("<p class=\"notice\">").Text(outcome.Status == ImportStatus.Imported ? "已保存到文件库：" : "内容相同的文件已在库中：")
                    .Link("/documents/" + storedId.ToString(CultureInfo.InvariantCulture), "打开文件页").Raw("</p>");
            }
            else
            {
                h.Element("p", "未保存：" + outcome.Reason, "error-box");
            }
        }
        CheckReport report;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            report = workflow.Check(name, stream, cancellationToken);
        }
        if (report.Document is null)
        {
            h.Element("p", "文件未能读取，未检查：", "error-box").Raw("<ul>");
            foreach (var d in report.Diagnostics) h.Element("li", d.Message);
            h.Raw("</ul><p><a href=\"/upload\">重新上传</a></p>");
            return PageRequest.Html(context, "检查报告", h.ToString(), StatusCodes.Status422UnprocessableEntity);
        }
        catalogue.Observe(report.Findings, null, name);
        var info = report.Document.Info;
        h.Raw("<p class=\"meta\">");
        if (info.Entity is not null) h.Text("部门/单位：" + info.Entity + " · ");
        if (info.Year is not null) h.Text("年度：" + info.Year.Value.ToString(CultureInfo.InvariantCulture) + " · ");
        h.Text(Terms.KindName(info.Kind)).Raw(" · 识别为 ").Text(kind.ToString().ToUpperInvariant()).Raw("</p>");
        if (!wantsStore) h.Element("p", "此文件仅用于本次检查，未保存。", "muted");
        DocumentView.Render(h, report.Document, report.Findings, report.Diagnostics);
        return PageRequest.Html(context, "检查报告", h.ToString());
    }
}
