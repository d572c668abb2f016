using Gongkai.Core.Money;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Compose.Composing;

/// <summary>Builds one <see cref="DisclosureTable"/> of the composed document: columns from the template, rows in order.</summary>
internal sealed class TableDraft
{
    private readonly List<TableRow> _rows = [];
    private readonly TemplateTableDefinition _definition;
    private readonly string _title;
    private readonly string? _number;
    private bool _isEmpty;
    private string? _note;

    public TableDraft(TemplateTableDefinition definition, string title, string? number, IReadOnlyList<TableColumn>? columns = null)
    {
        _definition = definition;
        _title = title;
        _number = number;
        Columns = columns ?? definition.Columns.Select(c => new TableColumn(c.Header, c.Key, c.Side)).ToList();
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public int RowCount => _rows.Count;

    /// <summary>Marks the table 空表 with its note.</summary>
    public TableDraft Empty(string note)
    {
        _isEmpty = true;
        _note = note;
        return this;
    }

    /// <summary>Adds a row; <paramref name="values"/> gives the value of each column (null = blank).</summary>
    public TableDraft Row(string? code, string name, RowKind kind, Func<TableColumn, decimal?> values, string? key = null,
        TableSide side = TableSide.None, string? projectName = null, string? govCode = null, string? govName = null)
    {
        var cells = Columns.Select(c => side != TableSide.None && c.Side != TableSide.None && c.Side != side
            ? CellValue.Blank
            : values(c) is { } v ? new CellValue(v, 2) : CellValue.Blank).ToList();
        var parts = new List<string>();
        if (code is not null) parts.Add(code);
        parts.Add(name);
        parts.AddRange(cells.Where(c => !c.IsBlank).Select(c => c.ToString()));
        _rows.Add(new TableRow
        {
            Code = code,
            Name = name,
            Kind = kind,
            Key = key,
            Side = side,
            ProjectName = projectName,
            GovernmentEconomicCode = govCode,
            GovernmentEconomicName = govName,
            Values = cells,
            Quote = string.Join(" ", parts),
        });
        return this;
    }

    /// <summary>A text row of a performance table (cells joined with " | ", no amounts).</summary>
    public TableDraft TextRow(params string[] cells)
    {
        var name = string.Join(" | ", cells);
        _rows.Add(new TableRow { Name = name, Kind = RowKind.Line, Values = Columns.Select(_ => CellValue.Blank).ToList(), Quote = name });
        return this;
    }

    public DisclosureTable Build() => new()
    {
        Id = _definition.Id,
        Title = _title,
        PrintedNumber = _number,
        AmountUnit = AmountUnit.WanYuan,
        IsEmpty = _isEmpty,
        EmptyNote = _note,
        Columns = Columns,
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
