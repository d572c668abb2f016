using System.Data.Common;
using System.Globalization;

namespace Gongkai.Store.Sql;

/// <summary>Small ADO.NET helpers (commands with parameters, multi-row inserts, typed reads).</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) Add(cmd, name, value);
        return cmd;
    }

    public static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(connection, transaction, sql, parameters);
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<long> ScalarLongAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(connection, transaction, sql, parameters);
        var value = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Inserts rows: on SQLite one prepared single-row statement re-bound per row (SQLite's fast path; very wide
    /// multi-row statements cost more to bind than they save); on PostgreSQL one binary COPY.
    /// </summary>
    public static async Task InsertManyAsync(DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        if (connection is Npgsql.NpgsqlConnection pg)
        {
            await CopyAsync(pg, table, columns, rows, cancellationToken).ConfigureAwait(false);
            return;
        }
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "INSERT INTO " + table + " (" + string.Join(", ", columns) + ") VALUES ("
            + string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture))) + ")";
        var parameters = new DbParameter[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            parameters[c] = cmd.CreateParameter();
            parameters[c].ParameterName = "@p" + c.ToString(CultureInfo.InvariantCulture);
            cmd.Parameters.Add(parameters[c]);
        }
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++) parameters[c].Value = row[c] ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task CopyAsync(Npgsql.NpgsqlConnection connection, string table, IReadOnlyList<string> columns,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY " + table + " (" + string.Join(", ", columns) + ") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false); break;
                    case long l: await importer.WriteAsync(l, NpgsqlTypes.NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false); break;
                    case int i: await importer.WriteAsync(i, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false); break;
                    case decimal d: await importer.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false); break;
                    case string s: await importer.WriteAsync(s, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false); break;
                    case byte[] b: await importer.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false); break;
                    default: throw new InvalidOperationException("Unsupported value type " + value.GetType().Name);
                }
            }
        }
        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    public static decimal? Decimal(DbDataReader r, int i)
    {
        if (r.IsDBNull(i)) return null;
        var v = r.GetValue(i);
        return v switch
        {
            decimal d => d,
            string s => decimal.Parse(s, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
            _ => Convert.ToDecimal(v, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A decimal parameter: SQLite keeps the exact invariant text; PostgreSQL gets numeric.</summary>
    public static object? DecimalValue(SqlDialect dialect, decimal? value) =>
        value is null ? null : dialect.Kind == StoreDialect.Sqlite ? value.Value.ToString(CultureInfo.InvariantCulture) : value.Value;

    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
