using Gongkai.Store;
using Gongkai.Web.Html;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Pages;

/// <summary>Per-request helpers of the pages: the layout context (administrator, antiforgery field) and HTML results.</summary>
public static class PageRequest
{
    /// <summary>True when the request is from a signed-in administrator.</summary>
    public static bool IsAdministrator(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.IsInRole(StoredUser.AdministratorRole);

    /// <summary>
    /// The layout context. The antiforgery token pair is issued only for a signed-in administrator (the layout's sign-out
    /// form): public pages without forms stay cacheable and set no cookie.
    /// </summary>
    public static PageContext Context(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var admin = IsAdministrator(context);
        return new PageContext(admin, context.User.Identity?.Name, admin ? AntiforgeryField(context) : "");
    }

    /// <summary>The hidden antiforgery field of a form (issuing the token pair and its cookie).</summary>
    public static string AntiforgeryField(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new HtmlBuilder().Raw("<input type=\"hidden\"").Attr("name", tokens.FormFieldName).Attr("value", tokens.RequestToken).Raw(">").ToString();
    }

    /// <summary>A whole HTML page as the result.</summary>
    public static IResult Html(HttpContext context, string title, string body, int status = StatusCodes.Status200OK, params string[] scripts) =>
        Results.Content(PageLayout.Page(title, body, Context(context), scripts), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>Validates the antiforgery token of a form post; false (and the caller answers 400) when it is missing or wrong.</summary>
    public static async Task<bool> ValidAntiforgeryAsync(HttpContext context)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context).ConfigureAwait(false);
            return true;
        }
        catch (AntiforgeryValidationException ex) when (ex.InnerException is not BadHttpRequestException)
        {
            return false;
        }
        catch (AntiforgeryValidationException ex) when (ex.InnerException is BadHttpRequestException bad)
        {
            throw bad; // the body was too large or malformed: answered as such (413/400), not as a CSRF failure
        }
    }
}
