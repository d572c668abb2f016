using Gongkai.Core.Tables;
using Gongkai.Store;

namespace Gongkai.Web.Exports;

/// <summary>Tables and search results as rows of cells (the same rows go to CSV and XLSX).</summary>
public static class TableExport
{
    /// <summary>Header then one line per row: code, its 类/款/项 prefixes, name, kind, side, then the values as printed.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(DisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        yield return ["科目编码", "类", "款", "项", "科目名称（项目）", "行类型", "栏", .. table.Columns.Select(c => (object?)c.Header), "单位"];
        foreach (var row in table.Rows)
        {
            var (c, s, i) = Hierarchy(row.Code);
            yield return
            [
                row.Code, c, s, i, row.ProjectName is null ? row.Name : row.Name + "（" + row.ProjectName + "）", row.Kind.ToString(),
                row.Side switch { TableSide.Income => "收入", TableSide.Expenditure => "支出", _ => null },
                .. row.Values.Select(v => (object?)v.Value),
                table.AmountUnit == Core.Money.AmountUnit.Yuan ? "元" : "万元",
            ];
        }
    }

    /// <summary>Header then one line per search result.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<DocumentSummary> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        yield return ["编号", "标题", "部门/单位", "单位编码", "地区", "年度", "类型", "层级", "表格数", "错误", "警告", "提示", "文件名", "SHA-256"];
        foreach (var d in documents)
        {
            yield return
            [
                d.Id, d.Title, d.Entity, d.EntityCode, d.Region, d.Year, Pages.Terms.KindName(d.Kind), Pages.Terms.LevelName(d.Level),
                d.TableCount, d.ErrorCount, d.WarningCount, d.InfoCount, d.FileName, d.ContentHash,
            ];
        }
    }

    /// <summary>The 类/款/项 prefixes of a classification code (functional 3/5/7 digits; economic 3/5).</summary>
    public static (string? Class, string? Section, string? Item) Hierarchy(string? code)
    {
        if (code is null || code.Length < 3 || !code.All(char.IsAsciiDigit)) return (null, null, null);
        return (code[..3], code.Length >= 5 ? code[..5] : null, code.Length >= 7 ? code[..7] : null);
    }
}
