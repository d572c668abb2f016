using System.Globalization;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules.Classification;

/// <summary>One classification-coded row of a table, with the scheme its code belongs to.</summary>
internal sealed record CodedRow(DisclosureTable Table, TableRow Row, int Index, string Code, ClassificationScheme? Scheme);

/// <summary>
/// What the G3 rules share: which tables and rows they check, the catalogue of the document's year, and how a
/// finding names its place.
/// </summary>
internal static class CodedRows
{
    /// <summary>
    /// The tables whose rows are classification codes: a definition with a 功能分类 or 经济分类 row axis, a summary
    /// table (收支总表: its 支出 side lists the 功能分类 类), or no definition (the scheme is then read from each code's
    /// first digit).
    /// </summary>
    public static IEnumerable<DisclosureTable> Tables(RuleContext context) =>
        context.Document.Tables.Where(t => t is not null && t.Rows is not null && (t.Definition is null
            || t.Definition.RowAxis is TableRowAxis.FunctionClassification or TableRowAxis.EconomicClassification
                or TableRowAxis.Summary));

    /// <summary>Every row of <paramref name="table"/> that carries a code, in printed order.</summary>
    public static IEnumerable<CodedRow> Of(DisclosureTable table)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row is null || string.IsNullOrWhiteSpace(row.Code)) continue;
            if (row.Kind is RowKind.Total or RowKind.UnitSubtotal or RowKind.Line) continue;
            var code = row.Code.Trim();
            yield return new CodedRow(table, row, i, code, SchemeOf(table, code));
        }
    }

    /// <summary>
    /// The scheme of a code in a table: by the table's row axis when it has a definition (a 2xx code in an economic
    /// table is out of place and gets no scheme), else by the first digit (2 功能, 3 部门经济, 5 政府经济).
    /// </summary>
    public static ClassificationScheme? SchemeOf(DisclosureTable table, string code)
    {
        if (code.Length == 0) return null;
        var byDigit = ClassificationSchemes.FromFirstDigit(code[0]);
        return table.Definition?.RowAxis switch
        {
            TableRowAxis.FunctionClassification => byDigit == ClassificationScheme.Function ? byDigit : null,
            TableRowAxis.EconomicClassification => byDigit is ClassificationScheme.DepartmentalEconomic or ClassificationScheme.GovernmentEconomic ? byDigit : null,
            _ => byDigit,
        };
    }

    /// <summary>The catalogue of the document's year (the last compiled year when the year is unknown).</summary>
    public static ClassificationCatalogue Catalogue(RuleContext context) =>
        context.Catalogues.ForYear(context.Document.Info?.Year ?? EmbeddedCatalogueProvider.LastCompiledYear);

    /// <summary>"2022年" or "（年度未识别，按2026年科目）".</summary>
    public static string YearText(RuleContext context, ClassificationCatalogue catalogue) =>
        context.Document.Info?.Year is int y
            ? y.ToString(CultureInfo.InvariantCulture) + "年"
            : catalogue.Year.ToString(CultureInfo.InvariantCulture) + "年（文件年度未识别，按该年科目检查）";

    /// <summary>How a message names a table: "表三“一般公共预算支出表”".</summary>
    public static string TableText(DisclosureTable table)
    {
        var title = string.IsNullOrWhiteSpace(table.Title) ? table.Id?.Value ?? "未识别表" : table.Title;
        return string.IsNullOrWhiteSpace(table.PrintedNumber) ? $"“{title}”" : $"{table.PrintedNumber}“{title}”";
    }

    /// <summary>A finding about one row, with the row's place and quote.</summary>
    public static Finding Finding(IRule rule, Severity severity, CodedRow row, string message) => new()
    {
        RuleId = rule.Id,
        Severity = severity,
        Category = FindingCategory.ClassificationCode,
        Message = message,
        Table = row.Table.Id?.Value,
        Row = row.Code,
        Page = row.Row.Page ?? row.Table.Page,
        Line = row.Row.Line ?? row.Table.Line,
        Quote = string.IsNullOrEmpty(row.Row.Quote) ? null : row.Row.Quote,
    };

    /// <summary>Formats a message template with invariant culture.</summary>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>"项" / "款" / "类" / "细目" for a code length.</summary>
    public static string LevelText(string code, ClassificationScheme scheme) =>
        ClassificationLevels.FromDigitCount(code.Length)?.ToChinese(scheme.IsEconomic()) ?? "科目";
}
