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

    /// <summary>The layout context, issuing the antiforgery token pair for the page's forms.</summary>
    public static PageContext Context(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var field = new HtmlBuilder().Raw("<input type=\"hidden\"").Attr("name", tokens.FormFieldName).Attr("value", tokens.RequestToken).Raw(">").ToString();
        return new PageContext(IsAdministrator(context), context.User.Identity?.Name, field);
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
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
