using Gongkai.Web.Html;
using Microsoft.AspNetCore.Diagnostics;

namespace Gongkai.Web.Hosting;

/// <summary>Chinese error answers: no stack trace reaches the user; the API answers ProblemDetails.</summary>
public static class ErrorPages
{
    public static async Task UnhandledAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        context.Response.StatusCode = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        var message = context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "上传的文件超过大小上限。"
            : context.Response.StatusCode < 500 ? "请求有误。" : "服务器内部错误，请稍后再试。";
        await WriteAsync(context, message).ConfigureAwait(false);
    }

    public static async Task StatusCodeAsync(Microsoft.AspNetCore.Diagnostics.StatusCodeContext status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var message = status.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => "没有找到所请求的页面或数据。",
            StatusCodes.Status401Unauthorized => "需要管理员登录。",
            StatusCodes.Status403Forbidden => "没有权限：此操作需要管理员。",
            StatusCodes.Status413PayloadTooLarge => "上传的文件超过大小上限。",
            StatusCodes.Status400BadRequest => "请求有误。",
            _ => "请求未能完成。",
        };
        await WriteAsync(status.HttpContext, message).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, string message)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await Results.Problem(detail: message, statusCode: context.Response.StatusCode).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        var body = new HtmlBuilder().Element("h1", "出错了").Element("p", message, "error-box").Raw("<p><a href=\"/\">返回检索</a></p>").ToString();
        await context.Response.WriteAsync(PageLayout.Page("出错了", body, new PageContext(false, null, ""))).ConfigureAwait(false);
    }
}
