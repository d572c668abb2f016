using Gongkai.Core.Import;

namespace Gongkai.Formats.Html;

/// <summary>Registers the HTML importer.</summary>
public static class HtmlFormatExtensions
{
    /// <summary>Adds <see cref="HtmlImporter"/> (format id "html"). Register it before the text importer.</summary>
    public static FormatRegistry.Builder UseHtml(this FormatRegistry.Builder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return b.Add(new HtmlImporter());
    }
}
