using System.Security.Claims;
using Gongkai.Store;
using Gongkai.Web.Hosting;
using Gongkai.Web.Html;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Gongkai.Web.Pages;

/// <summary>管理员登录 / 退出: cookie sign-in against the stored (hashed) administrator password; forms carry antiforgery tokens.</summary>
public static class LoginPage
{
    public static IResult Form(HttpContext context) => PageRequest.Html(context, "管理员登录", FormHtml(context, null));

    private static string FormHtml(HttpContext context, string? error)
    {
        var h = new HtmlBuilder();
        h.Element("h1", "管理员登录");
        if (error is not null) h.Element("p", error, "error-box");
        h.Raw("<form method=\"post\" action=\"/login\">").Raw(PageRequest.AntiforgeryField(context))
            .Raw("<p><label>用户名 <input type=\"text\" name=\"name\" autocomplete=\"username\" required></label></p>")
            .Raw("<p><label>密码 <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label></p>")
            .Raw("<p><button type=\"submit\">登录</button></p></form>");
        return h.ToString();
    }

    public static async Task<IResult> PostAsync(HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (!context.Request.HasFormContentType || !await PageRequest.ValidAntiforgeryAsync(context).ConfigureAwait(false))
        {
            return PageRequest.Html(context, "管理员登录", FormHtml(context, "表单已过期或来源不明（CSRF 校验失败），请重新登录。"), StatusCodes.Status400BadRequest);
        }
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var name = form["name"].FirstOrDefault() ?? "";
        var password = form["password"].FirstOrDefault() ?? "";
        var user = name.Length == 0 ? null : await store.GetUserAsync(name, cancellationToken).ConfigureAwait(false);
        if (user is null || !AdministratorPasswords.Verify(user.PasswordHash, password))
        {
            return PageRequest.Html(context, "管理员登录", FormHtml(context, "用户名或密码不正确。"), StatusCodes.Status401Unauthorized);
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return Results.Redirect("/");
    }

    public static async Task<IResult> LogoutAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!await PageRequest.ValidAntiforgeryAsync(context).ConfigureAwait(false)) return Results.BadRequest();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return Results.Redirect("/");
    }
}
