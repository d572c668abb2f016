using Gongkai.Core.Documents;
using Gongkai.Core.Workflows;

namespace Gongkai.Store;

/// <summary>
/// 公开文件库: the checked disclosures, kept with their original bytes, their canonical tables, explanation text,
/// claims, findings and diagnostics. One schema for SQLite (a file, created and migrated on first open) and PostgreSQL
/// (a connection string); open one with <see cref="DocumentStore.OpenAsync"/>. A document is identified by the SHA-256 of
/// its content: saving the same bytes twice gives the same document (idempotent). Every save is one transaction:
/// a crash mid-save leaves no half document. Thread-safe: each call opens its own connection (pooled).
/// </summary>
public interface IDocumentStore : IAsyncDisposable, IDisposable
{
    /// <summary>Which database this store writes to.</summary>
    StoreDialect Dialect { get; }

    /// <summary>The schema version after migration (<see cref="StoreSchema.CurrentVersion"/>).</summary>
    int SchemaVersion { get; }

    // ---- import --------------------------------------------------------------------------------------------------

    /// <summary>
    /// Saves a checked document with its original bytes in one transaction. Returns the existing document's id with
    /// <see cref="SaveStatus.AlreadyStored"/> when the same content (by SHA-256) is already stored (nothing is written).
    /// The report must have a document (<see cref="CheckReport.Unreadable"/> false): unreadable inputs are not stored.
    /// Callers normally go through <see cref="DocumentImporter"/>, which runs the check first.
    /// </summary>
    Task<SaveResult> SaveAsync(string fileName, ReadOnlyMemory<byte> content, CheckReport report, CancellationToken cancellationToken = default);

    /// <summary>The id of the document with this content hash (lower-case hex SHA-256), or null.</summary>
    Task<long?> FindByHashAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>All content hashes stored (for resumable bulk imports that skip what is already there).</summary>
    Task<IReadOnlySet<string>> GetAllHashesAsync(CancellationToken cancellationToken = default);

    // ---- read ----------------------------------------------------------------------------------------------------

    /// <summary>The document with everything stored about it, or null when there is none with this id.</summary>
    Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The summary line of a document (no tables or text), or null.</summary>
    Task<DocumentSummary?> GetSummaryAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The original file as imported (name and bytes), or null.</summary>
    Task<StoredFile?> GetOriginalAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document and everything stored with it; false when there was none.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>How many documents, entities and findings the store holds (an empty store has 0 documents).</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    // ---- search, history, aggregates, comparison -----------------------------------------------------------------

    /// <summary>Documents matching every given criterion, newest year first, one page, with facets over all matches.</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// An entity's disclosures across years: totals, 基本/项目, 类, 三公 and 机关运行经费 per year and kind, read from
    /// the canonical tables (B03/F03, B07/F07 …) and claims. <paramref name="entity"/> is the exact entity name.
    /// </summary>
    Task<EntityHistory> GetEntityHistoryAsync(string entity, CancellationToken cancellationToken = default);

    /// <summary>Sums of one column of one table over documents, grouped by year, region, code or entity.</summary>
    Task<IReadOnlyList<AggregateRow>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default);

    /// <summary>Two documents side by side: tables matched by id, rows by code (or key/name), columns by key; null when either is missing.</summary>
    Task<DocumentComparison?> CompareAsync(long leftId, long rightId, CancellationToken cancellationToken = default);

    // ---- users (portal administrators) ---------------------------------------------------------------------------

    /// <summary>
    /// Creates a user. The store keeps the hash as given (the portal hashes with ASP.NET Core's PasswordHasher).
    /// Throws <see cref="StoreException"/> when the name is taken.
    /// </summary>
    Task<StoredUser> CreateUserAsync(string name, string passwordHash, string role = StoredUser.AdministratorRole, CancellationToken cancellationToken = default);

    /// <summary>The user with this name (exact, case-sensitive), or null.</summary>
    Task<StoredUser?> GetUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Replaces a user's password hash; false when there is no such user.</summary>
    Task<bool> UpdatePasswordHashAsync(string name, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>How many users exist (0 on first start: the portal then asks for the administrator account).</summary>
    Task<int> CountUsersAsync(CancellationToken cancellationToken = default);
}

/// <summary>The database behind a store.</summary>
public enum StoreDialect
{
    Sqlite,
    PostgreSql,
}

/// <summary>What <see cref="IDocumentStore.SaveAsync"/> did.</summary>
public enum SaveStatus
{
    /// <summary>The document was new and is now stored.</summary>
    Stored,

    /// <summary>The same content was already stored; nothing was written.</summary>
    AlreadyStored,
}

/// <summary>The outcome of a save: the document id, its content hash and whether it was new.</summary>
public sealed record SaveResult(long DocumentId, string ContentHash, SaveStatus Status);

/// <summary>An error of the store the caller can report (Chinese message): a duplicate user, an unreachable database, a newer schema.</summary>
public sealed class StoreException : Exception
{
    public StoreException() { }

    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>Severity counts are by <see cref="Severity"/>.</summary>
public sealed record StoreStatistics(int Documents, int Entities, int Findings, int Users);
