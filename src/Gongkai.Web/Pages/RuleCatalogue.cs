using System.Collections.Concurrent;
using Gongkai.Core.Rules;
using Gongkai.Store;

namespace Gongkai.Web.Pages;

/// <summary>
/// 检查规则目录: every built-in rule (id, Chinese title, severity, category), what it checks (from docs/rules.md) and an
/// example — a real finding of the rule from a stored document (or a file checked by this server), with its link.
/// </summary>
public sealed class RuleCatalogue
{
    private const int DocumentsScanned = 60;
    private readonly ConcurrentDictionary<string, RuleExample> _examples = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, string>> _descriptions = new(LoadDescriptions);
    private int _scanned;

    /// <summary>A finding that shows the rule at work, and where it comes from.</summary>
    public sealed record RuleExample(Finding Finding, long? DocumentId, string Source);

    /// <summary>One entry of the catalogue.</summary>
    public sealed record Entry(IRule Rule, string? Checks, RuleExample? Example);

    /// <summary>Remembers <paramref name="findings"/> as examples of their rules (the first one seen per rule is kept).</summary>
    public void Observe(IEnumerable<Finding> findings, long? documentId, string source)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var f in findings) _examples.TryAdd(f.RuleId, new RuleExample(f, documentId, source));
    }

    /// <summary>The catalogue in <see cref="BuiltInRules.All"/> order; on first use, examples are read from stored documents.</summary>
    public async Task<IReadOnlyList<Entry>> GetEntriesAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Interlocked.Exchange(ref _scanned, 1) == 0)
        {
            var page = await store.SearchAsync(new SearchQuery { PageSize = DocumentsScanned }, cancellationToken).ConfigureAwait(false);
            foreach (var summary in page.Items)
            {
                var stored = await store.GetDocumentAsync(summary.Id, cancellationToken).ConfigureAwait(false);
                if (stored is not null) Observe(stored.Findings, summary.Id, summary.Title ?? summary.FileName);
            }
        }
        return BuiltInRules.All
            .Select(r => new Entry(r, _descriptions.Value.GetValueOrDefault(r.Id), _examples.GetValueOrDefault(r.Id)))
            .ToList();
    }

    /// <summary>The "Checks" column of the rule tables of docs/rules.md, by rule id.</summary>
    internal static IReadOnlyDictionary<string, string> LoadDescriptions()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(RuleCatalogue).Assembly.GetManifestResourceStream("docs/rules.md");
        if (stream is null) return result;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith("| ", StringComparison.Ordinal)) continue;
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            // | Id | Class | Severity | Checks |  → cells: "", id, class (…Rule), severity, checks, ""
            if (cells.Length < 6 || !cells[2].Contains("Rule", StringComparison.Ordinal)) continue;
            result.TryAdd(cells[1], cells[4].Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal));
        }
        return result;
    }
}
