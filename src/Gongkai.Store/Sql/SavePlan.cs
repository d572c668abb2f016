using System.Data.Common;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;

namespace Gongkai.Store.Sql;

/// <summary>The rows one document writes, prepared outside the transaction so that the write lock is held briefly.</summary>
internal sealed class SavePlan
{
    private readonly List<object?[]> _tables = [];
    private readonly List<object?[]> _columns = [];
    private readonly List<object?[]> _rows = [];
    private readonly List<object?[]> _cells = [];
    private readonly List<object?[]> _sections = [];
    private readonly List<object?[]> _claims = [];
    private readonly List<object?[]> _findings = [];
    private readonly List<object?[]> _diagnostics = [];
    private readonly List<List<string>> _chunks = [];

    // Column 0 of every row is the document id, filled in at write time.
    public static SavePlan Build(SqlDialect dialect, DisclosureDocument document, IReadOnlyList<Finding> findings)
    {
        var plan = new SavePlan();
        var tokens = new List<string>();
        SearchTokens.AddTokens(document.Info.Entity, tokens);
        SearchTokens.AddTokens(document.Info.Title, tokens);
        for (var t = 0; t < document.Tables.Count; t++)
        {
            var table = document.Tables[t];
            plan._tables.Add([null, t, table.Id?.Value, table.Title, table.PrintedNumber, table.Page, table.Line,
                StoreNames.Unit(table.AmountUnit), table.IsEmpty ? 1 : 0, table.EmptyNote]);
            SearchTokens.AddTokens(table.Title, tokens);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                plan._columns.Add([null, t, c, column.Header, column.Key?.Value, StoreNames.Side(column.Side)]);
            }
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                plan._rows.Add([null, t, r, row.Code, row.Name, StoreNames.RowKind(row.Kind), row.Key, StoreNames.Side(row.Side),
                    row.GovernmentEconomicCode, row.GovernmentEconomicName, row.ProjectName, row.Quote, row.Page, row.Line, row.Remark, row.CodeFromName ? 1 : 0]);
                SearchTokens.AddTokens(row.Code, tokens);
                SearchTokens.AddTokens(row.Name, tokens);
                SearchTokens.AddTokens(row.ProjectName, tokens);
                for (var c = 0; c < row.Values.Count; c++)
                {
                    var value = row.Values[c];
                    if (value.Value is { } v) plan._cells.Add([null, t, r, c, Db.DecimalValue(dialect, v), value.Decimals]);
                }
            }
        }
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            plan._sections.Add([null, s, section.Heading, section.Level, section.Text, section.Page, section.Line]);
            SearchTokens.AddTokens(section.Heading, tokens);
            SearchTokens.AddTokens(section.Text, tokens);
        }
        for (var c = 0; c < document.Claims.Count; c++)
        {
            var claim = document.Claims[c];
            plan._claims.Add([null, c, claim.Section, claim.Quote, claim.Subject, claim.SubjectCode, Db.DecimalValue(dialect, claim.Amount),
                claim.Unit is { } u ? StoreNames.Unit(u) : null, Db.DecimalValue(dialect, claim.SharePercent), Db.DecimalValue(dialect, claim.Change),
                Db.DecimalValue(dialect, claim.ChangePercent), claim.Line, SqlDocumentStore.WriteClaim(claim)]);
        }
        for (var f = 0; f < findings.Count; f++)
        {
            var finding = findings[f];
            plan._findings.Add([null, f, finding.RuleId, StoreNames.Severity(finding.Severity), StoreNames.Category(finding.Category),
                finding.Message, finding.Table, finding.Row, finding.Column, finding.Page, finding.Line, finding.Quote,
                Db.DecimalValue(dialect, finding.Actual), Db.DecimalValue(dialect, finding.Expected)]);
        }
        for (var d = 0; d < document.Diagnostics.Count; d++)
        {
            var diagnostic = document.Diagnostics[d];
            plan._diagnostics.Add([null, d, diagnostic.Code, StoreNames.Severity(diagnostic.Severity), diagnostic.Message,
                diagnostic.Page, diagnostic.Line, diagnostic.Table]);
        }
        for (var start = 0; start < tokens.Count; start += dialect.ChunkTokens)
        {
            plan._chunks.Add(tokens.GetRange(start, Math.Min(dialect.ChunkTokens, tokens.Count - start)));
        }
        return plan;
    }

    public async Task WriteAsync(SqlDialect dialect, DbConnection connection, DbTransaction tx, long documentId, CancellationToken cancellationToken)
    {
        await Insert("doc_tables", ["document_id", "ordinal", "table_id", "title", "printed_number", "page", "line", "unit", "is_empty", "empty_note"], _tables).ConfigureAwait(false);
        await Insert("table_columns", ["document_id", "table_ordinal", "ordinal", "header", "column_key", "side"], _columns).ConfigureAwait(false);
        await Insert("table_rows", ["document_id", "table_ordinal", "ordinal", "code", "name", "kind", "row_key", "side", "gov_economic_code",
            "gov_economic_name", "project_name", "quote", "page", "line", "remark", "code_from_name"], _rows).ConfigureAwait(false);
        await Insert("cells", ["document_id", "table_ordinal", "row_ordinal", "column_ordinal", "value", "decimals"], _cells).ConfigureAwait(false);
        await Insert("sections", ["document_id", "ordinal", "heading", "level", "body", "page", "line"], _sections).ConfigureAwait(false);
        await Insert("claims", ["document_id", "ordinal", "section", "quote", "subject", "subject_code", "amount", "unit", "share_percent",
            "amount_change", "change_percent", "line", "claim_json"], _claims).ConfigureAwait(false);
        await Insert("findings", ["document_id", "ordinal", "rule_id", "severity", "category", "message", "table_id", "row_ref", "column_header",
            "page", "line", "quote", "actual", "expected"], _findings).ConfigureAwait(false);
        await Insert("diagnostics", ["document_id", "ordinal", "code", "severity", "message", "page", "line", "table_id"], _diagnostics).ConfigureAwait(false);
        foreach (var chunk in _chunks)
        {
            await dialect.InsertChunkAsync(connection, tx, documentId, chunk, cancellationToken).ConfigureAwait(false);
        }

        Task Insert(string table, string[] columns, List<object?[]> rows)
        {
            foreach (var row in rows) row[0] = documentId;
            return Db.InsertManyAsync(connection, tx, table, columns, rows, cancellationToken);
        }
    }
}
