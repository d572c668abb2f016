using System.Data.Common;
using System.Text.Json;
using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;

namespace Gongkai.Store.Sql;

/// <summary>The store over ADO.NET, for both dialects: each call opens a pooled connection; a save is one transaction.</summary>
internal sealed partial class SqlDocumentStore : IDocumentStore
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly SqlDialect _dialect;

    // SQLite has one writer at a time: writers of this process queue here instead of spinning on SQLITE_BUSY.
    private readonly SemaphoreSlim? _writeLock;

    private SqlDocumentStore(SqlDialect dialect, int schemaVersion)
    {
        _dialect = dialect;
        SchemaVersion = schemaVersion;
        _writeLock = dialect.Kind == StoreDialect.Sqlite ? new SemaphoreSlim(1, 1) : null;
    }

    public StoreDialect Dialect => _dialect.Kind;

    public int SchemaVersion { get; }

    /// <summary>Opens and migrates the database of <paramref name="dialect"/>.</summary>
    public static async Task<SqlDocumentStore> OpenAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(dialect, cancellationToken).ConfigureAwait(false);
        var version = await Migrator.MigrateAsync(dialect, connection, cancellationToken).ConfigureAwait(false);
        return new SqlDocumentStore(dialect, version);
    }

    private static async Task<DbConnection> OpenConnectionAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        var connection = dialect.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => OpenConnectionAsync(_dialect, cancellationToken);

    private async Task<IDisposable> WriteLockAsync(CancellationToken cancellationToken)
    {
        if (_writeLock is null) return NoLock.Instance;
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_writeLock);
    }

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();
        public void Dispose() { }
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }

    // ---- save ----------------------------------------------------------------------------------------------------

    public async Task<SaveResult> SaveAsync(string fileName, ReadOnlyMemory<byte> content, CheckReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(report);
        var document = report.Document ?? throw new ArgumentException("An unreadable report (no document) cannot be stored.", nameof(report));
        var hash = DocumentImporter.ComputeHash(content.Span);
        var plan = SavePlan.Build(_dialect, document, report.Findings); // all rows prepared before the transaction

        using var _ = await WriteLockAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var info = document.Info;
        var region = RegionNames.Derive(info.Entity, info.Title);
        var province = RegionNames.ProvinceOf(region) ?? RegionNames.ProvinceOfTemplate(info.TemplateId);
        var extra = JsonSerializer.Serialize(new InfoExtra(info.SubUnits, info.SeparatelyPublishedTables,
            info.SeparatelyPublishedTableIds.Select(t => t.Value).ToList()), s_json);
        await using var insert = Db.Command(connection, tx,
            """
            INSERT INTO documents (content_hash, file_name, format, size_bytes, imported_at, title, title_composed, entity, entity_code,
                region, province, year, kind, level, template_id, tables_published_separately, info_json, table_count, error_count,
                warning_count, info_count)
            VALUES (@hash, @file, @format, @size, @at, @title, @composed, @entity, @code, @region, @province, @year, @kind, @level,
                @template, @separate, @extra, @tables, @errors, @warnings, @infos)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """,
            ("@hash", hash), ("@file", Path.GetFileName(fileName)), ("@format", report.Format ?? document.Format),
            ("@size", (long)content.Length), ("@at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
            ("@title", info.Title), ("@composed", info.TitleComposed ? 1 : 0), ("@entity", info.Entity), ("@code", info.EntityCode),
            ("@region", region), ("@province", province), ("@year", info.Year), ("@kind", StoreNames.Kind(info.Kind)),
            ("@level", StoreNames.Level(info.Level)), ("@template", info.TemplateId), ("@separate", info.TablesPublishedSeparately ? 1 : 0),
            ("@extra", extra), ("@tables", document.Tables.Count(t => t.Id is not null)),
            ("@errors", report.Findings.Count(f => f.Severity == Severity.Error)),
            ("@warnings", report.Findings.Count(f => f.Severity == Severity.Warning)),
            ("@infos", report.Findings.Count(f => f.Severity == Severity.Info)));
        var inserted = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (inserted is null or DBNull)
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            var existing = await FindByHashAsync(connection, hash, cancellationToken).ConfigureAwait(false)
                ?? throw new StoreException("同一内容的文件正在被另一进程导入且尚未完成，请稍后重试。");
            return new SaveResult(existing, hash, SaveStatus.AlreadyStored);
        }
        var id = Convert.ToInt64(inserted, System.Globalization.CultureInfo.InvariantCulture);

        await Db.ExecuteAsync(connection, tx, "INSERT INTO document_files (document_id, content) VALUES (@d, @c)", cancellationToken,
            ("@d", id), ("@c", content.ToArray())).ConfigureAwait(false);
        await plan.WriteAsync(_dialect, connection, tx, id, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SaveResult(id, hash, SaveStatus.Stored);
    }

    internal sealed record InfoExtra(IReadOnlyList<string> SubUnits, IReadOnlyList<string> SeparatelyPublishedTables, IReadOnlyList<string> SeparatelyPublishedTableIds);

    public async Task<long?> FindByHashAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await FindByHashAsync(connection, contentHash, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long?> FindByHashAsync(DbConnection connection, string hash, CancellationToken cancellationToken)
    {
        await using var cmd = Db.Command(connection, null, "SELECT id FROM documents WHERE content_hash = @h", ("@h", hash.ToLowerInvariant()));
        var value = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlySet<string>> GetAllHashesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Db.Command(connection, null, "SELECT content_hash FROM documents");
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) hashes.Add(reader.GetString(0));
        return hashes;
    }

    // ---- read ----------------------------------------------------------------------------------------------------

    internal const string SummaryColumns =
        "d.id, d.content_hash, d.file_name, d.format, d.size_bytes, d.imported_at, d.title, d.entity, d.entity_code, d.region, d.province, " +
        "d.year, d.kind, d.level, d.template_id, d.table_count, d.error_count, d.warning_count, d.info_count";

    internal static DocumentSummary ReadSummary(DbDataReader r) => new()
    {
        Id = Db.Long(r, 0),
        ContentHash = r.GetString(1),
        FileName = r.GetString(2),
        Format = r.GetString(3),
        SizeBytes = Db.Long(r, 4),
        ImportedAt = DateTimeOffset.FromUnixTimeMilliseconds(Db.Long(r, 5)),
        Title = Db.String(r, 6),
        Entity = Db.String(r, 7),
        EntityCode = Db.String(r, 8),
        Region = Db.String(r, 9),
        Province = Db.String(r, 10),
        Year = Db.Int(r, 11),
        Kind = StoreNames.ParseKind(Db.String(r, 12)),
        Level = StoreNames.ParseLevel(Db.String(r, 13)),
        TemplateId = Db.String(r, 14),
        TableCount = Db.Int(r, 15) ?? 0,
        ErrorCount = Db.Int(r, 16) ?? 0,
        WarningCount = Db.Int(r, 17) ?? 0,
        InfoCount = Db.Int(r, 18) ?? 0,
    };

    public async Task<DocumentSummary?> GetSummaryAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Db.Command(connection, null, $"SELECT {SummaryColumns} FROM documents d WHERE d.id = @id", ("@id", id));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadSummary(r) : null;
    }

    public async Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await DocumentReader.ReadAsync(connection, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredFile?> GetOriginalAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Db.Command(connection, null,
            "SELECT d.file_name, d.format, d.content_hash, f.content FROM documents d JOIN document_files f ON f.document_id = d.id WHERE d.id = @id",
            ("@id", id));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new StoredFile(r.GetString(0), r.GetString(1), r.GetString(2), (byte[])r.GetValue(3));
    }

    private static readonly string[] s_documentTables =
        ["document_files", "doc_tables", "table_columns", "table_rows", "cells", "sections", "claims", "findings", "diagnostics", "search_chunks"];

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        using var _ = await WriteLockAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await _dialect.DeleteChunksAsync(connection, tx, id, cancellationToken).ConfigureAwait(false);
        foreach (var table in s_documentTables)
        {
            await Db.ExecuteAsync(connection, tx, $"DELETE FROM {table} WHERE document_id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
        }
        var deleted = await Db.ExecuteAsync(connection, tx, "DELETE FROM documents WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted > 0;
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var documents = await Db.ScalarLongAsync(connection, null, "SELECT COUNT(*) FROM documents", cancellationToken).ConfigureAwait(false);
        var entities = await Db.ScalarLongAsync(connection, null, "SELECT COUNT(DISTINCT entity) FROM documents", cancellationToken).ConfigureAwait(false);
        var findings = await Db.ScalarLongAsync(connection, null, "SELECT COUNT(*) FROM findings", cancellationToken).ConfigureAwait(false);
        var users = await Db.ScalarLongAsync(connection, null, "SELECT COUNT(*) FROM users", cancellationToken).ConfigureAwait(false);
        return new StoreStatistics((int)documents, (int)entities, (int)findings, (int)users);
    }

    // ---- users ---------------------------------------------------------------------------------------------------

    public async Task<StoredUser> CreateUserAsync(string name, string passwordHash, string role = StoredUser.AdministratorRole, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        using var _ = await WriteLockAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        await using var cmd = Db.Command(connection, null,
            "INSERT INTO users (name, password_hash, role, created_at) VALUES (@n, @h, @r, @t) ON CONFLICT (name) DO NOTHING RETURNING id",
            ("@n", name), ("@h", passwordHash), ("@r", role), ("@t", now.ToUnixTimeMilliseconds()));
        var id = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (id is null or DBNull) throw new StoreException($"用户名“{name}”已存在。");
        return new StoredUser(Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture), name, passwordHash, role,
            DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()));
    }

    public async Task<StoredUser?> GetUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Db.Command(connection, null, "SELECT id, name, password_hash, role, created_at FROM users WHERE name = @n", ("@n", name));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new StoredUser(Db.Long(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), DateTimeOffset.FromUnixTimeMilliseconds(Db.Long(r, 4)));
    }

    public async Task<bool> UpdatePasswordHashAsync(string name, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        using var _ = await WriteLockAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Db.ExecuteAsync(connection, null, "UPDATE users SET password_hash = @h WHERE name = @n", cancellationToken,
            ("@h", passwordHash), ("@n", name)).ConfigureAwait(false) > 0;
    }

    public async Task<int> CountUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (int)await Db.ScalarLongAsync(connection, null, "SELECT COUNT(*) FROM users", cancellationToken).ConfigureAwait(false);
    }

    // ---- lifetime ------------------------------------------------------------------------------------------------

    public async ValueTask DisposeAsync()
    {
        if (_dialect is PostgresDialect pg) await pg.DisposeAsync().ConfigureAwait(false);
        if (_dialect is SqliteDialect) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _writeLock?.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal static JsonSerializerOptions Json => s_json;

    internal static Claim? ReadClaim(string json) => JsonSerializer.Deserialize<Claim>(json, s_json);

    internal static string WriteClaim(Claim claim) => JsonSerializer.Serialize(claim, s_json);

    internal static TableId? TableIdOf(string? text) => text is null ? null : new TableId(text);

    internal static Finding ReadFinding(DbDataReader r, int o) => new()
    {
        RuleId = r.GetString(o),
        Severity = StoreNames.ParseSeverity(r.GetString(o + 1)),
        Category = StoreNames.ParseCategory(r.GetString(o + 2)),
        Message = r.GetString(o + 3),
        Table = Db.String(r, o + 4),
        Row = Db.String(r, o + 5),
        Column = Db.String(r, o + 6),
        Page = Db.Int(r, o + 7),
        Line = Db.Int(r, o + 8),
        Quote = Db.String(r, o + 9),
        Actual = Db.Decimal(r, o + 10),
        Expected = Db.Decimal(r, o + 11),
    };
}
