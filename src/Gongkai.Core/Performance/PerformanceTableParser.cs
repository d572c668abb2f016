using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Performance;

/// <summary>
/// Reads a recognised performance table (B16, B17, B18, P01, P02: rows of cells joined with " | " in
/// <see cref="TableRow.Name"/>) into a <see cref="PerformanceTable"/>. Layout-tolerant: labels are found by text,
/// the fund and indicator columns by the header rows the table prints, and leading merged cells (一级/二级指标)
/// may be missing (the level in force carries on). Never throws on odd rows; what it cannot place is left out.
/// </summary>
public static partial class PerformanceTableParser
{
    private static readonly string[] s_level1 =
        ["产出指标", "效益指标", "满意度指标", "成本指标", "项目完成指标", "项目效益指标", "履职效能", "管理效率", "社会效应", "服务对象满意度"];

    private static readonly string[] s_leadIns = ["年度绩效指标完成情况", "年度绩效指标", "绩效指标", "年度绩效指标完成情况（项目）"];

    private static readonly string[] s_stopLabels = ["项目负责人", "经办人", "联系电话", "填报人", "单位负责人", "财务负责人", "填报日期"];

    /// <summary>
    /// Parses <paramref name="table"/> into its performance tables: one per project for a list of projects (“(单位 |) 项目 |
    /// 金额 | 绩效目标”, <see cref="ParseProjectList"/>), or for a list of projects with their indicators (Hunan,
    /// <see cref="ParseProjectIndicatorList"/>), else the one <see cref="Parse"/> reads; empty when it is none.
    /// </summary>
    public static IReadOnlyList<PerformanceTable> ParseAll(DisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var list = ParseProjectList(table);
        if (list.Count == 0) list = ParseProjectIndicatorList(table);
        if (list.Count > 0) return list;
        return Parse(table) is { } one ? [one] : [];
    }

    /// <summary>Parses <paramref name="table"/>, or returns null when it is not a performance table.</summary>
    public static PerformanceTable? Parse(DisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        PerformanceTableKind kind;
        if (table.Id == TableId.B16 || table.Id == TableId.B18) kind = PerformanceTableKind.ProjectTarget;
        else if (table.Id == TableId.B17) kind = PerformanceTableKind.UnitTarget;
        else if (table.Id == TableId.P01) kind = PerformanceTableKind.ProjectSelfEvaluation;
        else if (table.Id == TableId.P02) kind = PerformanceTableKind.UnitSelfEvaluation;
        else return null;

        var rows = table.Rows.Select(r => (Row: r, Cells: Split(r.Name))).Where(x => x.Cells.Count > 0).ToList();
        var headerAt = rows.FindIndex(x => x.Cells.Any(c => Compact(c) == "一级指标"));
        var head = headerAt < 0 ? rows : rows.Take(headerAt).ToList();

        string? project = null, department = null, unit = null, goal = null, goalActual = null;
        var funds = new List<PerformanceFundLine>();
        var executionWeight = CellValue.Blank;
        List<string>? fundRoles = null;
        for (var i = 0; i < head.Count; i++)
        {
            var (row, cells) = head[i];
            for (var k = 0; k < cells.Count; k++)
            {
                var label = Compact(cells[k]).TrimEnd('：', ':');
                var next = k + 1 < cells.Count ? cells[k + 1].Trim() : null;
                if (next is null || LooksLikeLabel(next)) continue;
                if (project is null && (label.EndsWith("项目名称", StringComparison.Ordinal) || label == "专项（项目）名称"
                    || label.StartsWith("部门（单位）名称", StringComparison.Ordinal) || label.StartsWith("单位名称", StringComparison.Ordinal)))
                {
                    // A long name may be wrapped over cells: join them up to the next label.
                    project = string.Concat(cells.Skip(k + 1).TakeWhile(c => !LooksLikeLabel(c)).Select(c => c.Trim()));
                }
                else if (department is null && label.StartsWith("主管部门", StringComparison.Ordinal)) department = next; // 主管部门及代码 (central)
                else if (unit is null && (label == "实施单位" || label == "预算单位")) unit = next;
            }
            var compactCells = cells.Select(Compact).ToList();
            if (compactCells.Any(c => c.Contains("年初预算数", StringComparison.Ordinal) || c == "执行数" || c == "全年执行数"))
            {
                fundRoles = FundRoles(compactCells);
                continue;
            }
            if (compactCells.Contains("预期目标"))
            {
                if (i + 1 < head.Count)
                {
                    var goalCells = head[i + 1].Cells.Where(c => Compact(c) != "总体目标").ToList();
                    goal = goalCells.ElementAtOrDefault(0);
                    goalActual = goalCells.ElementAtOrDefault(1);
                    i++;
                }
                continue;
            }
            var goalAt = compactCells.FindIndex(c => c is "年度绩效目标" or "总体目标" or "年度目标" or "年度总体目标" or "项目总体目标");
            if (goalAt >= 0 && goalAt + 1 < cells.Count && goal is null && !compactCells.Contains("实施期总目标"))
            {
                goal = string.Join(" ", cells.Skip(goalAt + 1));
            }
            else if (goal is null && compactCells.Contains("年度目标") && i + 1 < head.Count)
            {
                // 实施期总目标 | 年度目标: the next row holds the texts.
                var texts = head[i + 1].Cells;
                goal = texts.Count >= 2 ? texts[^1] : texts.FirstOrDefault();
            }
            ReadFunds(row, cells, fundRoles, funds);
            if (fundRoles is null && cells.Select(c => ExecutionWeight().Match(Compact(c))).FirstOrDefault(m => m.Success) is { } weight)
            {
                executionWeight = ParseNumber(weight.Groups[1].Value);
            }
        }
        if (!executionWeight.IsBlank && funds.FindIndex(f => f.Kind == PerformanceFundKind.Total) is var at and >= 0)
        {
            // 执行率分值（10） printed beside the funds of a target table: the weight the execution rate will carry.
            funds[at] = funds[at] with { Weight = executionWeight };
        }

        var indicators = new List<PerformanceIndicator>();
        CellValue totalWeight = CellValue.Blank, totalScore = CellValue.Blank;
        string? totalQuote = null;
        int? totalLine = null;
        if (headerAt >= 0)
        {
            var roles = IndicatorRoles(rows[headerAt].Cells);
            // A target table may print the indicators' total weight in the header: 分值（90）.
            totalWeight = rows[headerAt].Cells.Select(c => WeightInHeader().Match(Compact(c))).Where(m => m.Success)
                .Select(m => ParseNumber(m.Groups[1].Value)).FirstOrDefault();
            string? level1 = null, level2 = null;
            foreach (var (row, rawCells) in rows.Skip(headerAt + 1))
            {
                var cells = rawCells.ToList();
                var first = Compact(cells[0]);
                if (s_stopLabels.Any(s => first.StartsWith(s, StringComparison.Ordinal)) || first == "经") continue;
                if (first == "总分" || first == "合计")
                {
                    var numbers = cells.Skip(1).Select(ParseNumber).Where(n => !n.IsBlank).ToList();
                    totalWeight = numbers.ElementAtOrDefault(0);
                    totalScore = numbers.Count > 1 ? numbers[1] : CellValue.Blank;
                    totalQuote = row.Quote.Length > 0 ? row.Quote : row.Name;
                    totalLine = row.Line;
                    continue;
                }
                while (cells.Count > 0 && s_leadIns.Contains(Compact(cells[0]))) cells.RemoveAt(0);
                var ownLevel1 = false;
                if (cells.Count > 0 && IsLevel1(Compact(cells[0])) && (cells.Count == 1 || IsLevel2(Compact(cells[1]))))
                {
                    level1 = Compact(cells[0]);
                    level2 = null;
                    cells.RemoveAt(0);
                    ownLevel1 = true;
                }
                if (cells.Count > 0 && IsLevel2(Compact(cells[0])))
                {
                    // Two level-2-like words lead the row: the first is the level 1 only when the row printed none and what
                    // remains after both is a name and a value, or nothing. “满意度指标 | 服务对象满意度指标 | 服务对象满意度指标 | ≥95%”
                    // (Fuzhou) names its indicator like its level 2.
                    if (!ownLevel1 && cells.Count is 2 or >= 4 && IsLevel2(Compact(cells[1])))
                    {
                        level1 = FamilyLevel1(Compact(cells[0])) ?? level1;
                        cells.RemoveAt(0);
                    }
                    level2 = Compact(cells[0]);
                    cells.RemoveAt(0);
                    var family = FamilyOf(level2);
                    if (family is not null && FamilyOf(level1) is { } current && current != family && family != "成本"
                        && current is "产出" or "效益" or "满意度") level1 = family + "指标";
                }
                if (cells.Count < 2) continue;
                indicators.Add(Indicator(row, cells, roles, level1, level2));
            }
        }

        return new PerformanceTable
        {
            Kind = kind,
            Source = table,
            ProjectName = project,
            Department = department,
            ImplementingUnit = unit,
            Funds = funds,
            Goal = goal,
            GoalActual = goalActual,
            Indicators = indicators,
            TotalWeight = totalWeight,
            TotalScore = totalScore,
            TotalQuote = totalQuote,
            TotalLine = totalLine,
        };
    }

    [GeneratedRegex(@"^(?:分值|权重|分值权重|指标分值权重)[（(](\d+(?:\.\d+)?)[)）]$")]
    private static partial Regex WeightInHeader();

    [GeneratedRegex(@"^执行率分值[（(](\d+(?:\.\d+)?)[)）]$")]
    private static partial Regex ExecutionWeight();

    /// <summary>Parses a printed 指标值 ("≥1600人", ">=95%", "=1 年", "有效降低").</summary>
    public static IndicatorValue ParseValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = ValuePattern().Match(text.Trim());
        if (!m.Success) return new IndicatorValue { Text = text.Trim() };
        var op = m.Groups["op"].Value.Replace(" ", "", StringComparison.Ordinal) switch
        {
            ">=" or "＞=" or "≥" or "＞＝" => "≥",
            "<=" or "＜=" or "≤" or "＜＝" => "≤",
            ">" or "＞" => ">",
            "<" or "＜" => "<",
            "=" or "＝" => "=",
            _ => null,
        };
        var unit = m.Groups["unit"].Value.Trim();
        return new IndicatorValue
        {
            Text = text.Trim(),
            Operator = op,
            Number = decimal.Parse(m.Groups["num"].Value, NumberStyles.Number, CultureInfo.InvariantCulture),
            Unit = unit.Length == 0 ? null : unit,
        };
    }

    private static PerformanceIndicator Indicator(TableRow row, List<string> cells, List<string> roles, string? level1, string? level2)
    {
        var name = cells[0].Trim();
        string? target = null, actual = null, deviation = null;
        CellValue weight = CellValue.Blank, score = CellValue.Blank;
        var rest = cells.Skip(1).ToList();
        for (var i = 0; i < rest.Count; i++)
        {
            var role = i < roles.Count ? roles[i] : "note";
            switch (role)
            {
                case "target": target = rest[i]; break;
                case "actual": actual = rest[i]; break;
                case "weight": weight = ParseNumber(rest[i]); break;
                case "score": score = ParseNumber(rest[i]); break;
                case "note": deviation = deviation is null ? rest[i] : deviation + " " + rest[i]; break;
                default: break;
            }
        }
        return new PerformanceIndicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target is null ? null : ParseValue(target),
            Actual = actual is null ? null : ParseValue(actual),
            Weight = weight,
            Score = score,
            Deviation = deviation,
            Family = FamilyOf(level2) is { } f && f != "成本" ? f : FamilyOf(level1) ?? FamilyOf(level2),
            Quote = row.Quote.Length > 0 ? row.Quote : row.Name,
            Line = row.Line,
        };
    }

    /// <summary>The roles of the columns after 三级指标 (target, actual, weight, score, note, other).</summary>
    private static List<string> IndicatorRoles(List<string> header)
    {
        var cells = header.Select(Compact).ToList();
        var nameAt = cells.FindIndex(c => c is "三级指标" or "指标内容" or "指标名称");
        if (nameAt < 0) nameAt = cells.FindIndex(c => c == "二级指标") + 1;
        if (nameAt <= 0) nameAt = 2;
        var roles = new List<string>();
        foreach (var c in cells.Skip(nameAt + 1))
        {
            if (c.StartsWith("实际完成", StringComparison.Ordinal)) roles.Add("actual");
            else if (c.Contains("指标值", StringComparison.Ordinal) && !c.Contains("依据", StringComparison.Ordinal)) roles.Add("target");
            // 分值, 权重, 分值权重（90） (the central template prints the indicators' total weight in the header)
            else if (c.StartsWith("分值", StringComparison.Ordinal) || c.StartsWith("权重", StringComparison.Ordinal) || c.StartsWith("指标分值", StringComparison.Ordinal))
                roles.Add("weight");
            else if (c == "得分") roles.Add("score");
            else if (c.Contains("偏差", StringComparison.Ordinal) || c == "备注") roles.Add("note");
            else roles.Add("other");
        }
        if (!roles.Contains("target")) roles.Insert(0, "target");
        return roles;
    }

    private static List<string> FundRoles(List<string> header)
    {
        var roles = new List<string>();
        foreach (var c in header)
        {
            if (c.Contains("年初预算", StringComparison.Ordinal)) roles.Add("start");
            else if (c.Contains("全年预算", StringComparison.Ordinal) || c.StartsWith("预算数", StringComparison.Ordinal)) roles.Add("full");
            else if (c.Contains("执行数", StringComparison.Ordinal)) roles.Add("executed");
            else if (c == "分值") roles.Add("weight");
            else if (c.StartsWith("执行率", StringComparison.Ordinal)) roles.Add("rate");
            else if (c == "得分") roles.Add("score");
        }
        return roles;
    }

    private static void ReadFunds(TableRow row, List<string> cells, List<string>? roles, List<PerformanceFundLine> funds)
    {
        var quote = row.Quote.Length > 0 ? row.Quote : row.Name;
        if (roles is not null)
        {
            // 自评表: label cells, then the values in the header's column order.
            var valueAt = cells.FindIndex(c => !ParseNumber(c).IsBlank || IsDash(c));
            if (valueAt <= 0) return;
            var label = Compact(cells[valueAt - 1]);
            var values = cells.Skip(valueAt).ToList();
            var line = new PerformanceFundLine { Kind = FundKind(label) ?? PerformanceFundKind.Source, Label = label, Quote = quote, Line = row.Line };
            for (var i = 0; i < values.Count && i < roles.Count; i++)
            {
                var v = ParseNumber(values[i]);
                line = roles[i] switch
                {
                    "start" => line with { BudgetAtStart = v },
                    "full" => line with { BudgetFull = v },
                    "executed" => line with { Executed = v },
                    "weight" => line with { Weight = v },
                    "rate" => line with { RatePercent = v },
                    "score" => line with { Score = v },
                    _ => line,
                };
            }
            funds.RemoveAll(f => f.Kind == line.Kind && line.Kind != PerformanceFundKind.Source);
            funds.Add(line);
            return;
        }
        // 目标表: "label | amount" pairs anywhere in the row; a later (年度) pair replaces an earlier (实施期) one.
        for (var k = 0; k < cells.Count; k++)
        {
            var label = Compact(cells[k]).TrimEnd('：', ':');
            var kind = FundKind(label);
            if (kind is null) continue;
            var amount = k + 1 < cells.Count ? ParseNumber(cells[k + 1]) : CellValue.Blank;
            if (label.StartsWith("实施期", StringComparison.Ordinal) && funds.Any(f => f.Kind == kind)) continue;
            if (!label.StartsWith("实施期", StringComparison.Ordinal) || !funds.Any(f => f.Kind == kind))
            {
                funds.RemoveAll(f => f.Kind == kind);
                funds.Add(new PerformanceFundLine { Kind = kind.Value, Label = label, Amount = amount, Quote = quote, Line = row.Line });
            }
        }
    }

    private static PerformanceFundKind? FundKind(string label)
    {
        if (label.Contains("资金总额", StringComparison.Ordinal) || label.Contains("预算总额", StringComparison.Ordinal) || label == "合计")
            return PerformanceFundKind.Total;
        if (label.StartsWith("其中", StringComparison.Ordinal) && label.Contains("财政", StringComparison.Ordinal)) return PerformanceFundKind.Fiscal;
        if (label == "财政拨款") return PerformanceFundKind.Fiscal;
        if (label.Contains("上年结转", StringComparison.Ordinal)) return PerformanceFundKind.CarriedOver;
        if (label is "其他资金" or "其他" || label.StartsWith("其他资金", StringComparison.Ordinal)) return PerformanceFundKind.Other;
        return null;
    }

    private static bool LooksLikeLabel(string cell)
    {
        var c = Compact(cell).TrimEnd('：', ':');
        return c is "主管部门" or "主管部门及代码" or "实施单位" or "预算单位" or "项目名称" or "实施期限" || FundKind(c) is not null;
    }

    private static bool IsLevel1(string cell) => s_level1.Contains(cell);

    private static bool IsLevel2(string cell) => cell.EndsWith("指标", StringComparison.Ordinal) && cell.Length <= 12;

    private static string? FamilyLevel1(string level2) => FamilyOf(level2) is { } f ? f + "指标" : null;

    /// <summary>产出 / 效益 / 满意度 / 成本 of a level name, or null.</summary>
    internal static string? FamilyOf(string? level)
    {
        if (level is null) return null;
        if (level.Contains("满意", StringComparison.Ordinal)) return "满意度";
        if (level.Contains("效益", StringComparison.Ordinal) || level.Contains("可持续", StringComparison.Ordinal) || level.Contains("效应", StringComparison.Ordinal))
            return "效益";
        if (level.Contains("成本", StringComparison.Ordinal)) return "成本";
        if (level.Contains("产出", StringComparison.Ordinal) || level.Contains("完成", StringComparison.Ordinal) || level.Contains("履职", StringComparison.Ordinal)
            || level is "数量指标" or "质量指标" or "时效指标")
            return "产出";
        return null;
    }

    private static bool IsDash(string cell) => Compact(cell) is "—" or "-" or "——" or "/";

    /// <summary>A printed number with its decimals: "10.00 分" → 10.00, "100.00%" → 100.00, "20万元" → 20; else blank.</summary>
    internal static CellValue ParseNumber(string cell)
    {
        var c = Compact(cell).TrimEnd('分', '%', '％');
        if (c.EndsWith("万元", StringComparison.Ordinal)) c = c[..^2];
        c = c.Replace(",", "", StringComparison.Ordinal);
        if (c.Length == 0 || !decimal.TryParse(c, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return CellValue.Blank;
        var dot = c.IndexOf('.', StringComparison.Ordinal);
        return new CellValue(value, dot < 0 ? 0 : c.Length - dot - 1);
    }

    private static List<string> Split(string name) =>
        name.Split(" | ", StringSplitOptions.None).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    private static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

    [GeneratedRegex(@"^(?<op>(?:>=|<=|＞=|＜=|＞＝|＜＝|≥|≤|>|<|＞|＜|=|＝)?)\s*(?<num>-?\d+(?:\.\d+)?)\s*(?<unit>[^\d\s][^\d]{0,7})?$")]
    private static partial Regex ValuePattern();
}
