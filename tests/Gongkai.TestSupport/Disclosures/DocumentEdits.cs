using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.TestSupport.Disclosures;

/// <summary>Immutable edits of a generated or built document, for mutation tests.</summary>
public static class DocumentEdits
{
    /// <summary>A copy of <paramref name="document"/> with one cell replaced.</summary>
    public static DisclosureDocument SetCell(DisclosureDocument document, DisclosureTable table, TableRow row, int column, CellValue value)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        var values = row.Values.ToArray();
        values[column] = value;
        var newRow = row with { Values = values };
        var newTable = table with { Rows = table.Rows.Select(r => ReferenceEquals(r, row) ? newRow : r).ToList() };
        return document with { Tables = document.Tables.Select(t => ReferenceEquals(t, table) ? newTable : t).ToList() };
    }

    /// <summary>Adds <paramref name="delta"/> to the cell at (row, column key) of the table with this id (first row matching).</summary>
    public static DisclosureDocument Add(DisclosureDocument document, TableId id, Func<TableRow, bool> row, ColumnKey column, decimal delta, TableSide side = TableSide.None)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(row);
        var table = document.Table(id) ?? throw new ArgumentException($"no table {id}", nameof(id));
        var r = table.Rows.First(row);
        var i = table.IndexOf(column, side);
        if (i < 0) throw new ArgumentException($"no column {column} in {id}", nameof(column));
        var old = r.Values[i];
        return SetCell(document, table, r, i, new CellValue(old.OrZero + delta, Math.Max(old.Decimals, 2)));
    }

    /// <summary>Replaces a table (by reference) or removes it (null).</summary>
    public static DisclosureDocument Replace(DisclosureDocument document, TableId id, Func<DisclosureTable, DisclosureTable?> change)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(change);
        var tables = new List<DisclosureTable>();
        foreach (var t in document.Tables)
        {
            if (t.Id != id) { tables.Add(t); continue; }
            if (change(t) is { } n) tables.Add(n);
        }
        return document with { Tables = tables };
    }
}
