using Gongkai.TestSupport;
using Npgsql;

namespace Gongkai.Store.Tests;

/// <summary>
/// The databases the store suite runs against: always a real SQLite file; PostgreSQL when GONGKAI_TEST_PG holds a
/// connection string. When CI=true and GONGKAI_TEST_PG is missing, the PostgreSQL cases still run and fail (CI must
/// test PostgreSQL). Each store lives in its own SQLite file or its own PostgreSQL schema, dropped afterwards.
/// </summary>
public static class StoreTargets
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PgVariable = "GONGKAI_TEST_PG";

    public static string? PgConnectionString => Environment.GetEnvironmentVariable(PgVariable) is { Length: > 0 } s ? s : null;

    public static bool RunPostgres => PgConnectionString is not null || Corpus.IsCi;

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (RunPostgres) data.Add(Postgres);
            return data;
        }
    }

    /// <summary>Opens a new, empty store of <paramref name="target"/>.</summary>
    public static async Task<TestStore> OpenAsync(string target)
    {
        if (target == Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "gongkai-store-tests", Guid.NewGuid().ToString("N"));
            var path = Path.Combine(folder, "store.db");
            return new TestStore(await DocumentStore.OpenSqliteAsync(path), path, () =>
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                return Task.CompletedTask;
            });
        }
        var baseString = PgConnectionString ?? throw new InvalidOperationException(
            $"CI=true but {PgVariable} is not set: the PostgreSQL store tests must run in CI (.ci/run starts PostgreSQL).");
        var schema = "gk_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(baseString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(baseString) { SearchPath = schema }.ToString();
        return new TestStore(await DocumentStore.OpenPostgresAsync(connectionString), connectionString, async () =>
        {
            await using var admin = new NpgsqlConnection(baseString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }
}

/// <summary>A store opened for one test, and how to reopen and remove it.</summary>
public sealed class TestStore(IDocumentStore store, string location, Func<Task> cleanup) : IAsyncDisposable
{
    public IDocumentStore Store { get; private set; } = store;

    /// <summary>The SQLite path or PostgreSQL connection string.</summary>
    public string Location { get; } = location;

    /// <summary>Closes the store and opens it again from <see cref="Location"/> (migrations run again).</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await DocumentStore.OpenAsync(Location);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await cleanup();
    }
}

/// <summary>A fact about the PostgreSQL setup: skipped outside CI when GONGKAI_TEST_PG is unset, run (and failing) in CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!StoreTargets.RunPostgres) Skip = $"{StoreTargets.PgVariable} is not set (PostgreSQL store tests run in CI).";
    }
}
