using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Store.Sql;

/// <summary>What differs between SQLite and PostgreSQL: connections, column types, full-text index and locking.</summary>
internal abstract class SqlDialect
{
    public abstract StoreDialect Kind { get; }

    /// <summary>Column type of a generated 64-bit primary key.</summary>
    public abstract string IdColumn { get; }

    public abstract string BlobType { get; }

    /// <summary>Exact decimal: PostgreSQL numeric; SQLite TEXT holding the invariant decimal string (never a double).</summary>
    public abstract string DecimalType { get; }

    /// <summary>Text compared byte-wise (classification codes: prefix ranges use the index).</summary>
    public abstract string CodeType { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Run on every opened connection (pragmas).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Statements creating the full-text index over search_chunks.</summary>
    public abstract IReadOnlyList<string> FullTextSchema();

    /// <summary>Serialises migrations across processes (inside the migration transaction).</summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Inserts one chunk of tokens for a document.</summary>
    public abstract Task InsertChunkAsync(DbConnection connection, DbTransaction transaction, long documentId, IReadOnlyList<string> tokens, CancellationToken cancellationToken);

    /// <summary>Deletes the full-text rows of a document (before its search_chunks rows go).</summary>
    public abstract Task DeleteChunksAsync(DbConnection connection, DbTransaction transaction, long documentId, CancellationToken cancellationToken);

    /// <summary>SQL selecting the ids of documents whose text matches the phrase parameter @fts (set by <see cref="PhraseParameter"/>).</summary>
    public abstract string MatchingDocumentsSql { get; }

    public abstract object PhraseParameter(IReadOnlyList<string> tokens);

    /// <summary>Tokens per chunk (PostgreSQL tsvector positions stop at 16383).</summary>
    public virtual int ChunkTokens => 16000;

    public static string Quote(string token, char quote) => token.Replace(quote.ToString(), new string(quote, 2), StringComparison.Ordinal);
}

internal sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 60,
    }.ToString();

    public string Path { get; } = path;

    public override StoreDialect Kind => StoreDialect.Sqlite;
    public override string IdColumn => "INTEGER PRIMARY KEY";
    public override string BlobType => "BLOB";
    public override string DecimalType => "TEXT";
    public override string CodeType => "TEXT";

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000; PRAGMA foreign_keys=OFF;";
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Contentless: the bigram text is not stored twice; contentless_delete lets a document's rows be deleted (SQLite ≥ 3.43).
    public override IReadOnlyList<string> FullTextSchema() =>
        ["CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61')"];

    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask; // BEGIN IMMEDIATE already holds the write lock

    public override async Task InsertChunkAsync(DbConnection connection, DbTransaction transaction, long documentId, IReadOnlyList<string> tokens, CancellationToken cancellationToken)
    {
        await using var cmd = Db.Command(connection, transaction,
            "INSERT INTO search_chunks (document_id) VALUES (@d) RETURNING id", ("@d", documentId));
        var id = Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await using var fts = Db.Command(connection, transaction,
            "INSERT INTO search_fts (rowid, tokens) VALUES (@id, @t)", ("@id", id), ("@t", string.Join(' ', tokens)));
        await fts.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task DeleteChunksAsync(DbConnection connection, DbTransaction transaction, long documentId, CancellationToken cancellationToken)
    {
        await using var cmd = Db.Command(connection, transaction,
            "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_chunks WHERE document_id = @d)", ("@d", documentId));
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string MatchingDocumentsSql =>
        "SELECT c.document_id FROM search_chunks c WHERE c.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @fts)";

    // An FTS5 phrase: "t1 t2 t3" (tokens are letters/digits only, so no quoting beyond the double quotes).
    public override object PhraseParameter(IReadOnlyList<string> tokens) => "\"" + string.Join(' ', tokens.Select(t => Quote(t, '"'))) + "\"";
}

internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override StoreDialect Kind => StoreDialect.PostgreSql;
    public override string IdColumn => "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    public override string BlobType => "BYTEA";
    public override string DecimalType => "NUMERIC";
    public override string CodeType => "TEXT COLLATE \"C\"";

    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override IReadOnlyList<string> FullTextSchema() =>
    [
        "ALTER TABLE search_chunks ADD COLUMN vector TSVECTOR NOT NULL",
        "CREATE INDEX ix_search_chunks_vector ON search_chunks USING GIN (vector)",
    ];

    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var cmd = Db.Command(connection, transaction, "SELECT pg_advisory_xact_lock(7412230001)");
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // The tsvector is built as a literal ('t':1 'u':2 …) so that no text-search parser or dictionary decides what a Chinese token is.
    public override async Task InsertChunkAsync(DbConnection connection, DbTransaction transaction, long documentId, IReadOnlyList<string> tokens, CancellationToken cancellationToken)
    {
        var sb = new StringBuilder(tokens.Count * 10);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append('\'').Append(Quote(tokens[i].Replace("\\", "\\\\", StringComparison.Ordinal), '\'')).Append("':")
                .Append((i + 1).ToString(CultureInfo.InvariantCulture));
        }
        await using var cmd = Db.Command(connection, transaction,
            "INSERT INTO search_chunks (document_id, vector) VALUES (@d, CAST(@v AS tsvector))", ("@d", documentId), ("@v", sb.ToString()));
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task DeleteChunksAsync(DbConnection connection, DbTransaction transaction, long documentId, CancellationToken cancellationToken) =>
        Task.CompletedTask; // the vector lives in search_chunks itself

    public override string MatchingDocumentsSql =>
        "SELECT c.document_id FROM search_chunks c WHERE c.vector @@ CAST(@fts AS tsquery)";

    // A phrase query: 't1' <-> 't2' <-> 't3'.
    public override object PhraseParameter(IReadOnlyList<string> tokens) =>
        string.Join(" <-> ", tokens.Select(t => "'" + Quote(t.Replace("\\", "\\\\", StringComparison.Ordinal), '\'') + "'"));

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
