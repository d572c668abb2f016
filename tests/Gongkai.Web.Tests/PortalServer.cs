using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Cli;
using Gongkai.TestSupport;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace Gongkai.Web.Tests;

/// <summary>
/// The real portal on a free loopback port over a real store — a SQLite file in a temporary folder, or a fresh schema
/// of the PostgreSQL database of GONGKAI_TEST_PG — with the five corpus seeds imported as first-start demo data.
/// </summary>
public sealed partial class PortalServer : IAsyncLifetime
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PgVariable = "GONGKAI_TEST_PG";

    private string? _pgSchema;

    public PortalServer(string target = Sqlite) => Target = target;

    /// <summary>"sqlite" or "postgres".</summary>
    public string Target { get; }

    public static string? PgConnectionString => Environment.GetEnvironmentVariable(PgVariable) is { Length: > 0 } s ? s : null;

    /// <summary>PostgreSQL runs when configured, and always in CI (where a missing database then fails the tests).</summary>
    public static bool RunPostgres => PgConnectionString is not null || Corpus.IsCi;

    /// <summary>The targets the API suite runs on.</summary>
    public static TheoryData<string> Targets
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (RunPostgres) data.Add(Postgres);
            return data;
        }
    }

    public const string AdminPassword = "测试-Admin-口令-2024";

    private WebApplication? _app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "gongkai-web-tests-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public StringWriter Log { get; } = new();

    /// <summary>The store location: a SQLite file, or a PostgreSQL connection string with its own schema.</summary>
    public string StoreLocation { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        if (Target == Postgres)
        {
            var baseString = PgConnectionString ?? throw new InvalidOperationException(
                $"CI=true but {PgVariable} is not set: the PostgreSQL portal tests must run in CI (.ci/run starts PostgreSQL).");
            _pgSchema = "gk_web_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(baseString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE SCHEMA {_pgSchema}", admin);
                await create.ExecuteNonQueryAsync();
            }
            StoreLocation = new NpgsqlConnectionStringBuilder(baseString) { SearchPath = _pgSchema }.ToString();
        }
        else
        {
            StoreLocation = Path.Combine(Folder, "portal.db");
        }
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
        if (_pgSchema is not null && PgConnectionString is { } baseString)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(baseString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {_pgSchema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        }
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

/// <summary>One portal per target for a test class, started on first use.</summary>
public sealed class PortalServers : IAsyncLifetime
{
    private readonly Dictionary<string, PortalServer> _servers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<PortalServer> GetAsync(string target)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_servers.TryGetValue(target, out var server))
            {
                server = new PortalServer(target);
                await server.InitializeAsync();
                _servers[target] = server;
            }
            return server;
        }
        finally
        {
            _lock.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values) await server.DisposeAsync();
        _lock.Dispose();
    }
}
