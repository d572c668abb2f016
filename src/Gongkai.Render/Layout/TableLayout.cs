using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Money;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Render.Layout;

/// <summary>
/// Lays a <see cref="DisclosureTable"/> out as published tables are printed: a classification table as 科目编码 |
/// 科目名称 | (项目名称) | amounts; a two-sided 收支总表 with 收入 and 支出 side by side under a two-row header and the
/// 合计/总计 lines facing each other; the “三公” vehicle columns under one merged 公务用车购置及运行费 header; performance
/// and other free tables cell by cell as read. Figures are printed, never computed.
/// </summary>
public static class TableLayout
{
    private const double CodeWeight = 2.0;
    private const double NameWeight = 4.5;
    private const double AmountWeight = 2.0;

    /// <summary>Lays out <paramref name="table"/>; <paramref name="info"/> gives the 编制部门 line.</summary>
    public static PrintedTable Lay(DisclosureTable table, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var preamble = new List<string>();
        if (info?.Entity is { Length: > 0 } entity)
        {
            preamble.Add((info.Level == DocumentLevel.Unit ? "编制单位：" : "编制部门：") + entity);
        }
        var unitLine = "单位：" + table.AmountUnit.ToChinese();
        // A note that does not read as one (注：…, …空表…) is marked with 注：, as published notes are.
        var notes = table.EmptyNote is { Length: > 0 } note
            ? new[] { CaptionText.IsNote(DocumentLayout.Compact(note)) ? note : "注：" + note } : [];
        if (IsFree(table))
        {
            return Free(table) with { Notes = notes };
        }
        var laid = IsSummary(table) ? Summary(table) : Coded(table);
        return laid with { Preamble = preamble, UnitLine = unitLine, Notes = notes };
    }

    /// <summary>Performance tables and tables read without a template: cells only, no amount header.</summary>
    public static bool IsFree(DisclosureTable table) =>
        table.Columns.All(c => c.Key is null) && table.Rows.All(r => r.Kind == RowKind.Line && r.Code is null && r.Side == TableSide.None)
        && (table.Definition is null || table.Definition.RowAxis == TableRowAxis.Other || table.Definition.Columns.Count == 0 || table.Columns.Count == 0);

    private static bool IsSummary(DisclosureTable table) =>
        table.Definition?.RowAxis == TableRowAxis.Summary || table.Columns.Any(c => c.Side != TableSide.None)
        || table.Rows.Any(r => r.Side != TableSide.None);

    private static bool IsTotal(TableRow row) =>
        row.Kind == RowKind.Total || row.Key is { } key && (key.EndsWith("Total", StringComparison.Ordinal) || key.EndsWith("GrandTotal", StringComparison.Ordinal));

    private static PrintedCell Header(string text, int columnSpan = 1, int rowSpan = 1) =>
        new(text, PrintedCellKind.Header) { ColumnSpan = columnSpan, RowSpan = rowSpan };

    private static PrintedCell Amount(CellValue value, bool bold) =>
        new(AmountText.Format(value.Value, value.Decimals), PrintedCellKind.Amount) { Amount = value.Value, Decimals = value.Decimals, Bold = bold };

    // ---- classification, project and single-row tables ---------------------------------------------------------------

    private static PrintedTable Coded(DisclosureTable table)
    {
        var axis = table.Definition?.RowAxis;
        var hasCode = table.Rows.Any(r => r.Code is not null)
            || axis is TableRowAxis.FunctionClassification or TableRowAxis.EconomicClassification or TableRowAxis.Project;
        var hasProject = table.Rows.Any(r => r.ProjectName is not null) || axis == TableRowAxis.Project;
        var hasGov = table.Rows.Any(r => r.GovernmentEconomicCode is not null || r.GovernmentEconomicName is not null);
        var economic = axis == TableRowAxis.EconomicClassification
            || axis is null && table.Rows.Where(r => r.Code is not null).Select(r => r.Code!).DefaultIfEmpty("").All(c => c.StartsWith('3'))
               && table.Rows.Any(r => r.Code is not null);

        var lead = new List<(string Header, double Weight)>();
        if (hasCode)
        {
            lead.Add((economic ? (hasGov ? "部门预算支出经济分类科目编码" : "经济分类科目编码") : "功能分类科目编码", CodeWeight));
            lead.Add((economic ? (hasGov ? "部门预算支出经济分类科目名称" : "经济分类科目名称") : "功能分类科目名称", NameWeight));
        }
        else
        {
            lead.Add(("项目", NameWeight));
        }
        if (hasProject) lead.Add(("项目名称", NameWeight));
        if (hasGov)
        {
            lead.Add(("政府预算支出经济分类科目编码", CodeWeight));
            lead.Add(("政府预算支出经济分类科目名称", NameWeight));
        }

        var columns = table.Columns;
        var groups = Groups(columns);
        var twoRows = groups.Any(g => g.Label is not null);
        var top = new List<PrintedCell>();
        var second = new List<PrintedCell>();
        foreach (var (header, _) in lead) top.Add(Header(header, 1, twoRows ? 2 : 1));
        foreach (var g in groups)
        {
            if (g.Label is null)
            {
                top.Add(Header(columns[g.Start].Header, 1, twoRows ? 2 : 1));
                continue;
            }
            top.Add(Header(g.Label, g.Count));
            for (var i = g.Start; i < g.Start + g.Count; i++)
            {
                // Under 公务用车购置及运行费 its own subtotal column is printed 小计, as published tables do.
                var subtotal = columns[i].Key == ColumnKey.VehicleSubtotal && Compact(columns[i].Header).StartsWith(g.Label, StringComparison.Ordinal);
                second.Add(Header(subtotal ? "小计" : columns[i].Header));
            }
        }

        var rows = new List<IReadOnlyList<PrintedCell>>();
        foreach (var row in table.Rows)
        {
            var bold = IsTotal(row);
            var cells = new List<PrintedCell>();
            if (hasCode)
            {
                cells.Add(new PrintedCell(row.Code ?? "", PrintedCellKind.Code) { Bold = bold });
                cells.Add(new PrintedCell(row.Name, PrintedCellKind.Label) { Bold = bold });
            }
            else
            {
                cells.Add(new PrintedCell(row.Name, PrintedCellKind.Label) { Bold = bold });
            }
            if (hasProject) cells.Add(new PrintedCell(row.ProjectName ?? "", PrintedCellKind.Label) { Bold = bold });
            if (hasGov)
            {
                cells.Add(new PrintedCell(row.GovernmentEconomicCode ?? "", PrintedCellKind.Code) { Bold = bold });
                cells.Add(new PrintedCell(row.GovernmentEconomicName ?? "", PrintedCellKind.Label) { Bold = bold });
            }
            for (var i = 0; i < columns.Count; i++)
            {
                cells.Add(Amount(i < row.Values.Count ? row.Values[i] : CellValue.Blank, bold));
            }
            rows.Add(cells);
        }
        if (rows.Count == 0) rows.Add(BlankRow(lead.Count + columns.Count));
        return new PrintedTable
        {
            Source = table,
            Number = table.PrintedNumber,
            Title = table.Title,
            ColumnCount = lead.Count + columns.Count,
            HeaderRows = twoRows ? [top, second] : [top],
            Rows = rows,
            ColumnWeights = [.. lead.Select(l => l.Weight), .. columns.Select(_ => AmountWeight)],
        };
    }

    /// <summary>An empty table prints one blank ruled row under its header, as published 空表 do.</summary>
    private static List<PrintedCell> BlankRow(int width) => Enumerable.Range(0, width).Select(_ => new PrintedCell("", PrintedCellKind.Label)).ToList();

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private sealed record Group(int Start, int Count, string? Label);

    /// <summary>Runs of value columns printed under one merged header (公务用车购置及运行费: 小计, 购置费, 运行费).</summary>
    private static List<Group> Groups(IReadOnlyList<TableColumn> columns)
    {
        var groups = new List<Group>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Key == ColumnKey.VehicleSubtotal)
            {
                var count = 1;
                while (i + count < columns.Count && (columns[i + count].Key == ColumnKey.VehiclePurchase || columns[i + count].Key == ColumnKey.VehicleOperation)) count++;
                if (count > 1)
                {
                    groups.Add(new Group(i, count, "公务用车购置及运行费"));
                    i += count - 1;
                    continue;
                }
            }
            groups.Add(new Group(i, 1, null));
        }
        return groups;
    }

    // ---- two-sided summary tables -------------------------------------------------------------------------------

    private static PrintedTable Summary(DisclosureTable table)
    {
        var columns = table.Columns;
        var income = Enumerable.Range(0, columns.Count).Where(i => columns[i].Side != TableSide.Expenditure).ToList();
        var expenditure = Enumerable.Range(0, columns.Count).Where(i => columns[i].Side == TableSide.Expenditure).ToList();
        var left = table.Rows.Where(r => r.Side != TableSide.Expenditure).ToList();
        var right = table.Rows.Where(r => r.Side == TableSide.Expenditure).ToList();

        // The 本年收入合计 / 本年支出合计 lines and everything after them face each other at the bottom.
        var leftTail = left.FindIndex(r => r.Key == SummaryRowKeys.CurrentYearIncomeTotal);
        var rightTail = right.FindIndex(r => r.Key == SummaryRowKeys.CurrentYearExpenditureTotal);
        var leftLines = new List<TableRow?>(left);
        var rightLines = new List<TableRow?>(right);
        if (leftTail >= 0 && rightTail >= 0)
        {
            var body = Math.Max(leftTail, rightTail);
            leftLines.InsertRange(leftTail, Enumerable.Repeat<TableRow?>(null, body - leftTail));
            rightLines.InsertRange(rightTail, Enumerable.Repeat<TableRow?>(null, body - rightTail));
        }
        var panels = Panels(expenditure, right);
        if (panels is not null) return PanelSummary(table, income, expenditure, left, panels);
        var lineCount = Math.Max(leftLines.Count, rightLines.Count);

        var top = new List<PrintedCell> { Header("收入", 1 + income.Count), Header("支出", 1 + expenditure.Count) };
        var second = new List<PrintedCell> { Header("项目") };
        second.AddRange(income.Select(i => Header(columns[i].Header)));
        second.Add(Header("项目"));
        second.AddRange(expenditure.Select(i => Header(columns[i].Header)));

        var rows = new List<IReadOnlyList<PrintedCell>>();
        for (var k = 0; k < lineCount; k++)
        {
            var cells = new List<PrintedCell>();
            void Side(TableRow? row, List<int> positions, bool coded)
            {
                var bold = row is not null && IsTotal(row);
                var label = row is null ? "" : coded && row.Code is not null ? row.Code + " " + row.Name : row.Name;
                cells.Add(new PrintedCell(label, PrintedCellKind.Label) { Bold = bold });
                foreach (var i in positions)
                {
                    cells.Add(Amount(row is not null && i < row.Values.Count ? row.Values[i] : CellValue.Blank, bold));
                }
            }
            Side(k < leftLines.Count ? leftLines[k] : null, income, false);
            Side(k < rightLines.Count ? rightLines[k] : null, expenditure, true);
            rows.Add(cells);
        }
        if (rows.Count == 0) rows.Add(BlankRow(2 + income.Count + expenditure.Count));
        return new PrintedTable
        {
            Source = table,
            Number = table.PrintedNumber,
            Title = table.Title,
            ColumnCount = 2 + income.Count + expenditure.Count,
            HeaderRows = [top, second],
            Rows = rows,
            ColumnWeights = [NameWeight, .. income.Select(_ => AmountWeight), NameWeight, .. expenditure.Select(_ => AmountWeight)],
        };
    }

    /// <summary>
    /// Shaanxi 财政拨款收支总表: each expenditure column has a label column of its own (功能分类 | 部门经济分类 | 政府经济分类),
    /// so every expenditure line has at most one figure. Returns the lines of each panel, or null for a one-panel table.
    /// A line without a figure goes to the 功能分类 panel when coded, else by its place among the lines printed with it.
    /// </summary>
    private static List<List<TableRow>>? Panels(List<int> expenditure, List<TableRow> right)
    {
        if (expenditure.Count < 2) return null;
        var used = new HashSet<int>();
        foreach (var r in right)
        {
            var filled = expenditure.Where(i => i < r.Values.Count && !r.Values[i].IsBlank).ToList();
            if (filled.Count > 1) return null;
            if (filled.Count == 1) used.Add(filled[0]);
        }
        if (used.Count < 2) return null;
        var panels = expenditure.Select(_ => new List<TableRow>()).ToList();
        foreach (var r in right)
        {
            var filled = expenditure.FindIndex(i => i < r.Values.Count && !r.Values[i].IsBlank);
            int panel;
            if (filled >= 0) panel = filled;
            else if (r.Code is not null || r.Line is null) panel = 0;
            else panel = Math.Min(right.Where(o => o.Line == r.Line).ToList().IndexOf(r), panels.Count - 1);
            panels[panel].Add(r);
        }
        return panels;
    }

    private static PrintedTable PanelSummary(DisclosureTable table, List<int> income, List<int> expenditure, List<TableRow> left, List<List<TableRow>> panels)
    {
        var columns = table.Columns;
        var top = new List<PrintedCell> { Header("收入", 1 + income.Count), Header("支出", 2 * expenditure.Count) };
        var second = new List<PrintedCell> { Header("项目") };
        second.AddRange(income.Select(i => Header(columns[i].Header)));
        foreach (var i in expenditure)
        {
            second.Add(Header("项目"));
            second.Add(Header(columns[i].Header));
        }
        var lineCount = Math.Max(left.Count, panels.Max(p => p.Count));
        var rows = new List<IReadOnlyList<PrintedCell>>();
        for (var k = 0; k < lineCount; k++)
        {
            var cells = new List<PrintedCell>();
            var l = k < left.Count ? left[k] : null;
            cells.Add(new PrintedCell(l?.Name ?? "", PrintedCellKind.Label) { Bold = l is not null && IsTotal(l) });
            cells.AddRange(income.Select(i => Amount(l is not null && i < l.Values.Count ? l.Values[i] : CellValue.Blank, l is not null && IsTotal(l))));
            for (var p = 0; p < panels.Count; p++)
            {
                var r = k < panels[p].Count ? panels[p][k] : null;
                var bold = r is not null && IsTotal(r);
                var label = r is null ? "" : p == 0 && r.Code is not null ? r.Code + " " + r.Name : r.Name;
                cells.Add(new PrintedCell(label, PrintedCellKind.Label) { Bold = bold });
                var c = expenditure[p];
                cells.Add(Amount(r is not null && c < r.Values.Count ? r.Values[c] : CellValue.Blank, bold));
            }
            rows.Add(cells);
        }
        return new PrintedTable
        {
            Source = table,
            Number = table.PrintedNumber,
            Title = table.Title,
            ColumnCount = 1 + income.Count + 2 * expenditure.Count,
            HeaderRows = [top, second],
            Rows = rows,
            ColumnWeights = [NameWeight, .. income.Select(_ => AmountWeight), .. expenditure.SelectMany(_ => new[] { NameWeight, AmountWeight })],
        };
    }

    // ---- free tables ------------------------------------------------------------------------------------------------

    private static PrintedTable Free(DisclosureTable table)
    {
        var lines = table.Rows.Select(CellsOf).ToList();
        var width = Math.Max(1, lines.Select(l => l.Count).DefaultIfEmpty(1).Max());
        var rows = new List<IReadOnlyList<PrintedCell>>();
        foreach (var line in lines)
        {
            var cells = new List<PrintedCell>();
            for (var i = 0; i < line.Count; i++)
            {
                var span = i == line.Count - 1 ? width - i : 1;
                cells.Add(new PrintedCell(line[i], PrintedCellKind.Text) { ColumnSpan = span });
            }
            rows.Add(cells);
        }
        return new PrintedTable
        {
            Source = table,
            Number = table.PrintedNumber,
            Title = table.Title,
            ColumnCount = width,
            Rows = rows,
            ColumnWeights = FreeWeights(lines, width),
            IsFree = true,
        };
    }

    /// <summary>Column widths of a free table by the longest text each column holds (spanning cells aside).</summary>
    private static List<double> FreeWeights(List<List<string>> lines, int width)
    {
        var weights = Enumerable.Repeat(2.0, width).ToList();
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Count - 1 || (i == line.Count - 1 && line.Count == width); i++)
            {
                weights[i] = Math.Max(weights[i], Math.Min(9.0, 1.0 + (line[i].Length / 3.0)));
            }
        }
        return weights;
    }

    /// <summary>
    /// The cells of a free row: its source cells when the quote is the tab-separated row (positions kept), else the
    /// " | "-joined name split again.
    /// </summary>
    private static List<string> CellsOf(TableRow row)
    {
        if (row.Quote.Contains('\t', StringComparison.Ordinal))
        {
            var cells = row.Quote.Split('\t').Select(c => c.Trim()).ToList();
            if (string.Join(" | ", cells.Where(c => c.Length > 0)) == row.Name)
            {
                while (cells.Count > 1 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
                return cells;
            }
        }
        return row.Name.Split(" | ").ToList();
    }
}
