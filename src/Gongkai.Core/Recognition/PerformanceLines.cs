using Gongkai.Core.Import;
using static Gongkai.Core.Recognition.RecognitionText;

namespace Gongkai.Core.Recognition;

/// <summary>
/// Layout-lost performance tables (绩效目标表): each printed line came out as a row. This joins what the structure
/// allows, never dropping a character of text:
/// <list type="bullet">
/// <item>labels wrapped over lines ("总 / 体 / 目 / 标", "满意度指 / 标", "年度预算总 / 额：") are rejoined;</item>
/// <item>the header block (项目名称, 实施单位, 年度资金总额, 其中：财政拨款, 其他资金, 年度绩效目标 …) becomes one labelled
/// row per label, with the text up to the next label as its value;</item>
/// <item>in the indicator block (after the 一级指标 header), a line led by a 二级指标 becomes an indicator row
/// "一级指标 | 二级指标 | 三级指标 | 指标值" with the 一级指标 in force; label-only lines set the levels and stay as rows.</item>
/// </list>
/// Lines the structure does not explain (wrapped indicator texts of wide tables) stay as they are.
/// </summary>
internal static class PerformanceLines
{
    private static readonly string[] s_level1 = ["产出指标", "效益指标", "满意度指标", "成本指标"];

    private static readonly string[] s_level2 =
    [
        "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态成本指标", "经济效益指标", "社会效益指标",
        "生态效益指标", "可持续影响指标", "满意度指标", "服务对象满意度指标",
    ];

    private static readonly string[] s_headerLabels =
    [
        "项目名称", "实施单位", "预算单位", "主管部门", "项目负责人联系电话", "项目负责人", "经办人联系电话", "经办人", "项目资金（万元）", "项目资金",
        "年度资金总额", "年度预算总额", "其中：财政拨款", "其他资金（万元）", "其他资金", "总体目标", "年度绩效目标", "项目总体目标",
        "单位名称（盖章）", "单位名称", "单位联系人", "联系电话", "年度预算（万元）", "资金来源", "资金总额（万元）", "财政资金（万元）",
        "上级安排", "本级安排",
    ];

    private static readonly string[] s_fragmentWords =
    [
        .. s_level1, .. s_level2, .. s_headerLabels, "一级指标", "二级指标", "三级指标", "指标值", "绩效指标", "指标值设置依据", "指标设定依据",
        "上年完成值", "指标分值权重", "分值权重", "指标赋分规则", "佐证资料", "可持续发展能力", "服务对象满意度",
    ];

    /// <summary>One joined line: its cells and the raw lines it was made of.</summary>
    public sealed record Line(List<string> Cells, List<RawRow> Sources);

    public static List<Line> Join(IReadOnlyList<RawRow> rows)
    {
        var lines = RejoinFragments(rows.Where(r => r.Cells.Any(c => Compact(c).Length > 0)).ToList());
        var headerAt = lines.FindIndex(l => l.Cells.Count > 0 && Compact(l.Cells[0]) == "一级指标");
        if (headerAt < 0) return lines;
        var result = Labelled(lines.Take(headerAt).ToList());
        result.Add(lines[headerAt]);
        result.AddRange(Indicators(lines.Skip(headerAt + 1).ToList()));
        return result;
    }

    /// <summary>Single-cell lines whose concatenation is a known label are joined into one line.</summary>
    private static List<Line> RejoinFragments(List<RawRow> rows)
    {
        var result = new List<Line>();
        for (var i = 0; i < rows.Count; i++)
        {
            var best = i;
            if (rows[i].Cells.Count(c => Compact(c).Length > 0) == 1)
            {
                var text = "";
                for (var j = i; j < rows.Count && j < i + 6 && rows[j].Cells.Count(c => Compact(c).Length > 0) == 1; j++)
                {
                    text += Compact(string.Concat(rows[j].Cells));
                    if (j > i && s_fragmentWords.Contains(text.TrimEnd('：', ':'))) best = j;
                }
            }
            if (best == i)
            {
                result.Add(new Line(rows[i].Cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList(), [rows[i]]));
                continue;
            }
            var sources = rows.Skip(i).Take(best - i + 1).ToList();
            result.Add(new Line([string.Concat(sources.Select(s => Compact(string.Concat(s.Cells))))], sources));
            i = best;
        }
        return result;
    }

    private static string? LabelAtStart(string cell)
    {
        var c = Compact(cell);
        return s_headerLabels.Where(l => c.StartsWith(l, StringComparison.Ordinal)).OrderByDescending(l => l.Length).FirstOrDefault();
    }

    /// <summary>
    /// The header block: a new row at each cell that starts with a label; other cells go to the current row. A text that
    /// starts a line continues the text value that ended the previous line (a wrapped name or sentence).
    /// </summary>
    private static List<Line> Labelled(List<Line> lines)
    {
        var result = new List<Line>();
        Line? current = null;
        Line? lastLine = null;
        foreach (var line in lines)
        {
            for (var k = 0; k < line.Cells.Count; k++)
            {
                var cell = line.Cells[k];
                var label = LabelAtStart(cell);
                if (label is not null || current is null)
                {
                    current = new Line([], [.. line.Sources]);
                    result.Add(current);
                    lastLine = line;
                    if (label is not null)
                    {
                        current.Cells.Add(label);
                        var rest = Compact(cell)[label.Length..].TrimStart('：', ':');
                        if (rest.Length > 0) current.Cells.Add(rest);
                        continue;
                    }
                    current.Cells.Add(cell);
                    continue;
                }
                var continues = k == 0 && !ReferenceEquals(lastLine, line) && current.Cells.Count >= 2
                    && !CellParser.IsAmount(cell) && !CellParser.IsAmount(current.Cells[^1]);
                if (continues) current.Cells[^1] += cell;
                else current.Cells.Add(cell);
                if (!ReferenceEquals(lastLine, line)) current.Sources.AddRange(line.Sources);
                lastLine = line;
            }
        }
        return result;
    }

    /// <summary>The indicator block: 二级指标-led lines become indicator rows under the 一级指标 in force.</summary>
    private static List<Line> Indicators(List<Line> lines)
    {
        var result = new List<Line>();
        string? level1 = null;
        foreach (var line in lines)
        {
            var first = Compact(line.Cells[0]);
            if (line.Cells.Count == 1 && (s_level1.Contains(first) && first != level1 || first == "绩效指标"))
            {
                if (first != "绩效指标") level1 = first;
                result.Add(line);
                continue;
            }
            if (line.Cells.Count >= 2 && s_level2.Contains(first))
            {
                var cells = new List<string>();
                if (level1 is not null) cells.Add(level1);
                cells.Add(first);
                cells.Add(string.Concat(line.Cells.Skip(1).Take(line.Cells.Count - 2)));
                cells.Add(line.Cells[^1]);
                if (line.Cells.Count == 2) cells.RemoveAt(cells.Count - 2);
                result.Add(new Line(cells, line.Sources));
                continue;
            }
            if (LabelAtStart(line.Cells[0]) is not null)
            {
                result.AddRange(Labelled([line]));
                continue;
            }
            result.Add(line);
        }
        return result;
    }
}
