using Gongkai.Core.Import;

namespace Gongkai.Formats.Text;

/// <summary>Registers the plain-text importer.</summary>
public static class TextFormatExtensions
{
    /// <summary>Adds <see cref="TextImporter"/> (format id "text").</summary>
    public static FormatRegistry.Builder UseText(this FormatRegistry.Builder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return b.Add(new TextImporter());
    }
}
