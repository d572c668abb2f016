using Gongkai.Core.Tables;

namespace Gongkai.Core.Performance;

public static partial class PerformanceTableParser
{
    /// <summary>
    /// Reads a 项目支出绩效表 printed as a list, one project per line: (单位名称 |) 项目名称 | 金额 | 绩效目标 (Zhejiang 表11,
    /// the Guangdong 重点项目绩效目标 list). Each line is one project's target: its name, unit, amount and goal text; such a
    /// list prints no indicators. Returns an empty list when <paramref name="table"/> is not such a list.
    /// </summary>
    public static IReadOnlyList<PerformanceTable> ParseProjectList(DisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Id != TableId.B16 && table.Id != TableId.B18 && table.Id is not null) return [];
        var rows = table.Rows.Select(r => (Row: r, Cells: Split(r.Name))).ToList();
        if (rows.Any(x => x.Cells.Any(c => Compact(c) == "一级指标"))) return [];
        var headerAt = rows.FindIndex(x => x.Cells.Select(Compact).Any(c => c is "项目名称" or "项目")
            && x.Cells.Select(Compact).Any(c => c.StartsWith("绩效目标", StringComparison.Ordinal)));
        if (headerAt < 0) return [];
        var header = rows[headerAt].Cells.Select(Compact).ToList();
        var unitAt = header.FindIndex(c => c is "单位名称" or "单位");
        var projectAt = header.FindIndex(c => c is "项目名称" or "项目");
        var amountAt = header.FindIndex(c => c.StartsWith("金额", StringComparison.Ordinal) || c.StartsWith("预算数", StringComparison.Ordinal)
            || c.StartsWith("项目金额", StringComparison.Ordinal));
        var goalAt = header.FindIndex(c => c.StartsWith("绩效目标", StringComparison.Ordinal));
        if (amountAt < 0) return [];

        var result = new List<PerformanceTable>();
        foreach (var (row, printed) in rows.Skip(headerAt + 1))
        {
            // Only complete lines are read (a blank 绩效目标 printed last may be missing): a line whose cells do not match the
            // header is left in the table as printed.
            var cells = printed.Count == header.Count - 1 && goalAt == header.Count - 1 ? [.. printed, ""] : printed;
            if (cells.Count != header.Count) continue;
            var amount = ParseNumber(cells[amountAt]);
            var project = cells[projectAt].Trim();
            if (project.Length == 0 || amount.IsBlank) continue;
            result.Add(new PerformanceTable
            {
                Kind = PerformanceTableKind.ProjectTarget,
                Source = table,
                ProjectName = project,
                ImplementingUnit = unitAt >= 0 ? cells[unitAt].Trim() : null,
                Goal = goalAt >= 0 && cells[goalAt].Trim().Length > 0 ? cells[goalAt].Trim() : null,
                Funds = [new PerformanceFundLine { Kind = PerformanceFundKind.Total, Label = rows[headerAt].Cells[amountAt].Trim(), Amount = amount, Quote = row.Quote, Line = row.Line }],
            });
        }
        return result;
    }
}
