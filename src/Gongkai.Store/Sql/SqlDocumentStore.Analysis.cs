using System.Globalization;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;
using Gongkai.Core.Tables;

namespace Gongkai.Store.Sql;

internal sealed partial class SqlDocumentStore
{
    // One figure of a canonical table: which document, table, row and column, and the value in the table's unit.
    private sealed record Figure(long DocumentId, string TableId, int TableOrdinal, AmountUnit Unit, RowKind RowKind, string? Code,
        string Name, int RowOrdinal, string? ColumnKey, string Header, int ColumnOrdinal, decimal Value);

    private const string FigureSelect =
        """
        SELECT t.document_id, t.table_id, t.ordinal, t.unit, r.kind, r.code, r.name, r.ordinal, col.column_key, col.header, c.column_ordinal, c.value
        FROM doc_tables t
        JOIN table_rows r ON r.document_id = t.document_id AND r.table_ordinal = t.ordinal
        JOIN cells c ON c.document_id = r.document_id AND c.table_ordinal = r.table_ordinal AND c.row_ordinal = r.ordinal
        JOIN table_columns col ON col.document_id = c.document_id AND col.table_ordinal = c.table_ordinal AND col.ordinal = c.column_ordinal
        """;

    private static Figure ReadFigure(System.Data.Common.DbDataReader r) => new(
        Db.Long(r, 0), r.GetString(1), Db.Int(r, 2) ?? 0, StoreNames.ParseUnit(r.GetString(3)), StoreNames.ParseRowKind(r.GetString(4)),
        Db.String(r, 5), r.GetString(6), Db.Int(r, 7) ?? 0, Db.String(r, 8), r.GetString(9), Db.Int(r, 10) ?? 0, Db.Decimal(r, 11) ?? 0m);

    private static decimal ToWan(decimal value, AmountUnit unit) => AmountUnitExtensions.Convert(value, unit, AmountUnit.WanYuan);

    public async Task<EntityHistory> GetEntityHistoryAsync(string entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<DocumentSummary>();
        await using (var cmd = Db.Command(connection, null, $"SELECT {SummaryColumns} FROM documents d WHERE d.entity = @e ORDER BY d.year, d.kind, d.id", ("@e", entity)))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) documents.Add(ReadSummary(r));
        }
        var figures = new List<Figure>();
        await using (var cmd = Db.Command(connection, null,
            FigureSelect + """
             WHERE t.document_id IN (SELECT id FROM documents WHERE entity = @e) AND t.table_id IN ('B03', 'F03', 'B07', 'F07')
               AND (r.kind IN ('Total', 'Class') OR t.table_id IN ('B07', 'F07'))
            """, ("@e", entity)))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) figures.Add(ReadFigure(r));
        }
        var officeClaims = new Dictionary<long, decimal>();
        await using (var cmd = Db.Command(connection, null,
            "SELECT c.document_id, c.claim_json FROM claims c WHERE c.subject = @s AND c.document_id IN (SELECT id FROM documents WHERE entity = @e) ORDER BY c.document_id, c.ordinal",
            ("@s", ClaimSubjects.OfficeOperation), ("@e", entity)))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = Db.Long(r, 0);
                if (officeClaims.ContainsKey(id) || ReadClaim(r.GetString(1)) is not { Amount: { } amount, Unit: { } unit } claim || claim.Scope is not null) continue;
                officeClaims[id] = ToWan(amount, unit);
            }
        }

        var byDocument = figures.ToLookup(f => f.DocumentId);
        var years = new List<EntityYear>();
        foreach (var d in documents)
        {
            var docFigures = byDocument[d.Id].ToList();
            var expenditure = FirstTable(docFigures, "B03", "F03");
            var threePublic = FirstTable(docFigures, "B07", "F07");
            var totalRow = expenditure.Where(f => f.RowKind == RowKind.Total).Select(f => f.RowOrdinal).DefaultIfEmpty(-1).Min();
            decimal? Column(IEnumerable<Figure> rows, ColumnKey key) =>
                rows.Where(f => f.ColumnKey == key.Value).OrderBy(f => f.ColumnOrdinal).Select(f => (decimal?)ToWan(f.Value, f.Unit)).FirstOrDefault();
            decimal? SumOfClasses(ColumnKey key)
            {
                var values = expenditure.Where(f => f.RowKind == RowKind.Class && f.ColumnKey == key.Value).ToList();
                return values.Count == 0 ? null : values.GroupBy(f => f.RowOrdinal).Sum(g => ToWan(g.OrderBy(f => f.ColumnOrdinal).First().Value, g.First().Unit));
            }
            var totals = expenditure.Where(f => f.RowOrdinal == totalRow).ToList();
            var byClass = expenditure
                .Where(f => f.RowKind == RowKind.Class && f.Code is not null && f.ColumnKey == ColumnKey.Total.Value)
                .GroupBy(f => f.RowOrdinal).Select(g => g.OrderBy(f => f.ColumnOrdinal).First())
                .GroupBy(f => f.Code!)
                .Select(g => new CodeAmount(g.Key, g.First().Name, g.Sum(f => ToWan(f.Value, f.Unit))))
                .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
            var threeRow = threePublic.Count == 0 ? -1
                : threePublic.Where(f => f.RowKind == RowKind.Total).Select(f => f.RowOrdinal).DefaultIfEmpty(threePublic.Min(f => f.RowOrdinal)).Min();
            var three = threePublic.Where(f => f.RowOrdinal == threeRow).ToList();
            var office = three.Where(f => f.Header.Contains("机关运行经费", StringComparison.Ordinal))
                .Select(f => (decimal?)ToWan(f.Value, f.Unit)).FirstOrDefault();
            years.Add(new EntityYear
            {
                DocumentId = d.Id,
                Year = d.Year,
                Kind = d.Kind,
                Level = d.Level,
                Unit = AmountUnit.WanYuan,
                Total = totalRow >= 0 ? Column(totals, ColumnKey.Total) : SumOfClasses(ColumnKey.Total),
                Basic = totalRow >= 0 ? Column(totals, ColumnKey.Basic) : SumOfClasses(ColumnKey.Basic),
                Project = totalRow >= 0 ? Column(totals, ColumnKey.Project) : SumOfClasses(ColumnKey.Project),
                ByClass = byClass,
                ThreePublicTotal = Column(three, ColumnKey.Total),
                Abroad = Column(three, ColumnKey.Abroad),
                VehiclePurchase = Column(three, ColumnKey.VehiclePurchase),
                VehicleOperation = Column(three, ColumnKey.VehicleOperation),
                Reception = Column(three, ColumnKey.Reception),
                OfficeOperation = office ?? (officeClaims.TryGetValue(d.Id, out var claimed) ? claimed : null),
                ErrorCount = d.ErrorCount,
                WarningCount = d.WarningCount,
                TableCount = d.TableCount,
            });
        }
        return new EntityHistory(entity, years);
    }

    // The figures of the first table (lowest ordinal) with either id.
    private static List<Figure> FirstTable(List<Figure> figures, string budgetId, string finalId)
    {
        var tables = figures.Where(f => f.TableId == budgetId || f.TableId == finalId).ToList();
        if (tables.Count == 0) return tables;
        var first = tables.Min(f => f.TableOrdinal);
        return tables.Where(f => f.TableOrdinal == first).ToList();
    }

    public async Task<IReadOnlyList<AggregateRow>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(" WHERE col.column_key = @column");
        var parameters = new List<(string, object?)> { ("@column", query.Column.Value) };
        if (query.Table is { } table)
        {
            where.Append(" AND t.table_id = @table");
            parameters.Add(("@table", table.Value));
        }
        else
        {
            where.Append(" AND ((d.kind = 'budget' AND t.table_id = 'B03') OR (d.kind = 'final' AND t.table_id = 'F03'))");
        }
        if (string.IsNullOrWhiteSpace(query.Code))
        {
            where.Append(" AND r.kind = 'Total'");
        }
        else
        {
            var code = query.Code.Trim();
            where.Append(" AND r.code >= @codeLo AND r.code < @codeHi AND LENGTH(r.code) = @codeLength");
            parameters.Add(("@codeLo", code));
            parameters.Add(("@codeHi", code + "~"));
            parameters.Add(("@codeLength", query.CodeLength ?? code.Length));
        }
        AddCommonFilters(where, parameters, query.Region, query.Year, query.Kind, query.Level);
        // Drive the join from the selective index: classification codes (table_rows.code) when a code is given, else the
        // canonical table ids (doc_tables.table_id). CROSS JOIN fixes SQLite's join order; PostgreSQL plans it freely.
        const string joins =
            """
             AND r.document_id = t.document_id AND r.table_ordinal = t.ordinal AND d.id = t.document_id
             AND col.document_id = r.document_id AND col.table_ordinal = r.table_ordinal
             AND c.document_id = r.document_id AND c.table_ordinal = r.table_ordinal AND c.row_ordinal = r.ordinal AND c.column_ordinal = col.ordinal
            """;
        var from = string.IsNullOrWhiteSpace(query.Code)
            ? "doc_tables t CROSS JOIN table_rows r CROSS JOIN documents d CROSS JOIN table_columns col CROSS JOIN cells c"
            : "table_rows r CROSS JOIN doc_tables t CROSS JOIN documents d CROSS JOIN table_columns col CROSS JOIN cells c";
        var sql = "SELECT t.document_id, t.ordinal, t.unit, r.kind, r.code, r.name, r.ordinal, col.ordinal, c.value, d.year, d.region, d.entity FROM "
            + from + where + joins;

        // (document → first table ordinal) and per (document, table, row) the first column with the key.
        var rows = new List<(long Doc, int Table, AmountUnit Unit, string Kind, string? Code, string Name, int Row, int Column, decimal Value, int? Year, string? Region, string? Entity)>();
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var cmd = Db.Command(connection, null, sql, [.. parameters]))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((Db.Long(r, 0), Db.Int(r, 1) ?? 0, StoreNames.ParseUnit(r.GetString(2)), r.GetString(3), Db.String(r, 4), r.GetString(5),
                    Db.Int(r, 6) ?? 0, Db.Int(r, 7) ?? 0, Db.Decimal(r, 8) ?? 0m, Db.Int(r, 9), Db.String(r, 10), Db.String(r, 11)));
            }
        }
        var firstTable = rows.GroupBy(x => x.Doc).ToDictionary(g => g.Key, g => g.Min(x => x.Table));
        var picked = rows.Where(x => x.Table == firstTable[x.Doc])
            .GroupBy(x => (x.Doc, x.Row)).Select(g => g.OrderBy(x => x.Column).First())
            .ToList();
        if (string.IsNullOrWhiteSpace(query.Code))
        {
            // One 合计 per document (the first).
            picked = picked.GroupBy(x => x.Doc).Select(g => g.OrderBy(x => x.Row).First()).ToList();
        }
        string KeyOf((long Doc, int Table, AmountUnit Unit, string Kind, string? Code, string Name, int Row, int Column, decimal Value, int? Year, string? Region, string? Entity) x) =>
            query.GroupBy switch
            {
                AggregateGroup.Year => x.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
                AggregateGroup.Region => x.Region ?? "",
                AggregateGroup.Code => x.Code ?? "",
                _ => x.Entity ?? "",
            };
        return picked.GroupBy(KeyOf)
            .Select(g => new AggregateRow(
                g.Key,
                query.GroupBy == AggregateGroup.Code ? g.GroupBy(x => x.Name).OrderByDescending(n => n.Count()).First().Key : null,
                g.Sum(x => AmountUnitExtensions.Convert(x.Value, x.Unit, query.Unit)),
                g.Select(x => x.Doc).Distinct().Count()))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<DocumentComparison?> CompareAsync(long leftId, long rightId, CancellationToken cancellationToken = default)
    {
        var left = await GetDocumentAsync(leftId, cancellationToken).ConfigureAwait(false);
        var right = await GetDocumentAsync(rightId, cancellationToken).ConfigureAwait(false);
        return left is null || right is null ? null : DocumentComparer.Compare(left, right);
    }
}
