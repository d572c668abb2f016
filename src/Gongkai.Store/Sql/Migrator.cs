using System.Data.Common;

namespace Gongkai.Store.Sql;

/// <summary>
/// The schema as ordered migrations, one list of statements per version, written once with the dialect's types
/// (so SQLite and PostgreSQL get the same tables and columns). Applied versions are recorded in schema_version;
/// each version is applied in one transaction, under a lock, so two processes opening a new store do not race.
/// </summary>
internal static class Migrator
{
    public static IReadOnlyList<IReadOnlyList<string>> Migrations(SqlDialect d) =>
    [
        // Version 1: documents, their files, tables, rows, cells, text, claims, findings, diagnostics, search, users.
        [
            $"""
            CREATE TABLE documents (
                id {d.IdColumn},
                content_hash TEXT NOT NULL UNIQUE,
                file_name TEXT NOT NULL,
                format TEXT NOT NULL,
                size_bytes BIGINT NOT NULL,
                imported_at BIGINT NOT NULL,
                title TEXT,
                title_composed INTEGER NOT NULL,
                entity TEXT,
                entity_code TEXT,
                region TEXT,
                province TEXT,
                year INTEGER,
                kind TEXT,
                level TEXT,
                template_id TEXT,
                tables_published_separately INTEGER NOT NULL,
                info_json TEXT NOT NULL,
                table_count INTEGER NOT NULL,
                error_count INTEGER NOT NULL,
                warning_count INTEGER NOT NULL,
                info_count INTEGER NOT NULL)
            """,
            "CREATE INDEX ix_documents_entity ON documents (entity, year)",
            "CREATE INDEX ix_documents_region ON documents (region)",
            "CREATE INDEX ix_documents_year ON documents (year, kind)",
            $"CREATE TABLE document_files (document_id BIGINT NOT NULL PRIMARY KEY, content {d.BlobType} NOT NULL)",
            """
            CREATE TABLE doc_tables (
                document_id BIGINT NOT NULL,
                ordinal INTEGER NOT NULL,
                table_id TEXT,
                title TEXT NOT NULL,
                printed_number TEXT,
                page INTEGER,
                line INTEGER,
                unit TEXT NOT NULL,
                is_empty INTEGER NOT NULL,
                empty_note TEXT,
                PRIMARY KEY (document_id, ordinal))
            """,
            "CREATE INDEX ix_doc_tables_table_id ON doc_tables (table_id, document_id)",
            """
            CREATE TABLE table_columns (
                document_id BIGINT NOT NULL,
                table_ordinal INTEGER NOT NULL,
                ordinal INTEGER NOT NULL,
                header TEXT NOT NULL,
                column_key TEXT,
                side TEXT NOT NULL,
                PRIMARY KEY (document_id, table_ordinal, ordinal))
            """,
            $"""
            CREATE TABLE table_rows (
                document_id BIGINT NOT NULL,
                table_ordinal INTEGER NOT NULL,
                ordinal INTEGER NOT NULL,
                code {d.CodeType},
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                row_key TEXT,
                side TEXT NOT NULL,
                gov_economic_code TEXT,
                gov_economic_name TEXT,
                project_name TEXT,
                quote TEXT NOT NULL,
                page INTEGER,
                line INTEGER,
                PRIMARY KEY (document_id, table_ordinal, ordinal))
            """,
            "CREATE INDEX ix_table_rows_code ON table_rows (code, document_id)",
            $"""
            CREATE TABLE cells (
                document_id BIGINT NOT NULL,
                table_ordinal INTEGER NOT NULL,
                row_ordinal INTEGER NOT NULL,
                column_ordinal INTEGER NOT NULL,
                value {d.DecimalType} NOT NULL,
                decimals INTEGER NOT NULL,
                PRIMARY KEY (document_id, table_ordinal, row_ordinal, column_ordinal))
            """,
            """
            CREATE TABLE sections (
                document_id BIGINT NOT NULL,
                ordinal INTEGER NOT NULL,
                heading TEXT NOT NULL,
                level INTEGER NOT NULL,
                body TEXT NOT NULL,
                page INTEGER,
                line INTEGER,
                PRIMARY KEY (document_id, ordinal))
            """,
            $"""
            CREATE TABLE claims (
                document_id BIGINT NOT NULL,
                ordinal INTEGER NOT NULL,
                section TEXT NOT NULL,
                quote TEXT NOT NULL,
                subject TEXT NOT NULL,
                subject_code TEXT,
                amount {d.DecimalType},
                unit TEXT,
                share_percent {d.DecimalType},
                amount_change {d.DecimalType},
                change_percent {d.DecimalType},
                line INTEGER,
                claim_json TEXT NOT NULL,
                PRIMARY KEY (document_id, ordinal))
            """,
            "CREATE INDEX ix_claims_subject ON claims (subject, document_id)",
            $"""
            CREATE TABLE findings (
                document_id BIGINT NOT NULL,
                ordinal INTEGER NOT NULL,
                rule_id TEXT NOT NULL,
                severity TEXT NOT NULL,
                category TEXT NOT NULL,
                message TEXT NOT NULL,
                table_id TEXT,
                row_ref TEXT,
                column_header TEXT,
                page INTEGER,
                line INTEGER,
                quote TEXT,
                actual {d.DecimalType},
                expected {d.DecimalType},
                PRIMARY KEY (document_id, ordinal))
            """,
            "CREATE INDEX ix_findings_rule ON findings (rule_id)",
            """
            CREATE TABLE diagnostics (
                document_id BIGINT NOT NULL,
                ordinal INTEGER NOT NULL,
                code TEXT NOT NULL,
                severity TEXT NOT NULL,
                message TEXT NOT NULL,
                page INTEGER,
                line INTEGER,
                table_id TEXT,
                PRIMARY KEY (document_id, ordinal))
            """,
            $"CREATE TABLE search_chunks (id {d.IdColumn}, document_id BIGINT NOT NULL)",
            "CREATE INDEX ix_search_chunks_document ON search_chunks (document_id)",
            .. d.FullTextSchema(),
            $"""
            CREATE TABLE users (
                id {d.IdColumn},
                name TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                created_at BIGINT NOT NULL)
            """,
        ],
        // Version 2: the text a row prints in a column of its own (备注, a project's 绩效目标); a code filled from the
        // catalogue by name.
        [
            "ALTER TABLE table_rows ADD COLUMN remark TEXT",
            "ALTER TABLE table_rows ADD COLUMN code_from_name INTEGER NOT NULL DEFAULT 0",
        ],
    ];

    /// <summary>Brings the database to <see cref="StoreSchema.CurrentVersion"/>; returns the version.</summary>
    public static async Task<int> MigrateAsync(SqlDialect dialect, DbConnection connection, CancellationToken cancellationToken)
    {
        var migrations = Migrations(dialect);
        if (migrations.Count != StoreSchema.CurrentVersion) throw new InvalidOperationException("Migration list and CurrentVersion disagree.");
        await Db.ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)",
            cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await dialect.LockForMigrationAsync(connection, tx, cancellationToken).ConfigureAwait(false);
            var version = (int)await Db.ScalarLongAsync(connection, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken).ConfigureAwait(false);
            if (version > StoreSchema.CurrentVersion)
            {
                throw new StoreException($"数据库的结构版本为 {version}，高于本程序支持的 {StoreSchema.CurrentVersion}：请使用新版程序打开。");
            }
            if (version == StoreSchema.CurrentVersion)
            {
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return version;
            }
            foreach (var statement in migrations[version])
            {
                await Db.ExecuteAsync(connection, tx, statement, cancellationToken).ConfigureAwait(false);
            }
            await Db.ExecuteAsync(connection, tx, "INSERT INTO schema_version (version, applied_at) VALUES (@v, @t)", cancellationToken,
                ("@v", version + 1), ("@t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
