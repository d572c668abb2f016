namespace Gongkai.Web.Security;

/// <summary>
/// Response headers on every answer: a Content-Security-Policy with scripts from this site only (no inline script,
/// no eval, no CDN), no framing, no MIME sniffing, no referrer leaks.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy: everything from 'self'; images may be data: URIs (ECharts' save-as-image).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";


    /// <summary>Sets the headers on <paramref name="headers"/>.</summary>
    public static void Set(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
