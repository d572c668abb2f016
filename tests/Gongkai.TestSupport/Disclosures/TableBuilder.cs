using Gongkai.Core.Money;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.TestSupport.Disclosures;

/// <summary>
/// Builds a <see cref="DisclosureTable"/> in code for rule tests: columns with keys (and sides), rows with codes
/// (the kind follows the code length: 3 类, 5 款, 7 项), totals, labelled lines and unit subtotals. Amounts are
/// printed with <see cref="Decimals"/> decimals; a null amount is a blank cell.
/// </summary>
public sealed class TableBuilder
{
    private readonly List<TableColumn> _columns = [];
    private readonly List<TableRow> _rows = [];
    private readonly TableId _id;
    private readonly string _title;
    private readonly string? _printedNumber;
    private TemplateTableDefinition? _definition;
    private bool _isEmpty;
    private string? _emptyNote;
    private AmountUnit _unit = AmountUnit.WanYuan;

    public TableBuilder(TableId id, string title, string? printedNumber = null)
    {
        _id = id;
        _title = title;
        _printedNumber = printedNumber;
    }

    /// <summary>Decimals the amounts are printed with (default 2).</summary>
    public int Decimals { get; init; } = 2;

    public int ColumnCount => _columns.Count;

    public TableBuilder Column(string header, ColumnKey? key, TableSide side = TableSide.None)
    {
        _columns.Add(new TableColumn(header, key, side));
        return this;
    }

    public TableBuilder Unit(AmountUnit unit)
    {
        _unit = unit;
        return this;
    }

    public TableBuilder Definition(TemplateTableDefinition? definition)
    {
        _definition = definition;
        return this;
    }

    public TableBuilder Empty(string? note)
    {
        _isEmpty = true;
        _emptyNote = note;
        return this;
    }

    public TableBuilder Note(string? note)
    {
        _emptyNote = note;
        return this;
    }

    /// <summary>The 合计 row.</summary>
    public TableBuilder Total(params decimal?[] values) => Add(null, "合计", RowKind.Total, null, TableSide.None, values);

    /// <summary>A coded row; the kind follows the code length (3 类, 5 款, 7 项).</summary>
    public TableBuilder Row(string code, string name, params decimal?[] values) =>
        Add(code, name, KindOf(code), null, TableSide.None, values);

    /// <summary>A coded row on one side of a two-sided summary table (支出 by 功能类).</summary>
    public TableBuilder SideRow(TableSide side, string code, string name, params decimal?[] values) =>
        Add(code, name, KindOf(code), null, side, values);

    /// <summary>A labelled line with a semantic key (SummaryRowKeys), on a side.</summary>
    public TableBuilder Line(string key, string name, TableSide side, params decimal?[] values) =>
        Add(null, name, RowKind.Line, key, side, values);

    /// <summary>A per-unit subtotal row ("[040002]某单位").</summary>
    public TableBuilder UnitSubtotal(string name, params decimal?[] values) => Add(null, name, RowKind.UnitSubtotal, null, TableSide.None, values);

    /// <summary>A project row (under the code row before it, or carrying its own code).</summary>
    public TableBuilder Project(string? code, string name, params decimal?[] values) => Add(code, name, RowKind.Project, null, TableSide.None, values);

    /// <summary>A plain row of a single-row table (“三公”经费).</summary>
    public TableBuilder Plain(string name, RowKind kind, params decimal?[] values) => Add(null, name, kind, null, TableSide.None, values);

    public TableBuilder Add(string? code, string name, RowKind kind, string? key, TableSide side, decimal?[] values)
    {
        var cells = new CellValue[_columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var v = i < values.Length ? values[i] : null;
            cells[i] = v is null ? CellValue.Blank : new CellValue(v.Value, Decimals);
        }
        var line = 100 + _rows.Count;
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(code)) parts.Add(code);
        parts.Add(name);
        parts.AddRange(cells.Where(c => !c.IsBlank).Select(c => c.ToString()));
        var quote = string.Join(" ", parts);
        _rows.Add(new TableRow
        {
            Code = code,
            Name = name,
            Kind = kind,
            Key = key,
            Side = side,
            Values = cells,
            Quote = quote,
            Line = line,
            Page = 1,
        });
        return this;
    }

    public DisclosureTable Build() => new()
    {
        Id = _id,
        Title = _title,
        PrintedNumber = _printedNumber,
        Page = 1,
        Line = 99,
        AmountUnit = _unit,
        IsEmpty = _isEmpty,
        EmptyNote = _emptyNote,
        Columns = _columns.ToList(),
        Rows = _rows.ToList(),
        Definition = _definition,
    };

    public static RowKind KindOf(string code) => code.Length switch
    {
        3 => RowKind.Class,
        5 => RowKind.Section,
        _ => RowKind.Item,
    };
}
