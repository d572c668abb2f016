using System.Net;
using System.Security.Cryptography;
using Gongkai.Core.Workflows;
using Gongkai.Store;
using Gongkai.Web.Apis;
using Gongkai.Web.Pages;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Builds and starts the portal: opens (and migrates) the store, creates the administrator on first start, imports
/// the demo documents into an empty store, and maps the pages, the API and the static files.
/// </summary>
public static class PortalApp
{
    /// <summary>Builds the portal; the store is opened here and disposed with the application.</summary>
    public static async Task<WebApplication> BuildAsync(PortalOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var log = options.Log ?? Console.Error;
        var store = await DocumentStore.OpenAsync(options.StoreLocation, cancellationToken).ConfigureAwait(false);
        try
        {
            var workflow = options.CreateWorkflow();
            await EnsureAdministratorAsync(store, options, log, cancellationToken).ConfigureAwait(false);
            await ImportDemoDataAsync(store, workflow, options, log, cancellationToken).ConfigureAwait(false);
            return Build(options, store, workflow);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The addresses the started application listens on (with the port chosen when <see cref="PortalOptions.Port"/> is 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }

    private static WebApplication Build(PortalOptions options, IDocumentStore store, CheckWorkflow workflow)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PortalApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Data-protection keys (antiforgery and sign-in cookies) live in the user profile; that they are not encrypted at rest is expected here.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Parse(options.Host), options.Port);
            // The whole request is bounded: the largest upload plus room for the form's other fields.
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 64 * 1024;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxUploadBytes + 16 * 1024;
            f.ValueCountLimit = 64;
        });
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(workflow);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new RuleCatalogue());
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "gongkai.csrf";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.HeaderName = "X-CSRF-TOKEN";
        });
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(c =>
        {
            c.Cookie.Name = "gongkai.auth";
            c.Cookie.HttpOnly = true;
            c.Cookie.SameSite = SameSiteMode.Strict;
            c.LoginPath = "/login";
            c.ExpireTimeSpan = TimeSpan.FromHours(8);
            c.SlidingExpiration = true;
            // The API answers 401/403, not a redirect to the login page.
            c.Events.OnRedirectToLogin = ctx => Challenge(ctx, StatusCodes.Status401Unauthorized);
            c.Events.OnRedirectToAccessDenied = ctx => Challenge(ctx, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(PortalPolicies.Administrator, p => p.RequireRole(StoredUser.AdministratorRole));
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "预决算公开平台数据接口（Gongkai API）";
            document.Info.Description = "部门预算、部门决算公开文件的检索、表格、检查发现、汇总与开放数据下载。金额以各表所列单位（元或万元）为准。";
            return Task.CompletedTask;
        }));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(j => Contracts.ApiJson.Configure(j.SerializerOptions));

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Set(context.Response.Headers);
            await next(context).ConfigureAwait(false);
        });
        app.UseExceptionHandler(e => e.Run(ErrorPages.UnhandledAsync));
        app.UseStatusCodePages(ErrorPages.StatusCodeAsync);
        app.UseAuthentication();
        app.UseAuthorization();

        StaticAssets.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        PortalPages.Map(app);
        DocumentsApi.Map(app);
        OpenDataApi.Map(app);
        return app;
    }

    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// 管理员账户: when the store has no user, creates <see cref="PortalOptions.AdministratorName"/> with the configured
    /// password (option, then <see cref="PortalOptions.AdminPasswordVariable"/>) or a generated one printed once.
    /// </summary>
    internal static async Task EnsureAdministratorAsync(IDocumentStore store, PortalOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        if (await store.CountUsersAsync(cancellationToken).ConfigureAwait(false) > 0) return;
        var password = options.AdminPassword ?? Environment.GetEnvironmentVariable(PortalOptions.AdminPasswordVariable);
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = GeneratePassword();
        var hash = AdministratorPasswords.Hash(password!);
        await store.CreateUserAsync(PortalOptions.AdministratorName, hash, StoredUser.AdministratorRole, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync(generated
            ? $"gongkai serve：已创建管理员账户 {PortalOptions.AdministratorName}，初始密码：{password}（只显示这一次，请妥善保存）"
            : $"gongkai serve：已创建管理员账户 {PortalOptions.AdministratorName}，密码取自 {PortalOptions.AdminPasswordVariable}。").ConfigureAwait(false);
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');

    /// <summary>演示数据: imports <see cref="PortalOptions.DemoData"/> when the store holds no document.</summary>
    internal static async Task ImportDemoDataAsync(IDocumentStore store, CheckWorkflow workflow, PortalOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        if (options.DemoData is null) return;
        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (statistics.Documents > 0) return;
        var importer = new DocumentImporter(store, workflow);
        int imported = 0, failed = 0;
        foreach (var (fileName, content) in options.DemoData.GetDocuments())
        {
            var outcome = await importer.ImportAsync(fileName, content, cancellationToken).ConfigureAwait(false);
            if (outcome.Status == ImportStatus.Failed)
            {
                failed++;
                await log.WriteLineAsync($"gongkai serve：演示文件“{fileName}”未导入：{outcome.Reason}").ConfigureAwait(false);
            }
            else
            {
                imported++;
            }
        }
        await log.WriteLineAsync($"gongkai serve：文件库为空，已导入演示数据 {imported} 份" + (failed > 0 ? $"，{failed} 份未导入。" : "。")).ConfigureAwait(false);
    }
}

/// <summary>Authorisation policy names.</summary>
public static class PortalPolicies
{
    /// <summary>A signed-in administrator (import, delete, upload-to-store).</summary>
    public const string Administrator = "Administrator";
}

/// <summary>Administrator passwords, hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted).</summary>
public static class AdministratorPasswords
{
    private sealed class Account;

    private static readonly PasswordHasher<Account> s_hasher = new();
    private static readonly Account s_account = new();

    public static string Hash(string password) => s_hasher.HashPassword(s_account, password);

    public static bool Verify(string hash, string password) =>
        s_hasher.VerifyHashedPassword(s_account, hash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
