using Npgsql;

namespace Gongkai.Store.Tests;

/// <summary>The PostgreSQL the suite runs against is reachable (skipped outside CI without GONGKAI_TEST_PG; fails in CI without it).</summary>
public sealed class PostgresSetupTests
{
    [PostgresFact]
    public async Task TestDatabase_IsReachable_AndStoresOpenInIt()
    {
        var connectionString = StoreTargets.PgConnectionString;
        Assert.False(connectionString is null, $"CI=true but {StoreTargets.PgVariable} is not set: .ci/run must start PostgreSQL.");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT current_setting('server_version_num')::int", connection);
            Assert.True((int)(await cmd.ExecuteScalarAsync())! >= 120000, "PostgreSQL 12 or newer is needed (generated identity columns).");
        }
        await using var t = await StoreTargets.OpenAsync(StoreTargets.Postgres);
        Assert.Equal(StoreDialect.PostgreSql, t.Store.Dialect);
    }
}
