using System.Data.Common;
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

        var total = (int)await Db.ScalarLongAsync(connection, null, $"SELECT COUNT(*) FROM documents d WHERE {where}", cancellationToken,
            [.. parameters]).ConfigureAwait(false);
        var items = new List<DocumentSummary>();
        await using (var cmd = Db.Command(connection, null,
            $"SELECT {SummaryColumns} FROM documents d WHERE {where} ORDER BY d.year DESC NULLS LAST, d.id DESC LIMIT @limit OFFSET @offset",
            [.. parameters, ("@limit", pageSize), ("@offset", (long)(page - 1) * pageSize)]))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) items.Add(ReadSummary(r));
        }
        var regions = await FacetAsync(connection, "COALESCE(d.region, '')", where, parameters, cancellationToken).ConfigureAwait(false);
        var years = await FacetAsync(connection, "d.year", where, parameters, cancellationToken).ConfigureAwait(false);
        var kinds = await FacetAsync(connection, "COALESCE(d.kind, '')", where, parameters, cancellationToken).ConfigureAwait(false);
        return new SearchResult
        {
            Items = items,
            Total = total,
            Page = page,
            PageSize = pageSize,
            Regions = [.. regions.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
            Years = [.. years.OrderByDescending(f => f.Value.Length).ThenByDescending(f => f.Value, StringComparer.Ordinal)],
            Kinds = [.. kinds.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
        };
    }

    private static async Task<List<FacetCount>> FacetAsync(DbConnection connection, string expression, string where,
        List<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var cmd = Db.Command(connection, null, $"SELECT {expression}, COUNT(*) FROM documents d WHERE {where} GROUP BY {expression}", [.. parameters]);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var facets = new List<FacetCount>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var value = r.IsDBNull(0) ? "" : Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture) ?? "";
            facets.Add(new FacetCount(value, (int)Db.Long(r, 1)));
        }
        return facets;
    }
}
