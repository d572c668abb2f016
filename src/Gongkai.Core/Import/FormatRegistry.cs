namespace Gongkai.Core.Import;

/// <summary>An immutable, thread-safe set of importers. Built once by the host from each format's <c>UseXxx()</c>.</summary>
public sealed class FormatRegistry
{
    private readonly IReadOnlyList<IDocumentImporter> _importers;

    private FormatRegistry(IReadOnlyList<IDocumentImporter> importers) => _importers = importers;

    public IReadOnlyList<IDocumentImporter> Importers => _importers;

    /// <summary>The first importer that accepts the source, or null.</summary>
    public IDocumentImporter? Find(string fileName, ReadOnlySpan<byte> head)
    {
        foreach (var importer in _importers)
        {
            if (importer.CanImport(fileName, head)) return importer;
        }
        return null;
    }

    /// <summary>Collects importers; <see cref="Build"/> rejects duplicate format ids.</summary>
    public sealed class Builder
    {
        private readonly List<IDocumentImporter> _importers = [];

        public Builder Add(IDocumentImporter importer)
        {
            ArgumentNullException.ThrowIfNull(importer);
            _importers.Add(importer);
            return this;
        }

        public FormatRegistry Build()
        {
            var duplicate = _importers.GroupBy(i => i.FormatId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new InvalidOperationException($"Duplicate importer format id '{duplicate.Key}'.");
            return new FormatRegistry([.. _importers]);
        }
    }
}
