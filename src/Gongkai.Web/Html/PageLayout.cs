namespace Gongkai.Web.Html;

/// <summary>The page shell: head (own CSS and scripts only, no CDN), the navigation and the footer.</summary>
public static class PageLayout
{
    /// <summary>A whole page around <paramref name="body"/> (already built HTML); <paramref name="scripts"/> are paths under /static.</summary>
    public static string Page(string title, string body, PageContext context, params string[] scripts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var h = new HtmlBuilder();
        h.Raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" — 预决算公开平台</title>")
            .Raw("<link rel=\"icon\" href=\"data:,\">") // no favicon request
            .Raw("<link rel=\"stylesheet\" href=\"/static/css/site.css\">");
        foreach (var script in scripts) h.Raw("<script defer").Attr("src", "/static/" + script).Raw("></script>");
        h.Raw("</head><body><header class=\"site\"><a class=\"brand\" href=\"/\">预决算公开平台</a><nav>")
            .Link("/", "检索").Link("/compare", "对比").Link("/upload", "上传检查").Link("/rules", "检查规则").Link("/api", "数据接口");
        if (context.IsAdministrator)
        {
            h.Raw("<form method=\"post\" action=\"/logout\" class=\"inline\">").Raw(context.AntiforgeryField)
                .Raw("<button type=\"submit\" class=\"link\">退出（").Text(context.UserName).Raw("）</button></form>");
        }
        else
        {
            h.Link("/login", "管理员登录");
        }
        h.Raw("</nav></header><main>").Raw(body).Raw("</main>")
            .Raw("<footer>数据来自各部门公开的部门预算、部门决算文件；检查结果由程序按规则自动生成，仅供参考，以原文件为准。</footer>")
            .Raw("</body></html>");
        return h.ToString();
    }
}

/// <summary>What the layout needs to know about the request: the signed-in administrator and the antiforgery field.</summary>
public sealed record PageContext(bool IsAdministrator, string? UserName, string AntiforgeryField);
