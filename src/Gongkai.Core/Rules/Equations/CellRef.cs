using System.Runtime.CompilerServices;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Equations;

/// <summary>One printed cell: a table, one of its rows and a column index. Compared by reference (same printed cell).</summary>
internal readonly struct CellRef : IEquatable<CellRef>
{
    public CellRef(DisclosureTable table, TableRow row, int column)
    {
        Table = table;
        Row = row;
        Column = column;
    }

    public DisclosureTable Table { get; }

    public TableRow Row { get; }

    public int Column { get; }

    /// <summary>The printed value; an index outside the row (odd data) reads as blank.</summary>
    public CellValue Value => Column >= 0 && Column < Row.Values.Count ? Row.Values[Column] : CellValue.Blank;

    public string Header => Column >= 0 && Column < Table.Columns.Count ? Table.Columns[Column].Header : "";

    public bool Equals(CellRef other) =>
        ReferenceEquals(Table, other.Table) && ReferenceEquals(Row, other.Row) && Column == other.Column;

    public override bool Equals(object? obj) => obj is CellRef other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(Table), RuntimeHelpers.GetHashCode(Row), Column);

    public static bool operator ==(CellRef left, CellRef right) => left.Equals(right);

    public static bool operator !=(CellRef left, CellRef right) => !left.Equals(right);
}
