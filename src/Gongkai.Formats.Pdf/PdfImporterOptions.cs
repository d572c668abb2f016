using Gongkai.Formats.Pdf.Extraction;
using Gongkai.Formats.Pdf.Layout;

namespace Gongkai.Formats.Pdf;

/// <summary>Stages and limits of the PDF importer (in addition to <see cref="Gongkai.Core.Import.ImportOptions"/>).</summary>
public sealed record PdfImporterOptions
{
    public static readonly PdfImporterOptions Default = new();

    public PageExtractionOptions Extraction { get; init; } = PageExtractionOptions.Default;

    public TableDetectionOptions TableDetection { get; init; } = TableDetectionOptions.Default;

    /// <summary>Wall-clock budget for one document; pages after it are skipped with a warning (default 120 s).</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Largest decoded content of one page (its content streams and the form XObjects it draws), measured before
    /// PdfPig parses the page; a larger page is skipped with a warning (default 2 MiB; the corpus's largest page holds
    /// under 512 KiB). Parsing time and memory grow with this size, so it bounds both per page.
    /// </summary>
    public long MaxPageContentBytes { get; init; } = 2L * 1024 * 1024;
}
