namespace Gongkai.Core.Tables;

/// <summary>A value column of a read table: its printed header, its meaning (if recognised) and its side.</summary>
public sealed record TableColumn(string Header, ColumnKey? Key, TableSide Side = TableSide.None);
