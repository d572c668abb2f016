using System.Globalization;
using System.Text;

namespace Gongkai.Web.Html;

/// <summary>Builds query strings with escaped values (culture-invariant).</summary>
public static class Url
{
    /// <summary><paramref name="path"/> with the non-empty parameters as a query string.</summary>
    public static string With(string path, params (string Name, string? Value)[] parameters)
    {
        var sb = new StringBuilder(path);
        var first = !path.Contains('?', StringComparison.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(value)) continue;
            sb.Append(first ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return sb.ToString();
    }

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);
}
