using Gongkai.Core.Money;
using Gongkai.Core.Tables;

namespace Gongkai.Store;

/// <summary>
/// 对比 of two stored documents (<see cref="DocumentComparison"/>): tables matched by canonical id (unrecognised
/// tables are left out), rows by code, else row key, else name; columns by key, else header.
/// </summary>
public static class DocumentComparer
{
    public static DocumentComparison Compare(StoredDocument left, StoredDocument right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var tables = new List<TableComparison>();
        var rightTables = right.Document.Tables.Where(t => t.Id is not null).GroupBy(t => t.Id!.Value).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<TableId>();
        foreach (var l in left.Document.Tables.Where(t => t.Id is not null))
        {
            if (!seen.Add(l.Id!.Value)) continue;
            rightTables.TryGetValue(l.Id.Value, out var r);
            tables.Add(CompareTable(l, r));
        }
        foreach (var r in right.Document.Tables.Where(t => t.Id is not null))
        {
            if (seen.Add(r.Id!.Value)) tables.Add(CompareTable(null, r));
        }
        return new DocumentComparison(left.Summary, right.Summary, tables);
    }

    private static string ColumnMatch(TableColumn c) => c.Key is { } k ? "key:" + k.Value + ":" + c.Side : "header:" + c.Header;

    private static string RowMatch(TableRow row) =>
        row.Code is not null ? row.Code + (row.ProjectName is null ? "" : "|" + row.ProjectName)
        : row.Key is not null ? "key:" + row.Key + ":" + row.Side
        : "name:" + row.Name + ":" + row.Side;

    private static TableComparison CompareTable(DisclosureTable? left, DisclosureTable? right)
    {
        var columns = new List<ComparisonColumn>();
        var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in (left?.Columns ?? []).Concat(right?.Columns ?? []))
        {
            var key = ColumnMatch(c);
            if (columnIndex.ContainsKey(key)) continue;
            columnIndex[key] = columns.Count;
            columns.Add(new ComparisonColumn(c.Key, c.Header));
        }
        var rows = new List<(string Match, TableRow? L, TableRow? R)>();
        var rowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in left?.Rows ?? [])
        {
            var key = RowMatch(row);
            if (rowIndex.ContainsKey(key)) continue; // a repeated code (per-unit blocks): the first is compared
            rowIndex[key] = rows.Count;
            rows.Add((key, row, null));
        }
        foreach (var row in right?.Rows ?? [])
        {
            var key = RowMatch(row);
            if (rowIndex.TryGetValue(key, out var i))
            {
                if (rows[i].R is null) rows[i] = (key, rows[i].L, row);
                continue;
            }
            rowIndex[key] = rows.Count;
            rows.Add((key, null, row));
        }
        var leftUnit = left?.AmountUnit;
        var rightUnit = right?.AmountUnit;
        return new TableComparison
        {
            TableId = (left ?? right)!.Id,
            Title = (left ?? right)!.Title,
            LeftUnit = leftUnit,
            RightUnit = rightUnit,
            Columns = columns,
            Rows = rows.Select(x =>
            {
                var l = Values(left, x.L, columns.Count, columnIndex);
                var r = Values(right, x.R, columns.Count, columnIndex);
                var differences = new decimal?[columns.Count];
                for (var i = 0; i < columns.Count; i++)
                {
                    if (l[i] is { } lv && r[i] is { } rv)
                    {
                        differences[i] = AmountUnitExtensions.Convert(rv, rightUnit!.Value, leftUnit!.Value) - lv;
                    }
                }
                var sample = x.L ?? x.R!;
                return new RowComparison
                {
                    MatchKey = x.Match,
                    Code = sample.Code,
                    Name = sample.Name,
                    Kind = sample.Kind,
                    InLeft = x.L is not null,
                    InRight = x.R is not null,
                    Left = l,
                    Right = r,
                    Differences = differences,
                };
            }).ToList(),
        };
    }

    private static decimal?[] Values(DisclosureTable? table, TableRow? row, int count, Dictionary<string, int> columnIndex)
    {
        var values = new decimal?[count];
        if (table is null || row is null) return values;
        for (var c = 0; c < table.Columns.Count && c < row.Values.Count; c++)
        {
            var i = columnIndex[ColumnMatch(table.Columns[c])];
            values[i] ??= row.Values[c].Value;
        }
        return values;
    }
}
