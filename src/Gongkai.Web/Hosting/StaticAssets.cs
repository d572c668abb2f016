using System.Collections.Frozen;
using System.Reflection;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Serves the site's own static files (CSS, scripts, the ECharts bundle built from npm) from embedded resources under
/// <c>/static</c>. Nothing is loaded from another site.
/// </summary>
public static class StaticAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly Lazy<FrozenDictionary<string, byte[]>> s_files = new(() =>
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name[Prefix.Length..]] = buffer.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>The embedded paths (css/site.css, js/entity.js, lib/echarts.min.js …).</summary>
    public static IEnumerable<string> Paths => s_files.Value.Keys;

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/static/{**path}", (string path, HttpContext context) =>
        {
            if (!s_files.Value.TryGetValue(path, out var bytes)) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(bytes, ContentType(path));
        }).ExcludeFromDescription();
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    internal static Assembly Assembly => typeof(StaticAssets).Assembly;
}
