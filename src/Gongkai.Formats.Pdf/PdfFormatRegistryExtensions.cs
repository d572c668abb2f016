using Gongkai.Core.Import;

namespace Gongkai.Formats.Pdf;

/// <summary>Registers the PDF importer with a <see cref="FormatRegistry"/>.</summary>
public static class PdfFormatRegistryExtensions
{
    /// <summary>Adds <see cref="PdfImporter"/> (format id "pdf").</summary>
    public static FormatRegistry.Builder UsePdf(this FormatRegistry.Builder builder, PdfImporterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new PdfImporter(options));
    }
}
