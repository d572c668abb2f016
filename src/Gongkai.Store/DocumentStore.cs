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
    public static Task<IDocumentStore> OpenSqliteAsync(string path, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Store API only: the SQLite store is being implemented.");

    /// <summary>Opens (migrating) the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    public static Task<IDocumentStore> OpenPostgresAsync(string connectionString, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Store API only: the PostgreSQL store is being implemented.");
}
