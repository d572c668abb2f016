using System.Globalization;
using System.Text;

namespace Gongkai.Store.Sql;

internal sealed partial class SqlDocumentStore
{
    /// <summary>The WHERE clause (over documents d) of a search, and its parameters.</summary>
    private (string Where, List<(string Name, object? Value)> Parameters) Filter(SearchQuery query)
    {
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var tokens = SearchTokens.Tokenize(text);
            if (tokens.Count == 0 || SearchTokens.IsSingleHan(text))
            {
                // Nothing the index can serve (one Chinese character, or only punctuation): substring of entity or title.
                where.Append(@" AND (d.entity LIKE @tl ESCAPE '\' OR d.title LIKE @tl ESCAPE '\')");
                parameters.Add(("@tl", "%" + Db.EscapeLike(text) + "%"));
            }
            else
            {
                where.Append(" AND d.id IN (").Append(_dialect.MatchingDocumentsSql).Append(')');
                parameters.Add(("@fts", _dialect.PhraseParameter(tokens)));
            }
        }
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            where.Append(@" AND d.entity LIKE @entity ESCAPE '\'");
            parameters.Add(("@entity", "%" + Db.EscapeLike(query.Entity.Trim()) + "%"));
        }
        AddCommonFilters(where, parameters, query.Region, query.Year, query.Kind, query.Level);
        if (!string.IsNullOrWhiteSpace(query.Code))
        {
            var code = query.Code.Trim();
            where.Append(" AND d.id IN (SELECT r.document_id FROM table_rows r WHERE r.code >= @codeLo AND r.code < @codeHi)");
            parameters.Add(("@codeLo", code));
            parameters.Add(("@codeHi", code + "~"));
        }
        return (where.ToString(), parameters);
    }

    private static void AddCommonFilters(StringBuilder where, List<(string, object?)> parameters, string? region, int? year,
        Core.Documents.DocumentKind? kind, Core.Documents.DocumentLevel? level)
    {
        if (!string.IsNullOrWhiteSpace(region))
        {
            where.Append(@" AND d.region LIKE @region ESCAPE '\'");
            parameters.Add(("@region", Db.EscapeLike(region.Trim()) + "%"));
        }
        if (year is not null)
        {
            where.Append(" AND d.year = @year");
            parameters.Add(("@year", year.Value));
        }
        if (kind is not null)
        {
            where.Append(" AND d.kind = @kind");
            parameters.Add(("@kind", StoreNames.Kind(kind)));
        }
        if (level is not null)
        {
            where.Append(" AND d.level = @level");
            parameters.Add(("@level", StoreNames.Level(level)));
        }
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, SearchQuery.MaxPageSize);
        var (where, parameters) = Filter(query);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One pass over the matches (the full-text condition is evaluated once): their order keys and facet fields.
        // Count, facets and the page are taken from it; then the page's summaries are read by id.
        var matches = new List<(long Id, string Region, string Year, string Kind)>();
        await using (var cmd = Db.Command(connection, null,
            $"SELECT d.id, d.region, d.year, d.kind FROM documents d WHERE {where} ORDER BY d.year DESC NULLS LAST, d.id DESC", [.. parameters]))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                matches.Add((Db.Long(r, 0), Db.String(r, 1) ?? "", Db.Int(r, 2)?.ToString(CultureInfo.InvariantCulture) ?? "", Db.String(r, 3) ?? ""));
            }
        }
        var pageIds = matches.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize)).Take(pageSize).Select(m => m.Id).ToList();
        var items = new List<DocumentSummary>();
        if (pageIds.Count > 0)
        {
            var names = pageIds.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            await using var cmd = Db.Command(connection, null, $"SELECT {SummaryColumns} FROM documents d WHERE d.id IN ({string.Join(", ", names)})",
                [.. names.Zip(pageIds, (n, id) => (n, (object?)id))]);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var byId = new Dictionary<long, DocumentSummary>();
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var summary = ReadSummary(r);
                byId[summary.Id] = summary;
            }
            items.AddRange(pageIds.Where(byId.ContainsKey).Select(id => byId[id]));
        }
        static List<FacetCount> Facet(IEnumerable<string> values) =>
            values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetCount(g.Key, g.Count())).ToList();
        return new SearchResult
        {
            Items = items,
            Total = matches.Count,
            Page = page,
            PageSize = pageSize,
            Regions = [.. Facet(matches.Select(m => m.Region)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
            Years = [.. Facet(matches.Select(m => m.Year)).OrderByDescending(f => f.Value.Length).ThenByDescending(f => f.Value, StringComparer.Ordinal)],
            Kinds = [.. Facet(matches.Select(m => m.Kind)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
        };
    }
}
