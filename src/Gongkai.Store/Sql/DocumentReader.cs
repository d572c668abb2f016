using System.Data.Common;
using System.Text.Json;
using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;

namespace Gongkai.Store.Sql;

/// <summary>Reads a stored document back into the canonical model, in one batch of queries.</summary>
internal static class DocumentReader
{
    private const string Batch =
        $"""
        SELECT {SqlDocumentStore.SummaryColumns}, d.title_composed, d.tables_published_separately, d.info_json FROM documents d WHERE d.id = @id;
        SELECT ordinal, table_id, title, printed_number, page, line, unit, is_empty, empty_note FROM doc_tables WHERE document_id = @id ORDER BY ordinal;
        SELECT table_ordinal, ordinal, header, column_key, side FROM table_columns WHERE document_id = @id ORDER BY table_ordinal, ordinal;
        SELECT table_ordinal, ordinal, code, name, kind, row_key, side, gov_economic_code, gov_economic_name, project_name, quote, page, line, remark, code_from_name
            FROM table_rows WHERE document_id = @id ORDER BY table_ordinal, ordinal;
        SELECT table_ordinal, row_ordinal, column_ordinal, value, decimals FROM cells WHERE document_id = @id;
        SELECT heading, level, body, page, line FROM sections WHERE document_id = @id ORDER BY ordinal;
        SELECT claim_json FROM claims WHERE document_id = @id ORDER BY ordinal;
        SELECT rule_id, severity, category, message, table_id, row_ref, column_header, page, line, quote, actual, expected
            FROM findings WHERE document_id = @id ORDER BY ordinal;
        SELECT code, severity, message, page, line, table_id FROM diagnostics WHERE document_id = @id ORDER BY ordinal;
        """;

    private sealed class TableParts
    {
        public required DisclosureTable Head { get; init; }
        public List<TableColumn> Columns { get; } = [];
        public List<TableRow> Rows { get; } = [];
        public List<CellValue[]> Values { get; } = [];
    }

    public static async Task<StoredDocument?> ReadAsync(DbConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var cmd = Db.Command(connection, null, Batch, ("@id", id));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        var summary = SqlDocumentStore.ReadSummary(r);
        var titleComposed = Db.Int(r, 19) == 1;
        var separately = Db.Int(r, 20) == 1;
        var extra = JsonSerializer.Deserialize<SqlDocumentStore.InfoExtra>(r.GetString(21), SqlDocumentStore.Json)
            ?? new SqlDocumentStore.InfoExtra([], [], []);

        var tables = new List<TableParts>();
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tables.Add(new TableParts
            {
                Head = new DisclosureTable
                {
                    Id = SqlDocumentStore.TableIdOf(Db.String(r, 1)),
                    Title = r.GetString(2),
                    PrintedNumber = Db.String(r, 3),
                    Page = Db.Int(r, 4),
                    Line = Db.Int(r, 5),
                    AmountUnit = StoreNames.ParseUnit(r.GetString(6)),
                    IsEmpty = Db.Int(r, 7) == 1,
                    EmptyNote = Db.String(r, 8),
                    Columns = [],
                    Rows = [],
                },
            });
        }
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = Db.String(r, 3);
            tables[Db.Int(r, 0)!.Value].Columns.Add(new TableColumn(r.GetString(2), key is null ? null : new ColumnKey(key), StoreNames.ParseSide(r.GetString(4))));
        }
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var t = tables[Db.Int(r, 0)!.Value];
            t.Rows.Add(new TableRow
            {
                Code = Db.String(r, 2),
                Name = r.GetString(3),
                Kind = StoreNames.ParseRowKind(r.GetString(4)),
                Key = Db.String(r, 5),
                Side = StoreNames.ParseSide(r.GetString(6)),
                GovernmentEconomicCode = Db.String(r, 7),
                GovernmentEconomicName = Db.String(r, 8),
                ProjectName = Db.String(r, 9),
                Quote = r.GetString(10),
                Page = Db.Int(r, 11),
                Line = Db.Int(r, 12),
                Remark = Db.String(r, 13),
                CodeFromName = Db.Int(r, 14) == 1,
                Values = [],
            });
            var values = new CellValue[t.Columns.Count];
            Array.Fill(values, CellValue.Blank);
            t.Values.Add(values);
        }
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var t = tables[Db.Int(r, 0)!.Value];
            var row = Db.Int(r, 1)!.Value;
            var column = Db.Int(r, 2)!.Value;
            if (row < t.Values.Count && column < t.Values[row].Length)
            {
                t.Values[row][column] = new CellValue(Db.Decimal(r, 3), Db.Int(r, 4) ?? 0);
            }
        }
        var sections = new List<NarrativeSection>();
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sections.Add(new NarrativeSection { Heading = r.GetString(0), Level = Db.Int(r, 1) ?? 1, Text = r.GetString(2), Page = Db.Int(r, 3), Line = Db.Int(r, 4) });
        }
        var claims = new List<Claim>();
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (SqlDocumentStore.ReadClaim(r.GetString(0)) is { } claim) claims.Add(claim);
        }
        var findings = new List<Finding>();
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) findings.Add(SqlDocumentStore.ReadFinding(r, 0));
        var diagnostics = new List<ImportDiagnostic>();
        await r.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            diagnostics.Add(new ImportDiagnostic(r.GetString(0), StoreNames.ParseSeverity(r.GetString(1)), r.GetString(2))
            {
                Page = Db.Int(r, 3),
                Line = Db.Int(r, 4),
                Table = Db.String(r, 5),
            });
        }

        var document = new DisclosureDocument
        {
            Source = summary.FileName,
            Format = summary.Format,
            Info = new DocumentInfo
            {
                Title = summary.Title,
                TitleComposed = titleComposed,
                Entity = summary.Entity,
                EntityCode = summary.EntityCode,
                Level = summary.Level,
                Year = summary.Year,
                Kind = summary.Kind,
                TemplateId = summary.TemplateId,
                TablesPublishedSeparately = separately,
                SeparatelyPublishedTables = extra.SeparatelyPublishedTables,
                SeparatelyPublishedTableIds = extra.SeparatelyPublishedTableIds.Select(t => new TableId(t)).ToList(),
                SubUnits = extra.SubUnits,
            },
            Tables = tables.Select(t => t.Head with
            {
                Columns = t.Columns,
                Rows = t.Rows.Select((row, i) => row with { Values = t.Values[i] }).ToList(),
            }).ToList(),
            Sections = sections,
            Claims = claims,
            Diagnostics = diagnostics,
        };
        return new StoredDocument { Summary = summary, Document = document, Findings = findings };
    }
}
