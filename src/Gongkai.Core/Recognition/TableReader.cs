using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Money;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using static Gongkai.Core.Recognition.RecognitionText;

namespace Gongkai.Core.Recognition;

/// <summary>
/// Reads one raw table into a <see cref="DisclosureTable"/> with a template table definition: picks the column layout
/// whose header aliases match the printed header, maps columns (aligned cells by position, layout-lost rows through the
/// placement solver), builds full classification codes and row kinds, and splits two-sided summary lines.
/// </summary>
internal sealed partial class TableReader
{
    private readonly RawTable _raw;
    private readonly TemplateTableDefinition? _def;
    private readonly Func<PlacementProblem, PlacementResult> _solve;
    private readonly List<ImportDiagnostic> _diagnostics;
    private readonly string _name;
    private readonly AmountUnit _unit;

    private readonly IReadOnlyList<PlacementPrior> _documentPriors;

    // documentPriors: priors known from other tables of the document (fund sources it does not have).
    public TableReader(RawTable raw, TemplateTableDefinition? def, Func<PlacementProblem, PlacementResult> solve,
        List<ImportDiagnostic> diagnostics, AmountUnit defaultUnit, IReadOnlyList<PlacementPrior>? documentPriors = null)
    {
        _documentPriors = documentPriors ?? [];
        _raw = raw.Rows.Any(IsColumnNumberRow) ? raw with { Rows = raw.Rows.Where(r => !IsColumnNumberRow(r)).ToList() } : raw;
        _def = def;
        _solve = solve;
        _diagnostics = diagnostics;
        _name = string.Join(" ", new[] { raw.PrintedNumber, raw.Title }.Where(s => !string.IsNullOrEmpty(s)));
        _unit = AmountUnitExtensions.TryParse(raw.UnitText, out var u) ? u : defaultUnit;
    }

    public DisclosureTable Read()
    {
        // A layout may print the table as a 收支总表 where the definition lists classification rows (Xi'an 表9).
        var summaryLayout = _def is { RowAxis: not TableRowAxis.Summary } && _def.Layouts.Any(l => l.RowAxis == TableRowAxis.Summary)
            && ChooseLayout().RowAxis == TableRowAxis.Summary;
        var (columns, rows, layout) = _def switch
        {
            null => ReadFree(),
            { Layouts.Count: > 0 } d when d.Layouts[0].Columns.Count == 0 => ReadFree(),
            _ when summaryLayout => ReadSummary(),
            { RowAxis: TableRowAxis.Summary } => ReadSummary(),
            { Transposed: true } => ReadTransposed(),
            _ => ReadCoded(),
        };
        var note = _raw.Notes.FirstOrDefault(n => n.Contains("空表", StringComparison.Ordinal) || n.Contains("为空", StringComparison.Ordinal)
            || n.Contains("无发生额", StringComparison.Ordinal) || n.Contains("无数据", StringComparison.Ordinal)
            // “（注：2026 年国家信访局部门预算中没有使用政府性基金预算拨款安排的支出。）” (central)
            || n.Contains("没有", StringComparison.Ordinal) && (n.Contains("支出", StringComparison.Ordinal) || n.Contains("收入", StringComparison.Ordinal)));
        // A table printing only zeros under a note that it has no figures (“本表本年无发生额”) is empty too.
        var hasValues = rows.Any(r => r.Values.Any(v => !v.IsBlank && (note is null || v.Value != 0m)));
        var definition = _def is null || layout is null ? _def
            : _def with { Columns = layout.Columns, ColumnIdentities = layout.Identities, RowAxis = layout.RowAxis ?? _def.RowAxis };
        return new DisclosureTable
        {
            Id = _def?.Id,
            Title = _raw.Title ?? _raw.PrintedNumber ?? "",
            PrintedNumber = _raw.PrintedNumber,
            Page = _raw.Page,
            Line = _raw.Line,
            AmountUnit = _unit,
            IsEmpty = !hasValues && (note is not null || rows.Count == 0),
            EmptyNote = note,
            Columns = columns,
            Rows = rows,
            Definition = definition,
        };
    }

    // ---- layout choice -------------------------------------------------------------------------------------------

    private string HeaderText() => Compact(string.Concat(_raw.HeaderRows.SelectMany(r => r.Cells)));

    private ColumnLayout ChooseLayout(Func<ColumnLayout, bool>? fits = null)
    {
        var header = HeaderText();
        var layouts = _def!.Layouts.Count > 0 ? _def.Layouts : [new ColumnLayout("default", _def.Columns, _def.ColumnIdentities)];
        ColumnLayout best = layouts[0];
        var bestScore = (-1.0, -1, -1);
        foreach (var layout in layouts)
        {
            var matched = layout.Columns.Count(c => c.Aliases.Any(a => header.Contains(Compact(a), StringComparison.Ordinal)));
            var fit = fits?.Invoke(layout) ?? true ? 1 : 0;
            var score = (fit + (layout.Columns.Count == 0 ? 0 : (double)matched / layout.Columns.Count), matched, -Array.IndexOf(layouts.ToArray(), layout));
            if (score.CompareTo(bestScore) > 0)
            {
                best = layout;
                bestScore = score;
            }
        }
        return best;
    }

    // ---- free tables (performance, unknown) -----------------------------------------------------------------------

    private (IReadOnlyList<TableColumn>, IReadOnlyList<TableRow>, ColumnLayout?) ReadFree()
    {
        var all = _raw.HeaderRows.Concat(_raw.Rows).ToList();
        if (!_raw.CellsAligned && IsPerformance())
        {
            // Layout-lost 绩效目标表: join wrapped labels, labelled header rows and indicator rows.
            all = PerformanceLines.Join(all).Select(l => new RawRow(l.Cells, string.Join("\n", l.Sources.Select(s => s.SourceText)))
            {
                Line = l.Sources[0].Line,
                Page = l.Sources[0].Page,
            }).ToList();
        }
        var width = all.Count == 0 ? 0 : all.Max(r => r.Cells.Count);
        var columns = Enumerable.Range(1, width).Select(i => new TableColumn("列" + i.ToString(CultureInfo.InvariantCulture), null)).ToList();
        var rows = all.Select(r => new TableRow
        {
            Name = string.Join(" | ", r.Cells.Select(c => c.Trim()).Where(c => c.Length > 0)),
            Kind = RowKind.Line,
            Values = Enumerable.Range(0, width).Select(i => i < r.Cells.Count ? CellParser.ParseOrBlank(r.Cells[i]) : CellValue.Blank).ToList(),
            Cells = _raw.CellsAligned ? r.Cells.Select(c => c.Trim()).ToList() : null,
            Quote = r.SourceText,
            Line = r.Line,
            Page = r.Page,
        }).Where(r => r.Name.Length > 0).ToList();
        return (columns, rows, null);
    }

    private bool IsPerformance() =>
        _def?.Id == TableId.B16 || _def?.Id == TableId.B17
        || (_raw.Title ?? "").Contains("绩效目标", StringComparison.Ordinal);

    // ---- coded tables (function / economic classification, projects, single rows) ---------------------------------

    private sealed record PendingRow(string? Code, string Name, string? ProjectName, string? GovCode, string? GovName,
        RowKind Kind, RawRow Raw, CellValue[] Values, List<CellValue> Numbers, string? Remark = null);

    private (IReadOnlyList<TableColumn>, IReadOnlyList<TableRow>, ColumnLayout?) ReadCoded()
    {
        var layout = ChooseLayout();
        var columns = layout.Columns.Select(c => new TableColumn(c.Header, c.Key, c.Side)).ToList();
        var pending = new List<PendingRow>();
        var codes = new CodeTracker();
        var axis = _def!.RowAxis;
        var seenCode = false;

        if (_raw.CellsAligned)
        {
            var map = MapAlignedColumns(layout, columns);
            foreach (var raw in _raw.Rows)
            {
                var codeParts = new List<(int Pos, string Text)>();
                var texts = new List<string>();
                string? gov = null, govName = null, project = null, remark = null;
                // Sized by the mapped columns: the printed header can carry more value columns than the layout.
                var values = new CellValue[map.Columns.Count];
                for (var p = 0; p < raw.Cells.Count; p++)
                {
                    var cell = raw.Cells[p].Trim();
                    if (cell.Length == 0) continue;
                    if (map.ValueColumn.TryGetValue(p, out var ci))
                    {
                        values[ci] = ParseValue(cell);
                        continue;
                    }
                    if (IsPercent(cell)) continue; // a rate in a column the layout does not know: not part of the name
                    switch (map.Role.GetValueOrDefault(p))
                    {
                        case PositionRole.GovCode: gov = Compact(cell); continue;
                        case PositionRole.GovName: govName = Compact(cell); continue;
                        case PositionRole.Project: project = Compact(cell); continue;
                        case PositionRole.Remark: remark = remark is null ? Compact(cell) : remark + Compact(cell); continue;
                        case PositionRole.Ignore: continue;
                    }
                    if (IsCode(Compact(cell))) codeParts.Add((p, Compact(cell)));
                    else if (codeParts.Count == 0 && texts.Count == 0 && BracketedCode(Compact(cell), axis) is { } split)
                    {
                        // "[2010501]行政运行" (Guangdong): the code printed in brackets before the name, in one cell.
                        codeParts.Add((p, split.Code));
                        texts.Add(split.Name);
                    }
                    else texts.Add(Compact(cell));
                }
                var code = codes.Resolve(codeParts.Select(c => c.Text).ToList(), codeParts.Count == 1 ? map.CodeLevelOf(codeParts[0].Pos) : null);
                pending.Add(MakeRow(code, texts, project, gov, govName, raw, values, [], axis, ref seenCode) with { Remark = remark });
            }
            RealignShiftedRows(pending, map, layout);
            return (map.Columns, Finish(pending, map.Columns), layout);
        }

        var firstLabel = axis == TableRowAxis.Project ? LabelLeftInHeader(layout) : [];
        foreach (var raw in _raw.Rows)
        {
            var (codeParts, texts, numbers) = SplitTokens(raw.Cells);
            if (firstLabel.Count > 0 && ReferenceEquals(raw, _raw.Rows[0]) && texts.Count == 0 && codeParts.Count == 0)
            {
                texts.Add(string.Concat(firstLabel));
            }
            var code = codes.Resolve(codeParts, null);
            pending.Add(MakeRow(code, texts, null, null, null, raw, new CellValue[columns.Count], numbers, axis, ref seenCode));
        }
        if (axis == TableRowAxis.Project && !seenCode)
        {
            // No classification codes at all (上年结转结余明细): every labelled line is a project.
            pending = pending.Select(r => r.Kind == RowKind.UnitSubtotal && !IsUnitSubtotalName(r.Name)
                ? r with { Kind = RowKind.Project, ProjectName = r.Name } : r).ToList();
        }
        Place(pending, layout, columns);
        return (columns, Finish(pending, columns), layout);
    }

    /// <summary>
    /// The row of column numbers printed under a header ("** | 1 | 2 | 3 …", Zhejiang; "栏次 | 1 | 2 …"): labels or marks,
    /// then the integers 1, 2, 3 … in order. It is no data row.
    /// </summary>
    internal static bool IsColumnNumberRow(RawRow row)
    {
        var expected = 1;
        var sawMark = false;
        foreach (var cell in row.Cells.Select(Compact).Where(c => c.Length > 0))
        {
            if (expected == 1 && cell is "**" or "*" or "栏次" or "行次" or "甲" or "乙")
            {
                sawMark = true;
                continue;
            }
            if (cell != expected.ToString(CultureInfo.InvariantCulture)) return false;
            expected++;
        }
        return expected > 3 || sawMark && expected > 2;
    }

    /// <summary>A printed rate ("-60.86%", "30.86％") in a column of rates (增减%).</summary>
    private static bool IsPercent(string cell)
    {
        var c = Compact(cell);
        return c.Length > 1 && c[^1] is '%' or '％' && CellParser.TryParse(c[..^1], out var v) && !v.IsBlank;
    }

    /// <summary>An amount, or a rate's number (the percent sign dropped: "-60.86%" → -60.86).</summary>
    private static CellValue ParseValue(string cell) =>
        IsPercent(cell) ? CellParser.ParseOrBlank(Compact(cell)[..^1]) : CellParser.ParseOrBlank(cell);

    [GeneratedRegex(@"^\[(?<code>\d{3}|\d{5}|\d{7})\](?<name>\D.*)$")]
    private static partial Regex BracketCode();

    /// <summary>
    /// A classification code printed in brackets before the name ("[30101]基本工资"): 3/5/7 digits starting with 2
    /// (功能分类) or 3/5 digits starting with 3 or 5 (经济分类). Unit codes ("[040002]某单位", 6 digits) are not codes.
    /// </summary>
    private static (string Code, string Name)? BracketedCode(string cell, TableRowAxis axis)
    {
        var m = BracketCode().Match(cell);
        if (!m.Success) return null;
        var code = m.Groups["code"].Value;
        var fits = axis switch
        {
            TableRowAxis.FunctionClassification => code[0] == '2',
            TableRowAxis.EconomicClassification => code.Length <= 5 && code[0] is '3' or '5',
            _ => false,
        };
        return fits ? (code, m.Groups["name"].Value) : null;
    }

    // ---- aligned rows whose numbers slipped by a lost or extra cell -----------------------------------------------

    /// <summary>
    /// An aligned row whose cell count differs from its header's, or whose values break the column identities, may have
    /// lost (or gained) an empty cell before or between its numbers, so that they stand one column off. Such a row is
    /// re-placed when its printed placement breaks the identities or puts amounts in columns its parent rows (or, for rows
    /// without a parent, the sound rows of the table) leave empty, and exactly one shift of its number cells by one or two
    /// inserted or one removed empty cell satisfies both. Every re-placed row gets an info diagnostic IMPORT-ROW-REALIGNED.
    /// </summary>
    private void RealignShiftedRows(List<PendingRow> rows, AlignedMap map, ColumnLayout layout)
    {
        var headerWidth = _raw.HeaderRows.Count == 0 ? 0 : _raw.HeaderRows.Max(r => r.Cells.Count);
        if (headerWidth == 0 || map.ValueColumn.Count < 2) return;
        var columns = map.Columns;
        bool Suspect(PendingRow r) =>
            r.Raw.Cells.Count > 0 && (r.Raw.Cells.Count != headerWidth || !IdentitiesHold(r.Values, columns, layout.Identities));
        var suspect = rows.Where(Suspect).ToHashSet(ReferenceEqualityComparer.Instance);
        if (suspect.Count == 0) return;
        var sound = rows.Where(r => !suspect.Contains(r) && r.Values.Any(v => v.OrZero != 0m)).ToList();
        if (sound.Count == 0) return;

        foreach (var row in rows.Where(r => suspect.Contains(r)).ToList())
        {
            // Parents: sound rows whose code is a proper prefix of this row's code (or the same code for a project row).
            var parents = row.Code is null ? [] : sound.Where(s => s.Code is not null && row.Code.StartsWith(s.Code, StringComparison.Ordinal)
                && (s.Code.Length < row.Code.Length || row.Kind == RowKind.Project && s.Kind != RowKind.Project)).ToList();
            var reference = parents.Count > 0 ? parents : row.Code is null ? sound.Where(s => s.Code is null || s.Code.Length == 3).ToList() : [];
            if (reference.Count == 0) continue;
            var supported = new bool[columns.Count];
            foreach (var r in reference)
            {
                for (var c = 0; c < columns.Count && c < r.Values.Length; c++) supported[c] |= r.Values[c].OrZero != 0m;
            }
            bool Fits(CellValue[] values) => IdentitiesHold(values, columns, layout.Identities)
                && Enumerable.Range(0, values.Length).All(c => values[c].OrZero == 0m || supported[c]);
            if (Fits(row.Values)) continue;

            var cells = row.Raw.Cells;
            var numberPositions = Enumerable.Range(0, cells.Count).Where(p => map.ValueColumn.ContainsKey(p) && Compact(cells[p]).Length > 0).ToList();
            if (numberPositions.Count == 0) continue;
            int first = numberPositions[0], last = numberPositions[^1];
            var found = new List<CellValue[]>();
            foreach (var (shifted, start) in Shifts(cells, first, last))
            {
                var values = ValuesOf(shifted, start, map, columns.Count);
                if (values is null || !Fits(values)) continue;
                if (!found.Any(f => f.SequenceEqual(values))) found.Add(values);
            }
            if (found.Count != 1) continue;
            var chosen = found[0];
            var moves = string.Join("，", Enumerable.Range(0, columns.Count).Where(c => !chosen[c].IsBlank && chosen[c] != row.Values[c])
                .Select(c => $"{chosen[c]} 列入“{columns[c].Header}”"));
            Array.Copy(chosen, row.Values, chosen.Length);
            var label = row.ProjectName ?? row.Name;
            _diagnostics.Add(new ImportDiagnostic("IMPORT-ROW-REALIGNED", Severity.Info,
                $"{_name}：第 {row.Raw.Line?.ToString(CultureInfo.InvariantCulture) ?? "?"} 行“{label}”有 {cells.Count} 个单元格而表头有 {headerWidth} 个，"
                + $"数字按原位置会落在错误的列（与列间关系或上级科目不符），已按缺失/多出的空单元格重新对齐：{moves}。")
            { Line = row.Raw.Line, Page = row.Raw.Page, Table = _def?.Id.Value });
        }
    }

    /// <summary>
    /// The row's cells with one or two empty cells inserted before, or one empty cell removed from, its number cells;
    /// with the position from which the shifted cells hold the numbers.
    /// </summary>
    private static IEnumerable<(List<string> Cells, int Start)> Shifts(IReadOnlyList<string> cells, int first, int last)
    {
        for (var count = 1; count <= 2; count++)
        {
            for (var p = first; p <= last; p++)
            {
                var shifted = cells.ToList();
                shifted.InsertRange(p, Enumerable.Repeat("", count));
                yield return (shifted, first);
            }
        }
        for (var p = first - 1; p <= last; p++)
        {
            if (p < 0 || Compact(cells[p]).Length > 0) continue;
            var shifted = cells.ToList();
            shifted.RemoveAt(p);
            yield return (shifted, Math.Min(p, first));
        }
    }

    /// <summary>Values of shifted cells (from the first number on), or null when a number would fall outside the value columns.</summary>
    private static CellValue[]? ValuesOf(List<string> cells, int first, AlignedMap map, int columnCount)
    {
        var values = new CellValue[columnCount];
        for (var p = first; p < cells.Count; p++)
        {
            var cell = cells[p].Trim();
            if (cell.Length == 0) continue;
            if (map.ValueColumn.TryGetValue(p, out var c))
            {
                values[c] = CellParser.ParseOrBlank(cell);
            }
            else
            {
                return null;
            }
        }
        return values;
    }

    /// <summary>Whether every column identity holds for one row, within the printed rounding (blank = 0).</summary>
    private static bool IdentitiesHold(CellValue[] values, IReadOnlyList<TableColumn> columns, IReadOnlyList<ColumnIdentity> identities)
    {
        int Index(ColumnKey key, TableSide side)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Key == key && (side == TableSide.None || columns[c].Side == side)) return c;
            }
            return -1;
        }
        foreach (var identity in identities)
        {
            var target = Index(identity.Target, identity.Side);
            if (target < 0 || target >= values.Length) continue;
            var addends = identity.Addends.Select(a => Index(a, identity.Side)).Where(i => i >= 0 && i < values.Length).ToList();
            if (addends.Count == 0) continue;
            var involved = addends.Append(target).Select(i => values[i]).ToList();
            if (involved.All(v => v.IsBlank)) continue;
            var decimals = involved.Where(v => !v.IsBlank).Max(v => v.Decimals);
            var tolerance = 1m;
            for (var d = 0; d < decimals; d++) tolerance /= 10m;
            var sum = addends.Sum(i => values[i].OrZero);
            if (Math.Abs(values[target].OrZero - sum) > tolerance) return false;
        }
        return true;
    }

    /// <summary>
    /// Layout-lost project tables whose first row prints its label before its numbers on lines of its own: those lines
    /// were taken for header lines. They are the trailing header lines that are no piece of a column header.
    /// </summary>
    private List<string> LabelLeftInHeader(ColumnLayout layout)
    {
        if (_raw.CellsAligned || _raw.HeaderRows.Count == 0 || _raw.Rows.Count == 0) return [];
        var words = layout.Columns.SelectMany(c => c.Aliases.Append(c.Header)).Select(Compact)
            .Concat(["项目", "合计", "总计", "科目编码", "科目名称", "项目名称", "类款项", "基本支出", "项目支出", "人员经费", "公用经费"]).ToList();
        var label = new List<string>();
        for (var i = _raw.HeaderRows.Count - 1; i >= 0; i--)
        {
            var line = Compact(string.Concat(_raw.HeaderRows[i].Cells));
            if (line.Length == 0 || words.Any(w => w.Contains(line, StringComparison.Ordinal)) || words.Any(w => line.Contains(w, StringComparison.Ordinal))) break;
            label.Insert(0, line);
        }
        return label;
    }

    private PendingRow MakeRow(string? code, List<string> texts, string? project, string? gov, string? govName, RawRow raw,
        CellValue[] values, List<CellValue> numbers, TableRowAxis axis, ref bool seenCode)
    {
        var name = texts.Count > 0 ? texts[0] : "";
        if (name.Length == 0 && project is not null && IsTotalName(project))
        {
            // 合计 printed in the 项目名称 column (Zhejiang 项目支出预算表).
            name = project;
            project = null;
        }
        if (axis == TableRowAxis.Project && project is null && texts.Count >= 2)
        {
            project = string.Concat(texts.Skip(1));
        }
        else if (texts.Count >= 2)
        {
            name = string.Concat(texts);
        }
        RowKind kind;
        if (code is not null)
        {
            seenCode = true;
            kind = project is not null ? RowKind.Project : code.Length switch { 3 => RowKind.Class, 5 => RowKind.Section, _ => RowKind.Item };
        }
        else if (IsTotalName(name) || name.Length == 0 && !seenCode && values.Concat(numbers).Any(v => !v.IsBlank)
                 && axis is TableRowAxis.FunctionClassification or TableRowAxis.EconomicClassification)
        {
            // Shaanxi prints the total line without a label.
            if (name.Length == 0) name = "合计";
            kind = RowKind.Total;
        }
        else if (project is not null && axis == TableRowAxis.Project)
        {
            kind = RowKind.Project;
        }
        else if (name.Length > 0 && (IsUnitSubtotalName(name) || !seenCode && axis is TableRowAxis.FunctionClassification
                     or TableRowAxis.EconomicClassification or TableRowAxis.Project))
        {
            kind = RowKind.UnitSubtotal;
        }
        else
        {
            kind = name.Length == 0 && _def?.RowAxis == TableRowAxis.SingleRow ? RowKind.Total : RowKind.Line;
            if (name.Length == 0) name = _def?.RowAxis == TableRowAxis.SingleRow ? "合计" : "";
        }
        return new PendingRow(code, name, project, gov, govName, kind, raw, values, numbers);
    }

    private static (List<string> Codes, List<string> Texts, List<CellValue> Numbers) SplitTokens(IReadOnlyList<string> cells)
    {
        var codes = new List<string>();
        var texts = new List<string>();
        var numbers = new List<CellValue>();
        var firstText = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!CellParser.IsAmount(cells[i]) && !IsBlankMark(cells[i]))
            {
                firstText = i;
                break;
            }
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = Compact(cells[i]);
            if (cell.Length == 0) continue;
            if (firstText > 0 && i < firstText && IsCode(cell))
            {
                codes.Add(cell);
            }
            else if (CellParser.TryParse(cell, out var v) && (!v.IsBlank || IsBlankMark(cell)) && (firstText < 0 || i > firstText))
            {
                numbers.Add(v);
            }
            else if (!CellParser.IsAmount(cell))
            {
                texts.Add(cell);
            }
            else
            {
                numbers.Add(CellParser.ParseOrBlank(cell));
            }
        }
        return (codes, texts, numbers);
    }

    private static bool IsBlankMark(string s) => Compact(s) is "-" or "—" or "--" or "——";

    private void Place(List<PendingRow> rows, ColumnLayout layout, List<TableColumn> columns)
    {
        var withNumbers = rows.Where(r => r.Numbers.Count > 0).ToList();
        if (withNumbers.Count == 0 || columns.Count == 0) return;
        var allPrinted = withNumbers.All(r => r.Numbers.Count == columns.Count);
        var problem = new PlacementProblem
        {
            TableName = _name,
            Columns = columns.Select(c => c.Key ?? default).ToList(),
            ColumnHeaders = columns.Select(c => c.Header).ToList(),
            Identities = layout.Identities,
            Rows = withNumbers.Select(r => new PlacementRow(r.Code, r.Kind, r.Numbers, r.Raw.SourceText, r.Raw.Line)).ToList(),
            Priors = Priors(columns),
            BlanksDropped = !allPrinted,
        };
        PlacementResult result;
        if (allPrinted)
        {
            // Every cell is printed: the order is the column order.
            result = new PlacementResult(withNumbers.Select(r => new RowPlacement(Enumerable.Range(0, columns.Count).ToList(), PlacementStatus.Unique, 1)).ToList(), []);
        }
        else
        {
            result = _solve(problem);
        }
        _diagnostics.AddRange(result.Diagnostics.Select(d => d with { Table = d.Table ?? _def?.Id.Value }));
        for (var i = 0; i < withNumbers.Count && i < result.Rows.Count; i++)
        {
            var placement = result.Rows[i].ColumnOfNumber;
            for (var k = 0; k < placement.Count && k < withNumbers[i].Numbers.Count; k++)
            {
                var c = placement[k];
                if (c >= 0 && c < columns.Count) withNumbers[i].Values[c] = withNumbers[i].Numbers[k];
            }
        }
    }

    private IReadOnlyList<PlacementPrior> Priors(List<TableColumn> columns)
    {
        bool Has(ColumnKey k) => columns.Any(c => c.Key == k);
        var priors = _documentPriors.Where(p => Has(p.Column)).ToList();
        if (_def?.RowAxis != TableRowAxis.EconomicClassification) return priors;
        if (Has(ColumnKey.Public))
        {
            priors.Add(new PlacementPrior("301", ColumnKey.Public));
            priors.Add(new PlacementPrior("303", ColumnKey.Public));
        }
        if (Has(ColumnKey.Personnel))
        {
            priors.Add(new PlacementPrior("302", ColumnKey.Personnel));
            priors.Add(new PlacementPrior("310", ColumnKey.Personnel));
        }
        return priors;
    }

    private List<TableRow> Finish(List<PendingRow> rows, IReadOnlyList<TableColumn> columns) =>
        rows.Where(r => r.Name.Length > 0 || r.Code is not null || r.Values.Any(v => !v.IsBlank)).Select(r => (r, Key: FooterKey(r))).Select(x => (r: x.r, x.Key, Kind: x.Key is null ? x.r.Kind : RowKind.Line)).Select(x => new TableRow
        {
            Key = x.Key,
            Code = x.r.Code,
            Name = x.r.Name,
            Kind = x.Kind,
            ProjectName = x.r.ProjectName,
            GovernmentEconomicCode = x.r.GovCode,
            GovernmentEconomicName = x.r.GovName,
            Remark = x.r.Remark,
            Values = x.r.Values.Length == columns.Count ? x.r.Values : [.. x.r.Values, .. Enumerable.Repeat(CellValue.Blank, columns.Count - x.r.Values.Length)],
            Quote = x.r.Raw.SourceText,
            Line = x.r.Raw.Line,
            Page = x.r.Raw.Page,
        }).ToList();

    /// <summary>A labelled footer line of a classification table (F06 “人员经费合计” / “公用经费合计”), by the template's row definitions.</summary>
    private string? FooterKey(PendingRow r) =>
        r.Code is null && r.Name.Length > 0 && _def is { RowAxis: TableRowAxis.EconomicClassification, RowDefinitions.Count: > 0 }
            ? KeyOf(Label(r.Name), TableSide.None) : null;

    // ---- aligned column mapping ------------------------------------------------------------------------------------

    private enum PositionRole { Generic, GovCode, GovName, Project, Remark, Ignore }

    private sealed class AlignedMap
    {
        public Dictionary<int, int> ValueColumn { get; } = [];
        public Dictionary<int, PositionRole> Role { get; } = [];
        public List<TableColumn> Columns { get; } = [];
        public List<int> CodePositions { get; } = [];

        /// <summary>Level (0 类, 1 款, 2 项) of a lone code printed at a position, from the code columns' order.</summary>
        public int? CodeLevelOf(int position)
        {
            var i = CodePositions.IndexOf(position);
            return i < 0 || CodePositions.Count < 2 ? null : i;
        }
    }

    private AlignedMap MapAlignedColumns(ColumnLayout layout, List<TableColumn> layoutColumns)
    {
        var map = new AlignedMap();
        var width = Math.Max(_raw.Rows.Count == 0 ? 0 : _raw.Rows.Max(r => r.Cells.Count), _raw.HeaderRows.Count == 0 ? 0 : _raw.HeaderRows.Max(r => r.Cells.Count));
        var headers = new string[width];
        for (var p = 0; p < width; p++)
        {
            headers[p] = string.Concat(_raw.HeaderRows.Select(r => p < r.Cells.Count ? Compact(r.Cells[p]) : ""));
        }
        bool HasText(int p) => _raw.Rows.Any(r => p < r.Cells.Count && Compact(r.Cells[p]).Length > 0 && !CellParser.TryParse(r.Cells[p], out _)
            && !IsPercent(r.Cells[p]));
        bool HasNumber(int p) => _raw.Rows.Any(r => p < r.Cells.Count && CellParser.IsAmount(r.Cells[p]));
        var assigned = new bool[layout.Columns.Count];
        var valueByLayout = new Dictionary<int, int>();
        for (var p = 0; p < width; p++)
        {
            var h = headers[p];
            if (h.Contains("政府", StringComparison.Ordinal) && h.Contains("编码", StringComparison.Ordinal)) { map.Role[p] = PositionRole.GovCode; continue; }
            if (h.Contains("政府", StringComparison.Ordinal) && h.Contains("名称", StringComparison.Ordinal)) { map.Role[p] = PositionRole.GovName; continue; }
            if (h.Contains("项目名称", StringComparison.Ordinal) || h.Contains("项目简介", StringComparison.Ordinal)) { map.Role[p] = PositionRole.Project; continue; }
            if (h.Contains("单位编码", StringComparison.Ordinal) || h == "序号") { map.Role[p] = PositionRole.Ignore; continue; }
            // Text printed beside the figures (备注, a project's 绩效目标 or 概述): kept on the row, not glued to its name.
            if (h.EndsWith("备注", StringComparison.Ordinal) || h is "绩效目标" or "项目概述" or "项目绩效目标")
            {
                map.Role[p] = PositionRole.Remark;
                continue;
            }
            if (HasText(p)) continue;
            var best = -1;
            var bestLength = 0;
            for (var c = 0; c < layout.Columns.Count; c++)
            {
                if (assigned[c]) continue;
                foreach (var alias in layout.Columns[c].Aliases)
                {
                    var a = Compact(alias);
                    if (a.Length > bestLength && h.Contains(a, StringComparison.Ordinal))
                    {
                        best = c;
                        bestLength = a.Length;
                    }
                }
            }
            if (best >= 0)
            {
                assigned[best] = true;
                valueByLayout[p] = best;
            }
            else if (HasNumber(p) && !_raw.Rows.All(r => p >= r.Cells.Count || Compact(r.Cells[p]).Length == 0 || IsCode(Compact(r.Cells[p]))))
            {
                // A value column the template does not know: keep it, without a key.
                valueByLayout[p] = -1;
            }
        }
        // Columns: the layout's columns in layout order, then unknown printed columns.
        map.Columns.AddRange(layoutColumns);
        foreach (var (p, c) in valueByLayout.OrderBy(kv => kv.Key))
        {
            if (c >= 0)
            {
                map.ValueColumn[p] = c;
            }
            else
            {
                map.ValueColumn[p] = map.Columns.Count;
                map.Columns.Add(new TableColumn(headers[p].Length > 0 ? headers[p] : "列" + (p + 1).ToString(CultureInfo.InvariantCulture), null));
                _diagnostics.Add(new ImportDiagnostic("IMPORT-UNKNOWN-COLUMN", Severity.Warning,
                    $"{_name}：第 {p + 1} 列“{headers[p]}”不是模板中的列，已按原样保留。") { Line = _raw.Line, Table = _def?.Id.Value });
            }
        }
        for (var p = 0; p < width; p++)
        {
            if (map.ValueColumn.ContainsKey(p) || map.Role.ContainsKey(p)) continue;
            if (_raw.Rows.Any(r => p < r.Cells.Count && IsCode(Compact(r.Cells[p])))) map.CodePositions.Add(p);
        }
        return map;
    }

    // ---- two-sided summary tables ----------------------------------------------------------------------------------

    private sealed record Segment(TableSide Side, int Panel, string Label, string? Code, List<CellValue> Numbers);

    private (IReadOnlyList<TableColumn>, IReadOnlyList<TableRow>, ColumnLayout?) ReadSummary()
    {
        var incomeCount = 0;
        var expenditureCount = 0;
        List<int> panelValueCounts = [];
        if (_raw.CellsAligned)
        {
            panelValueCounts = AlignedPanels().Select(p => p.Values.Count).ToList();
            incomeCount = panelValueCounts.FirstOrDefault();
            expenditureCount = panelValueCounts.Skip(1).Sum();
        }
        var layout = ChooseLayout(_raw.CellsAligned
            ? l => l.Columns.Count(c => c.Side == TableSide.Expenditure) == expenditureCount
            : null);
        var columns = layout.Columns.Select(c => new TableColumn(c.Header, c.Key, c.Side)).ToList();
        var incomeColumns = Enumerable.Range(0, columns.Count).Where(i => columns[i].Side == TableSide.Income).ToList();
        var expenditureColumns = Enumerable.Range(0, columns.Count).Where(i => columns[i].Side == TableSide.Expenditure).ToList();

        var lines = new List<(RawRow Raw, List<Segment> Segments)>();
        foreach (var raw in _raw.Rows)
        {
            lines.Add((raw, _raw.CellsAligned ? AlignedSegments(raw) : LayoutLostSegments(raw)));
        }

        var rows = new List<TableRow>();
        var usedKeys = new HashSet<(string, TableSide)>();
        // Expenditure numbers of layout-lost tables may have lost blanks: place them with the identities.
        var expenditureSegments = lines.SelectMany(l => l.Segments.Where(s => s.Side == TableSide.Expenditure && s.Numbers.Count > 0)
            .Select(s => (l.Raw, s))).ToList();
        var expenditurePlacement = new Dictionary<Segment, IReadOnlyList<int>>(ReferenceEqualityComparer.Instance);
        if (!_raw.CellsAligned && expenditureColumns.Count > 1 && expenditureSegments.Count > 0)
        {
            var allPrinted = expenditureSegments.All(x => x.s.Numbers.Count == expenditureColumns.Count);
            var identities = layout.Identities.Where(i => i.Side != TableSide.Income).Select(i => i with { Side = TableSide.None }).ToList();
            if (allPrinted)
            {
                foreach (var (_, s) in expenditureSegments) expenditurePlacement[s] = Enumerable.Range(0, s.Numbers.Count).ToList();
            }
            else
            {
                var problem = new PlacementProblem
                {
                    TableName = _name,
                    Columns = expenditureColumns.Select(i => columns[i].Key ?? default).ToList(),
                    ColumnHeaders = expenditureColumns.Select(i => columns[i].Header).ToList(),
                    Identities = identities,
                    Priors = _documentPriors.Where(p => expenditureColumns.Any(i => columns[i].Key == p.Column)).ToList(),
                    Rows = expenditureSegments.Select(x => new PlacementRow(x.s.Code, x.s.Code is null ? RowKind.Line : RowKind.Class,
                        x.s.Numbers, x.Raw.SourceText, x.Raw.Line)).ToList(),
                    BlanksDropped = true,
                };
                var result = _solve(problem);
                _diagnostics.AddRange(result.Diagnostics.Select(d => d with { Table = d.Table ?? _def?.Id.Value }));
                for (var i = 0; i < expenditureSegments.Count && i < result.Rows.Count; i++)
                {
                    expenditurePlacement[expenditureSegments[i].s] = result.Rows[i].ColumnOfNumber;
                }
            }
        }

        foreach (var (raw, segments) in lines)
        {
            foreach (var s in segments)
            {
                var values = new CellValue[columns.Count];
                var target = s.Side == TableSide.Income ? incomeColumns : PanelColumns(expenditureColumns, panelValueCounts, s.Panel);
                if (s.Side == TableSide.Expenditure && expenditurePlacement.TryGetValue(s, out var placement))
                {
                    for (var k = 0; k < placement.Count && k < s.Numbers.Count; k++)
                    {
                        if (placement[k] >= 0 && placement[k] < expenditureColumns.Count) values[expenditureColumns[placement[k]]] = s.Numbers[k];
                    }
                }
                else
                {
                    for (var k = 0; k < s.Numbers.Count && k < target.Count; k++) values[target[k]] = s.Numbers[k];
                    if (s.Numbers.Count > target.Count)
                    {
                        _diagnostics.Add(new ImportDiagnostic("IMPORT-EXTRA-VALUES", Severity.Warning,
                            $"{_name}：第 {raw.Line?.ToString(CultureInfo.InvariantCulture) ?? "?"} 行“{s.Label}”印有的数字多于列数，多出的数字未读取。")
                        { Line = raw.Line, Table = _def?.Id.Value });
                    }
                }
                var label = Label(s.Label);
                string? key = null;
                if (s.Code is null)
                {
                    key = KeyOf(label, s.Side);
                    if (key is not null && !usedKeys.Add((key, s.Side))) key = null;
                }
                rows.Add(new TableRow
                {
                    Code = s.Code,
                    Name = label,
                    Kind = s.Code is not null ? RowKind.Class : RowKind.Line,
                    Key = key,
                    Side = s.Side,
                    Values = values,
                    Quote = raw.SourceText,
                    Line = raw.Line,
                    Page = raw.Page,
                });
            }
        }
        return (columns, rows, layout);
    }

    private static List<int> PanelColumns(List<int> expenditureColumns, List<int> panelValueCounts, int panel)
    {
        if (panelValueCounts.Count <= 2) return expenditureColumns;
        var skip = panelValueCounts.Skip(1).Take(panel - 1).Sum();
        return expenditureColumns.Skip(skip).Take(panelValueCounts[panel]).ToList();
    }

    private string? KeyOf(string label, TableSide side)
    {
        foreach (var def in _def!.RowDefinitions.Where(d => d.Side == side || d.Side == TableSide.None))
        {
            if (def.Aliases.Any(a => Label(a) == label)) return def.Key;
        }
        return null;
    }

    /// <summary>Aligned summary tables: label positions (with text in data rows) and the value positions after each.</summary>
    private List<(int Label, List<int> Values)> AlignedPanels()
    {
        var width = _raw.Rows.Concat(_raw.HeaderRows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
        var panels = new List<(int Label, List<int> Values)>();
        for (var p = 0; p < width; p++)
        {
            var isLabel = _raw.Rows.Any(r => p < r.Cells.Count && Compact(r.Cells[p]).Length > 0 && !CellParser.TryParse(r.Cells[p], out _));
            if (isLabel) panels.Add((p, []));
            else if (panels.Count > 0 && _raw.HeaderRows.Concat(_raw.Rows).Any(r => p < r.Cells.Count && Compact(r.Cells[p]).Length > 0)) panels[^1].Values.Add(p);
        }
        return panels;
    }

    private List<Segment> AlignedSegments(RawRow raw)
    {
        var segments = new List<Segment>();
        var panels = AlignedPanels();
        for (var i = 0; i < panels.Count; i++)
        {
            var (labelPos, valuePos) = panels[i];
            var label = labelPos < raw.Cells.Count ? raw.Cells[labelPos].Trim() : "";
            var numbers = valuePos.Select(p => p < raw.Cells.Count ? CellParser.ParseOrBlank(raw.Cells[p]) : CellValue.Blank).ToList();
            if (Compact(label).Length == 0 && numbers.All(n => n.IsBlank)) continue;
            var (code, name) = SplitCode(label);
            // The first expenditure panel lists 功能分类 类; Shaanxi prints them by name only.
            if (i == 1 && code is null) code = FunctionClassNames.CodeOf(Label(name));
            segments.Add(new Segment(i == 0 ? TableSide.Income : TableSide.Expenditure, i, name, code, numbers));
        }
        return segments;
    }

    private static (string? Code, string Name) SplitCode(string label)
    {
        var t = label.Trim();
        var space = t.IndexOfAny([' ', '\u3000']);
        if (space == 3 && IsCode(t[..3])) return (t[..3], t[(space + 1)..].Trim());
        if (t.Length > 3 && IsCode(t[..3]) && !char.IsAsciiDigit(t[3])) return (t[..3], t[3..]);
        return (null, t);
    }

    /// <summary>Layout-lost summary line: "一般公共预算 123.19 202 外交支出 0.00" → income part and expenditure part.</summary>
    private List<Segment> LayoutLostSegments(RawRow raw)
    {
        var cells = raw.Cells.Select(Compact).Where(c => c.Length > 0).ToList();
        var parts = new List<(string? Code, string Label, List<CellValue> Numbers)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            if (c.Length == 3 && IsCode(c) && i + 1 < cells.Count && !CellParser.IsAmount(cells[i + 1]))
            {
                parts.Add((c, cells[i + 1], []));
                i++;
            }
            else if (!CellParser.IsAmount(c))
            {
                if (parts.Count > 0 && parts[^1].Numbers.Count == 0 && parts[^1].Code is null)
                {
                    parts[^1] = (null, parts[^1].Label + c, parts[^1].Numbers);
                }
                else
                {
                    parts.Add((null, c, []));
                }
            }
            else if (parts.Count > 0)
            {
                parts[^1].Numbers.Add(CellParser.ParseOrBlank(c));
            }
            else
            {
                parts.Add((null, "", [CellParser.ParseOrBlank(c)]));
            }
        }
        var segments = new List<Segment>();
        for (var i = 0; i < parts.Count; i++)
        {
            var (code, label, numbers) = parts[i];
            TableSide side;
            if (code is not null) side = TableSide.Expenditure;
            else if (i > 0) side = TableSide.Expenditure;
            else side = KeyOf(Label(label), TableSide.Expenditure) is not null && KeyOf(Label(label), TableSide.Income) is null
                ? TableSide.Expenditure : TableSide.Income;
            segments.Add(new Segment(side, side == TableSide.Income ? 0 : 1, label, code, numbers));
        }
        return segments;
    }

    // ---- transposed tables (“三公” items as rows, fund sources as columns) -----------------------------------------

    private (IReadOnlyList<TableColumn>, IReadOnlyList<TableRow>, ColumnLayout?) ReadTransposed()
    {
        var layout = ChooseLayout();
        var columns = layout.Columns.Select(c => new TableColumn(c.Header, c.Key, c.Side)).ToList();
        var pending = new List<PendingRow>();
        foreach (var raw in _raw.Rows)
        {
            if (_raw.CellsAligned)
            {
                var label = raw.Cells.FirstOrDefault(c => Compact(c).Length > 0 && !CellParser.TryParse(c, out _)) ?? "";
                var numbers = raw.Cells.Where(c => Compact(c).Length > 0 && CellParser.TryParse(c, out _)).Select(CellParser.ParseOrBlank).ToList();
                pending.Add(new PendingRow(null, Label(label), null, null, null, RowKind.Line, raw, new CellValue[columns.Count], numbers));
                continue;
            }
            // Labels printed one after another with the numbers after the last: the earlier labels have no numbers.
            var cells = raw.Cells.Select(Compact).Where(c => c.Length > 0).ToList();
            var labels = cells.Where(c => !CellParser.IsAmount(c)).ToList();
            var nums = cells.Where(CellParser.IsAmount).Select(CellParser.ParseOrBlank).ToList();
            for (var i = 0; i < labels.Count; i++)
            {
                pending.Add(new PendingRow(null, Label(labels[i]), null, null, null, RowKind.Line, raw, new CellValue[columns.Count],
                    i == labels.Count - 1 ? nums : []));
            }
            if (labels.Count == 0 && nums.Count > 0)
            {
                pending.Add(new PendingRow(null, "", null, null, null, RowKind.Line, raw, new CellValue[columns.Count], nums));
            }
        }
        Place(pending, layout, columns);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var rows = Finish(pending, columns).Select(r =>
        {
            var key = KeyOf(r.Name, TableSide.None);
            if (key is not null && !used.Add(key)) key = null;
            return r with { Key = key, Kind = key == "Total" ? RowKind.Total : RowKind.Line };
        }).ToList();
        return (columns, rows, layout);
    }
}
