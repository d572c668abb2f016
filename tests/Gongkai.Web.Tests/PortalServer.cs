using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Cli;
using Gongkai.TestSupport;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Gongkai.Web.Tests;

/// <summary>
/// The real portal on a free loopback port over a real SQLite file in a temporary folder (or PostgreSQL when
/// GONGKAI_PG is set), with the five corpus seeds imported as first-start demo data. One per test class.
/// </summary>
public sealed partial class PortalServer : IAsyncLifetime
{
    public const string AdminPassword = "测试-Admin-口令-2024";

    private WebApplication? _app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "gongkai-web-tests-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public StringWriter Log { get; } = new();

    /// <summary>The store location: a SQLite file, or the PostgreSQL connection string of GONGKAI_PG.</summary>
    public string StoreLocation => Environment.GetEnvironmentVariable("GONGKAI_PG") is { Length: > 0 } pg ? pg : Path.Combine(Folder, "portal.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var seeds = new[] { "000", "001", "002", "003", "004" }.Select(Corpus.Seed).ToList();
        _app = await PortalApp.BuildAsync(new PortalOptions
        {
            Port = 0,
            StoreLocation = StoreLocation,
            CreateWorkflow = () => Composition.CreateCheckWorkflow(),
            DemoData = new FileDemoDataSource(seeds),
            AdminPassword = AdminPassword,
            MaxUploadBytes = 2 * 1024 * 1024,
            Log = Log,
        });
        await _app.StartAsync();
        BaseAddress = new Uri(PortalApp.Addresses(_app).First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A client with its own cookie jar (antiforgery and sign-in cookies), not following redirects.</summary>
    public HttpClient Client(bool followRedirects = false)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/> (the cookie lands in the client's jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery field on " + path);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Signs in as the administrator.</summary>
    public static async Task SignInAsync(HttpClient client)
    {
        var token = await AntiforgeryTokenAsync(client, "/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = PortalOptions.AdministratorName,
            ["password"] = AdminPassword,
        });
        using var response = await client.PostAsync("/login", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
