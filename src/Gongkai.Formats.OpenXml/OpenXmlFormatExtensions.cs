using Gongkai.Core.Import;

namespace Gongkai.Formats.OpenXml;

/// <summary>Registers the Office readers.</summary>
public static class OpenXmlFormatExtensions
{
    /// <summary>Adds <see cref="XlsxImporter"/> (format id "xlsx") and <see cref="DocxImporter"/> (format id "docx").</summary>
    public static FormatRegistry.Builder UseOpenXml(this FormatRegistry.Builder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return b.Add(new XlsxImporter()).Add(new DocxImporter());
    }
}
