using System.Text.RegularExpressions;

namespace Gongkai.Formats.Pdf.Assembly;

/// <summary>
/// Decides how many leading rows of a grid are column headers: rows without amounts whose labels are
/// header words (科目, 金额, 类/款/项, 预算数 …) or a 栏次 row (1, 2, 3 …).
/// </summary>
internal static partial class HeaderRows
{
    private const int MaxHeaderRows = 5;
    private const int MaxHeaderCellLength = 30;

    public static int Count(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var count = 0;
        while (count < rows.Count && count < MaxHeaderRows && IsHeaderLike(rows[count])) count++;
        return count;
    }

    public static bool IsHeaderLike(IReadOnlyList<string> row)
    {
        var nonEmpty = row.Where(c => c.Length > 0).ToList();
        if (nonEmpty.Count == 0) return false;
        if (nonEmpty.Any(c => c.Contains("栏次", StringComparison.Ordinal))) return true;
        if (IsColumnIndexRow(nonEmpty)) return true;
        if (nonEmpty.Any(c => CaptionPatterns.Amount().IsMatch(c) || c.Length > MaxHeaderCellLength)) return false;
        // Row labels of data rows whose amounts are blank (十四、…支出, （一）…, 1、…), and 合计/总计 in the first column.
        // Column headers may be enumerated too (1、因公出国（境）费 | 2、公务用车…), but then in sequence along the row.
        var items = nonEmpty.Select(ItemNumber).Where(n => n > 0).ToList();
        if (items.Count == 1 || (items.Count > 1 && !items.Zip(items.Skip(1)).All(p => p.Second == p.First + 1))) return false;
        if (row.Count > 0 && TotalLabel().IsMatch(row[0]) && nonEmpty.All(c => TotalLabel().IsMatch(c))) return false;
        return nonEmpty.Any(c => HeaderWord().IsMatch(c));
    }

    /// <summary>The number of an enumerated label (十四、→ 14, （二）→ 2, 3、→ 3), or 0.</summary>
    private static int ItemNumber(string cell)
    {
        var match = ItemLabel().Match(cell);
        if (!match.Success) return 0;
        var token = match.Groups["n"].Value;
        if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic)) return arabic;
        const string digits = "一二三四五六七八九";
        var tens = token.IndexOf('十', StringComparison.Ordinal);
        if (tens < 0) return token.Length == 1 ? digits.IndexOf(token[0], StringComparison.Ordinal) + 1 : 0;
        var high = tens == 0 ? 1 : digits.IndexOf(token[0], StringComparison.Ordinal) + 1;
        var low = tens == token.Length - 1 ? 0 : digits.IndexOf(token[^1], StringComparison.Ordinal) + 1;
        return (high * 10) + low;
    }

    /// <summary>A 栏次 row: 1, 2, 3 … in sequence, other cells only markers (**, 栏次, 甲, 乙).</summary>
    private static bool IsColumnIndexRow(List<string> cells)
    {
        var expected = -1;
        var sequential = 0;
        var markers = 0;
        foreach (var cell in cells)
        {
            if (int.TryParse(cell, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                if ((expected >= 0 && n != expected) || (expected < 0 && n > 1)) return false;
                sequential++;
                expected = n + 1;
            }
            else if (IndexMarker().IsMatch(cell))
            {
                markers++;
            }
            else
            {
                return false;
            }
        }
        return sequential >= 3 || (sequential >= 1 && markers >= 1);
    }

    [GeneratedRegex(@"^\s*(?:(?<n>[一二三四五六七八九十]+)、|[（(](?<n>[一二三四五六七八九十]+|\d{1,2})[）)]\S|(?<n>\d{1,2})[、.．]\D)")]
    private static partial Regex ItemLabel();

    [GeneratedRegex(@"^\s*\S{0,8}(?:合计|总计)\s*$")]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"^(?:[*＊—－-]+|栏次|[甲乙丙丁])$")]
    private static partial Regex IndexMarker();

    [GeneratedRegex(@"科目|编码|代码|名称|项目|预算数|决算数|金额|合计|总计|小计|^类$|^款$|^项$|功能分类|经济分类|收\s*入|支\s*出|本年|上年|单位|部门|序号|结转|结余|拨款|年初|全年|执行数|增减|比上年|其中|基本|公用|人员|资金来源|预算$|基金|数")]
    private static partial Regex HeaderWord();
}
