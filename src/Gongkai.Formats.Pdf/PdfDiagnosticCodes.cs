namespace Gongkai.Formats.Pdf;

/// <summary>Stable diagnostic codes of the PDF importer.</summary>
public static class PdfDiagnosticCodes
{
    /// <summary>Encrypted and not readable without a password.</summary>
    public const string Encrypted = "PDF-ENCRYPTED";

    /// <summary>No text layer at all (a scan), or a page without one.</summary>
    public const string NoText = "PDF-NO-TEXT";

    /// <summary>Not a readable PDF (truncated, damaged), or a page that could not be read.</summary>
    public const string Corrupt = "PDF-CORRUPT";

    /// <summary>More pages than <see cref="Gongkai.Core.Import.ImportOptions.MaxPages"/>; only the first were read.</summary>
    public const string PageLimit = "PDF-PAGE-LIMIT";

    /// <summary>Larger than <see cref="Gongkai.Core.Import.ImportOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "PDF-TOO-LARGE";

    /// <summary>The time budget ran out; later pages were skipped.</summary>
    public const string TimeLimit = "PDF-TIME-LIMIT";

    /// <summary>Table analysis failed on a page; its text was kept as plain lines.</summary>
    public const string LayoutFailed = "PDF-LAYOUT-FAILED";

    /// <summary>A page held more glyphs or lines than the limits; the excess was dropped.</summary>
    public const string ContentLimit = "PDF-CONTENT-LIMIT";

    /// <summary>A page whose decoded content exceeds <see cref="PdfImporterOptions.MaxPageContentBytes"/> was skipped.</summary>
    public const string PageTooLarge = "PDF-PAGE-TOO-LARGE";
}
