using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Tables;
using Gongkai.Formats.Text;
using Gongkai.TestSupport;

namespace Gongkai.Formats.Tests.Text;

/// <summary>Reads corpus seeds (and generated variants) through the text importer and the default recogniser.</summary>
internal static class SeedDocuments
{
    private static readonly Dictionary<string, DisclosureDocument> s_cache = [];
    private static readonly Lock s_lock = new();

    public static DisclosureDocument Read(string seed)
    {
        lock (s_lock)
        {
            if (!s_cache.TryGetValue(seed, out var document))
            {
                document = ReadFile(Corpus.Seed(seed));
                s_cache[seed] = document;
            }
            return document;
        }
    }

    public static DisclosureDocument ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadStream(path, stream);
    }

    public static DisclosureDocument ReadStream(string source, Stream stream)
    {
        var result = new TextImporter().Import(source, stream, ImportOptions.Default);
        Assert.NotNull(result.Document);
        return new DefaultDocumentRecognizer().Recognize(result.Document);
    }

    /// <summary>"code|kind|name|v1|v2|…" for cell-by-cell comparison.</summary>
    public static string Format(TableRow row) =>
        string.Join("|", new[] { row.Code ?? "", row.Kind.ToString(), row.Name }.Concat(row.Values.Select(v => v.ToString())));

    public static IReadOnlyList<string> Ids(DisclosureDocument document) =>
        document.Tables.Select(t => t.Id?.Value ?? "?").ToList();
}
