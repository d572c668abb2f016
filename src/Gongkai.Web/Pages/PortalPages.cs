using Gongkai.Web.Hosting;

namespace Gongkai.Web.Pages;

/// <summary>The Chinese pages (not part of the API description).</summary>
public static class PortalPages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", SearchPage.HandleAsync);
        pages.MapGet("/documents/{id:long}", DocumentPage.HandleAsync);
        pages.MapPost("/documents/{id:long}/delete", DocumentPage.DeleteAsync).RequireAuthorization(PortalPolicies.Administrator);
        pages.MapGet("/entity", EntityPage.HandleAsync);
        pages.MapGet("/compare", ComparePage.HandleAsync);
        pages.MapGet("/upload", UploadPage.Form);
        pages.MapPost("/upload", UploadPage.PostAsync);
        pages.MapGet("/rules", RulesPage.HandleAsync);
        pages.MapGet("/login", LoginPage.Form);
        pages.MapPost("/login", LoginPage.PostAsync);
        pages.MapPost("/logout", (Func<HttpContext, Task<IResult>>)LoginPage.LogoutAsync);
        pages.MapGet("/api", ApiPage.Handle);
    }
}
