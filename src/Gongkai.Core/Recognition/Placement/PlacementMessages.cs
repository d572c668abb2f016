using System.Globalization;
using System.Text;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Recognition.Placement;

/// <summary>Chinese messages of the placement diagnostics (invariant number formatting).</summary>
internal static class PlacementMessages
{
    /// <summary>{0} row, {1} alternatives, {2} chosen placement.</summary>
    public const string Ambiguous = "{0}：{1}，无法唯一确定，已按{2}放置。";

    /// <summary>{0} row, {1} failing identities.</summary>
    public const string Unsatisfied = "{0}：没有一种放置能满足{1}，已按最接近的放置。";

    /// <summary>{0} row, {1} printed count, {2} column count, {3} extra numbers.</summary>
    public const string TooMany = "{0}：印出 {1} 个数字，但本表只有 {2} 个数值栏，多出的数字（{3}）未放置。";

    /// <summary>{0} row, {1} printed count, {2} column count.</summary>
    public const string ShortRow = "{0}：印出 {1} 个数字，少于 {2} 个数值栏（本表空白单元格本应印出），已按各栏关系推断位置。";

    /// <summary>{0} row, {1} limit.</summary>
    public const string Truncated = "{0}：可能的放置过多，只比较了前 {1} 种。";

    public static string RowLabel(PlacementProblem problem, PlacementRow row)
    {
        var sb = new StringBuilder(problem.TableName);
        sb.Append(" 行 ");
        var hasCode = !string.IsNullOrWhiteSpace(row.Code);
        if (hasCode) sb.Append(row.Code);
        if (!string.IsNullOrWhiteSpace(row.Name))
        {
            if (hasCode) sb.Append(' ');
            sb.Append(row.Name);
        }
        else if (!hasCode)
        {
            sb.Append('“').Append(row.Quote.Trim()).Append('”');
        }
        return sb.ToString();
    }

    public static string Header(PlacementProblem problem, int column) =>
        column < problem.ColumnHeaders.Count && !string.IsNullOrWhiteSpace(problem.ColumnHeaders[column])
            ? problem.ColumnHeaders[column]
            : problem.Columns[column].Value;

    public static string Quoted(PlacementProblem problem, int column) => "“" + Header(problem, column) + "”";

    public static string Number(CellValue value) => value.ToString();

    public static string Number(decimal value, int decimals) =>
        new CellValue(value, decimals).ToString();

    /// <summary>“A”或“B”, “A”、“B”或“C”.</summary>
    public static string Alternatives(IReadOnlyList<string> quoted)
    {
        if (quoted.Count == 1) return quoted[0];
        return string.Join("、", quoted.Take(quoted.Count - 1)) + "或" + quoted[^1];
    }

    public static string Format(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
