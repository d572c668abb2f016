using System.Collections.Concurrent;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Workflows;
using Gongkai.TestSupport;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>Reads each corpus PDF once per test run (the importer is pure, so results can be shared).</summary>
internal static class PdfCorpus
{
    private static readonly ConcurrentDictionary<string, Lazy<RawImportResult>> s_results = new(StringComparer.Ordinal);

    public static RawImportResult Import(string fileName) =>
        s_results.GetOrAdd(fileName, name => new Lazy<RawImportResult>(() => ImportFile(Corpus.Pdf(name)))).Value;

    public static RawDocument Document(string fileName) =>
        Import(fileName).Document ?? throw new InvalidOperationException($"{fileName} was not read.");

    public static RawImportResult ImportFile(string path, ImportOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return new PdfImporter().Import(path, stream, options ?? ImportOptions.Default);
    }

    public static RawImportResult ImportBytes(string name, byte[] bytes, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return new PdfImporter().Import(name, stream, options ?? ImportOptions.Default);
    }

    /// <summary>The document as <c>gongkai check</c> reads it before the rules: recognised, codes filled from names, enriched.</summary>
    public static DisclosureDocument Checked(string fileName) => DocumentExtraction.Enrich(
        CodesFromNames.Apply(new DefaultDocumentRecognizer().Recognize(Document(fileName)), EmbeddedCatalogueProvider.Default));

    public static IReadOnlyList<RawTable> Tables(string fileName) => Document(fileName).Blocks.OfType<RawTable>().ToList();
}
