using Gongkai.Core.Documents;

namespace Gongkai.Core.Import;

/// <summary>
/// A format reader plug-in (text, PDF, DOCX, XLSX, HTML). It never throws for bad input: a file it cannot read
/// yields a result with no document and a diagnostic saying why (in Chinese), naming the file and the place.
/// </summary>
public interface IDocumentImporter
{
    /// <summary>Stable format id ("text", "pdf", …).</summary>
    string FormatId { get; }

    /// <summary>True when this importer reads the source (by sniffing the leading bytes, and the name as a hint).</summary>
    bool CanImport(string fileName, ReadOnlySpan<byte> head);

    /// <summary>Reads the source into a raw document.</summary>
    RawImportResult Import(string source, Stream content, ImportOptions options, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of reading: a raw document, or null with diagnostics that say why.</summary>
public sealed record RawImportResult(RawDocument? Document, IReadOnlyList<ImportDiagnostic> Diagnostics);

/// <summary>Limits and switches for importers.</summary>
public sealed record ImportOptions
{
    public static readonly ImportOptions Default = new();

    /// <summary>Largest input accepted, in bytes (default 64 MiB).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest number of pages read from a paged document.</summary>
    public int MaxPages { get; init; } = 1000;
}
