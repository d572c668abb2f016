using System.Globalization;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Performance;

public static partial class PerformanceTableParser
{
    private static readonly string[] s_nameHeaders = ["单位（项目）名称", "单位(项目)名称", "项目名称"];

    private static readonly string[] s_unitNameHeaders = ["单位名称", "部门（单位）名称", "部门名称", "预算单位", "实施单位"];

    private static readonly string[] s_codeHeaders = ["单位编码", "单位代码", "单位编号"];

    private static readonly string[] s_sourceParts = ["一般公共预算", "政府性基金拨款", "政府性基金预算", "政府性基金", "财政专户管理资金", "国有资本经营预算", "财政拨款"];

    /// <summary>The role of each column of a list layout, found from the header's labels.</summary>
    private enum ListColumn
    {
        None, Code, Name, UnitName, Funds, FundPart, Goal, Level1, Level2, Indicator, Value, Description, Standard, Unit, ValueType, Weight, Note,
    }

    /// <summary>
    /// Reads a 绩效目标表 printed as one grid listing many projects (Hunan 2025年项目支出绩效目标表: 单位编码 | 单位（项目）名称 |
    /// 资金总额 | 绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值内容 | 评（扣）分标准 | 度量单位 | 指标值类型 | 备注)
    /// into one <see cref="PerformanceTable"/> per project; the 部门整体支出绩效目标表 of the same template (单位编码 | 单位名称 |
    /// 资金总额 and its sources | 整体绩效目标 | the indicators) into one per unit. A project's first row carries its code, name,
    /// amount, goal and first indicator; a row repeating them (the top of a new page) continues the same project; a row naming
    /// a unit with neither goal nor indicator (106001 | 长沙市公安局 | 40,233.95) only names the unit of the projects below it;
    /// 合计 is skipped; a 单位名称 printed in a column of its own names the unit of the projects beside and below it. Merged 一级/二级指标 cells are printed on their first row only: the level in force carries on, and a
    /// 二级指标 printed on a row without indicator (社会成本指标) has none. The 备注 column holds the weights when every printed
    /// 备注 is a number. Needs the cells by column (<see cref="TableRow.Cells"/>); returns an empty list when
    /// <paramref name="table"/> is not such a list.
    /// </summary>
    public static IReadOnlyList<PerformanceTable> ParseProjectIndicatorList(DisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        PerformanceTableKind kind;
        if (table.Id is null || table.Id == TableId.B16 || table.Id == TableId.B18) kind = PerformanceTableKind.ProjectTarget;
        else if (table.Id == TableId.B17) kind = PerformanceTableKind.UnitTarget;
        else return [];
        var rows = table.Rows.Where(r => r.Cells is not null).ToList();
        var headerAt = rows.FindIndex(r => r.Cells!.Any(c => Compact(c) == "一级指标"));
        if (headerAt < 0 || headerAt > 5) return [];
        var header = rows.Take(headerAt + 1).ToList();
        // A list's header holds labels only; the single-project form prints its name and funds before 一级指标.
        if (header.Any(r => r.Cells!.Any(c => !ParseNumber(c).IsBlank))) return [];
        var (roles, labels) = ListRoles(header);
        int At(ListColumn role) => roles.IndexOf(role);
        var nameAt = At(ListColumn.Name);
        var unitNameAt = At(ListColumn.UnitName);
        if (nameAt < 0)
        {
            // 整体支出: the unit is what the list names.
            nameAt = unitNameAt;
            unitNameAt = -1;
        }
        var level1At = At(ListColumn.Level1);
        var indicatorAt = At(ListColumn.Indicator);
        if (nameAt < 0 || At(ListColumn.Funds) < 0 || indicatorAt < 0 || nameAt > level1At) return [];

        var body = rows.Skip(headerAt + 1).ToList();
        string Cell(TableRow row, int at) => at >= 0 && at < row.Cells!.Count ? row.Cells[at].Trim() : "";
        // 备注 carries the weights (分值) when each one printed beside an indicator is a number.
        var noteAt = At(ListColumn.Note);
        var notes = body.Where(r => Cell(r, indicatorAt).Length > 0).Select(r => Cell(r, noteAt)).Where(c => c.Length > 0).ToList();
        var noteIsWeight = At(ListColumn.Weight) < 0 && notes.Count > 0 && notes.All(n => !ParseNumber(n).IsBlank);

        var result = new List<PerformanceTable>();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        ListProject? current = null;
        string? lastCode = null, lastUnitName = null, level1 = null, level2 = null;
        var levelWithoutIndicator = false;
        foreach (var row in body)
        {
            var code = Compact(Cell(row, At(ListColumn.Code)));
            var name = Cell(row, nameAt);
            if (code is "合计" or "总计" || Compact(name) is "合计" or "总计") continue;
            if (code.Length > 0) lastCode = code;
            if (Cell(row, unitNameAt) is { Length: > 0 } unitName) lastUnitName = unitName;
            var indicatorCells = Enumerable.Range(0, roles.Count).Where(p => roles[p] >= ListColumn.Level1).Select(p => Cell(row, p));
            var goal = Cell(row, At(ListColumn.Goal));
            if (name.Length > 0 && goal.Length == 0 && indicatorCells.All(c => c.Length == 0))
            {
                // 106001 | 长沙市公安局 | 40,233.95: the unit whose projects follow.
                if (code.Length > 0) units[code] = name;
                continue;
            }
            if (name.Length > 0)
            {
                var funds = ParseNumber(Cell(row, At(ListColumn.Funds)));
                var continued = current is not null && Compact(current.Name) == Compact(name)
                    && (funds.IsBlank || current.Funds.IsBlank || funds.Value == current.Funds.Value)
                    && (code.Length == 0 || current.Code is null || current.Code == code);
                if (!continued)
                {
                    if (current is not null) result.Add(current.Build(table, kind, units));
                    current = new ListProject(name, code.Length > 0 ? code : lastCode, funds, goal.Length > 0 ? goal : null, row,
                        labels[At(ListColumn.Funds)], FundParts(row, roles, labels, Cell)) { UnitName = lastUnitName };
                    level1 = level2 = null;
                    levelWithoutIndicator = false;
                }
            }
            if (current is null) continue;

            var l1 = Compact(Cell(row, level1At));
            var l2 = Compact(Cell(row, At(ListColumn.Level2)));
            var indicatorName = Cell(row, indicatorAt);
            if (l1.Length > 0)
            {
                level1 = l1;
                level2 = l2.Length > 0 ? l2 : null;
            }
            else if (l2.Length > 0) level2 = l2;
            else if (levelWithoutIndicator) level2 = null; // the 二级指标 cell of these rows is blank: not the one above
            levelWithoutIndicator = indicatorName.Length == 0 && (l1.Length > 0 || l2.Length > 0);
            if (indicatorName.Length == 0) continue;

            var note = Cell(row, noteAt);
            var weight = At(ListColumn.Weight) >= 0 ? ParseNumber(Cell(row, At(ListColumn.Weight))) : noteIsWeight ? ParseNumber(note) : CellValue.Blank;
            current.Indicators.Add(new PerformanceIndicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = indicatorName,
                Target = ListTarget(Cell(row, At(ListColumn.Value)), Cell(row, At(ListColumn.Unit)), Cell(row, At(ListColumn.ValueType))),
                Weight = weight,
                Deviation = noteIsWeight || note.Length == 0 ? null : note,
                TargetDescription = NullIfEmpty(Cell(row, At(ListColumn.Description))),
                ScoringStandard = NullIfEmpty(Cell(row, At(ListColumn.Standard))),
                Family = FamilyOf(level2) is { } f && f != "成本" ? f : FamilyOf(level1) ?? FamilyOf(level2),
                Quote = row.Quote.Length > 0 ? row.Quote : row.Name,
                Line = row.Line,
            });
        }
        if (current is not null) result.Add(current.Build(table, kind, units));
        return result;
    }

    /// <summary>
    /// 指标值 with its 度量单位 and 指标值类型 printed in columns of their own: "10" | "次" | "≥" → ≥10次; 定性 → the statement;
    /// 定量 → the number without operator. Null when no value is printed.
    /// </summary>
    internal static IndicatorValue? ListTarget(string value, string unit, string valueType)
    {
        value = value.Trim();
        unit = unit.Trim();
        if (value.Length == 0) return null;
        var type = Compact(valueType);
        if (type == "定性") return new IndicatorValue { Text = value, Unit = NullIfEmpty(unit) };
        var op = type switch
        {
            "≥" or ">=" or "＞=" or "＞＝" or "大于等于" or "不低于" => "≥",
            "≤" or "<=" or "＜=" or "＜＝" or "小于等于" or "不高于" => "≤",
            ">" or "＞" or "大于" => ">",
            "<" or "＜" or "小于" => "<",
            "=" or "＝" or "等于" => "=",
            _ => null,
        };
        // The value may carry its own operator or unit ("≥95%"); what the columns add fills what it lacks.
        var parsed = ParseValue(value);
        if (parsed.Number is null)
        {
            var number = value.Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                return new IndicatorValue { Text = value, Operator = op, Unit = NullIfEmpty(unit) };
            }
            parsed = parsed with { Number = n };
        }
        var resultOp = parsed.Operator ?? op;
        var resultUnit = parsed.Unit ?? NullIfEmpty(unit);
        var text = parsed.Operator is null && parsed.Unit is null ? (resultOp ?? "") + value + (resultUnit ?? "") : value;
        return parsed with { Text = text, Operator = resultOp, Unit = resultUnit };
    }

    private static (List<ListColumn> Roles, List<string> Labels) ListRoles(List<TableRow> header)
    {
        var width = header.Max(r => r.Cells!.Count);
        var roles = new List<ListColumn>();
        var labels = new List<string>();
        for (var p = 0; p < width; p++)
        {
            // The lowest label of a column names it; a spanning label above (年度预算申请, 绩效指标) only when none is lower.
            var stack = header.Select(r => p < r.Cells!.Count ? Compact(r.Cells[p]) : "").Where(c => c.Length > 0).Reverse().ToList();
            var role = ListColumn.None;
            var label = stack.FirstOrDefault() ?? "";
            foreach (var c in stack)
            {
                role = ListRole(c);
                if (role == ListColumn.None) continue;
                label = c;
                break;
            }
            // A column's role is taken once: the first column so labelled (单位名称 of a unit row vs 单位（项目）名称).
            roles.Add(role != ListColumn.None && roles.Contains(role) && role is not ListColumn.FundPart ? ListColumn.None : role);
            labels.Add(label);
        }
        return (roles, labels);
    }

    private static ListColumn ListRole(string label)
    {
        if (s_codeHeaders.Contains(label)) return ListColumn.Code;
        if (s_nameHeaders.Contains(label)) return ListColumn.Name;
        if (s_unitNameHeaders.Contains(label)) return ListColumn.UnitName;
        if (label.Contains("资金总额", StringComparison.Ordinal) || label is "金额" or "预算金额" or "项目金额") return ListColumn.Funds;
        if (s_sourceParts.Contains(label) || label is "其他资金" or "上年结转" or "上年结转资金") return ListColumn.FundPart;
        if (label.StartsWith("绩效目标", StringComparison.Ordinal) || label is "整体绩效目标" or "年度绩效目标" or "年度目标" or "项目绩效目标")
            return ListColumn.Goal;
        return label switch
        {
            "一级指标" => ListColumn.Level1,
            "二级指标" => ListColumn.Level2,
            "三级指标" or "指标名称" => ListColumn.Indicator,
            "指标值内容" or "指标解释" or "指标说明" or "指标值说明" => ListColumn.Description,
            "评（扣）分标准" or "评(扣)分标准" or "评分标准" or "扣分标准" or "评分规则" => ListColumn.Standard,
            "度量单位" or "计量单位" or "指标值单位" => ListColumn.Unit,
            "指标值类型" or "指标性质" or "运算符号" or "指标方向" => ListColumn.ValueType,
            "分值" or "权重" or "指标分值" or "分值权重" or "指标权重" => ListColumn.Weight,
            "备注" => ListColumn.Note,
            _ when label.Contains("指标值", StringComparison.Ordinal) => ListColumn.Value,
            _ => ListColumn.None,
        };
    }

    /// <summary>The fund sources printed beside the total (整体支出: 一般公共预算, 政府性基金拨款, 财政专户管理资金, 其他资金).</summary>
    private static List<PerformanceFundLine> FundParts(TableRow row, List<ListColumn> roles, List<string> labels, Func<TableRow, int, string> cell)
    {
        var parts = new List<PerformanceFundLine>();
        for (var p = 0; p < roles.Count; p++)
        {
            if (roles[p] != ListColumn.FundPart) continue;
            parts.Add(new PerformanceFundLine
            {
                Kind = FundKind(labels[p]) ?? PerformanceFundKind.Source,
                Label = labels[p],
                Amount = ParseNumber(cell(row, p)),
                Quote = row.Quote.Length > 0 ? row.Quote : row.Name,
                Line = row.Line,
            });
        }
        return parts;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>One project (or unit) being read from a list.</summary>
    private sealed class ListProject(string name, string? code, CellValue funds, string? goal, TableRow first, string fundsLabel, List<PerformanceFundLine> parts)
    {
        public string Name { get; } = name;

        public string? Code { get; } = code;

        public CellValue Funds { get; } = funds;

        /// <summary>The 单位名称 printed in a column of its own beside the project's, or null.</summary>
        public string? UnitName { get; init; }

        public List<PerformanceIndicator> Indicators { get; } = [];

        public PerformanceTable Build(DisclosureTable source, PerformanceTableKind kind, Dictionary<string, string> units) => new()
        {
            Kind = kind,
            Source = source,
            ProjectName = Name,
            UnitCode = Code,
            ImplementingUnit = kind == PerformanceTableKind.UnitTarget ? Name
                : UnitName ?? (Code is not null && units.TryGetValue(Code, out var unit) ? unit : null),
            Goal = goal,
            Funds =
            [
                new PerformanceFundLine
                {
                    Kind = PerformanceFundKind.Total, Label = fundsLabel.Length > 0 ? fundsLabel : "资金总额", Amount = Funds,
                    Quote = first.Quote.Length > 0 ? first.Quote : first.Name, Line = first.Line,
                },
                .. parts,
            ],
            Indicators = Indicators,
        };
    }
}
