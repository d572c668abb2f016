namespace Gongkai.Store;

/// <summary>
/// Opens a store. A SQLite store is a file, created (with its folder) and migrated on first open; a PostgreSQL store
/// is a connection string to an existing database, migrated on open. Both have the same schema
/// (<see cref="StoreSchema"/>) and a <c>schema_version</c> table.
/// </summary>
public static class DocumentStore
{
    /// <summary>The environment variable naming the default store (a SQLite path or a PostgreSQL connection string).</summary>
    public const string EnvironmentVariable = "GONGKAI_STORE";

    /// <summary>The default SQLite file, relative to the working folder.</summary>
    public static readonly string DefaultSqlitePath = Path.Combine("gongkai-data", "gongkai.db");

    /// <summary>
    /// Opens <paramref name="location"/>: a PostgreSQL connection string when it contains '=' ("Host=…;Database=…"),
    /// otherwise a SQLite file path. Null or empty: <see cref="EnvironmentVariable"/>, else <see cref="DefaultSqlitePath"/>.
    /// Throws <see cref="StoreException"/> (Chinese message) when the database cannot be opened or has a newer schema.
    /// </summary>
    public static Task<IDocumentStore> OpenAsync(string? location = null, CancellationToken cancellationToken = default)
    {
        location = string.IsNullOrWhiteSpace(location) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : location;
        if (string.IsNullOrWhiteSpace(location)) location = DefaultSqlitePath;
        return IsConnectionString(location)
            ? OpenPostgresAsync(location, cancellationToken)
            : OpenSqliteAsync(location, cancellationToken);
    }

    /// <summary>True when <paramref name="location"/> looks like a PostgreSQL connection string rather than a path.</summary>
    public static bool IsConnectionString(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Contains('=', StringComparison.Ordinal);
    }

    /// <summary>Opens (creating and migrating) the SQLite store file at <paramref name="path"/>.</summary>
    public static async Task<IDocumentStore> OpenSqliteAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        try
        {
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            return await Sql.SqlDocumentStore.OpenAsync(new Sql.SqliteDialect(full), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new StoreException($"无法打开数据库文件“{full}”：{ex.Message}", ex);
        }
    }

    /// <summary>Opens (migrating) the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    public static async Task<IDocumentStore> OpenPostgresAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Sql.PostgresDialect dialect;
        try
        {
            dialect = new Sql.PostgresDialect(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"PostgreSQL 连接字符串有误：{ex.Message}", ex);
        }
        try
        {
            return await Sql.SqlDocumentStore.OpenAsync(dialect, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await dialect.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"无法连接 PostgreSQL 数据库：{ex.Message}", ex);
        }
    }
}
