using System.Data.Common;
using System.Globalization;
using System.Text;

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

    /// <summary>INSERT INTO table (columns) VALUES (…),(…) in batches bounded by the dialect's parameter limit.</summary>
    public static async Task InsertManyAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var perBatch = Math.Max(1, Math.Min(500, dialect.MaxParameters / columns.Count));
        var head = "INSERT INTO " + table + " (" + string.Join(", ", columns) + ") VALUES ";
        for (var start = 0; start < rows.Count; start += perBatch)
        {
            var count = Math.Min(perBatch, rows.Count - start);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            var sql = new StringBuilder(head.Length + count * columns.Count * 8);
            sql.Append(head);
            for (var r = 0; r < count; r++)
            {
                if (r > 0) sql.Append(',');
                sql.Append('(');
                var row = rows[start + r];
                for (var c = 0; c < columns.Count; c++)
                {
                    if (c > 0) sql.Append(',');
                    var name = "@p" + (r * columns.Count + c).ToString(CultureInfo.InvariantCulture);
                    sql.Append(name);
                    Add(cmd, name, row[c]);
                }
                sql.Append(')');
            }
            cmd.CommandText = sql.ToString();
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
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
