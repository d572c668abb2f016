using System.Globalization;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;

namespace Gongkai.Cli.Output;

/// <summary>
/// Writes check reports as Chinese text for a reader: per file a header (entity, year, kind, template, tables),
/// the findings grouped by severity (错误 / 警告 / 提示) with their place and printed vs expected figures, the read
/// diagnostics, and a summary line; then an overall summary.
/// </summary>
public static class TextReportWriter
{
    private static readonly Severity[] s_severityOrder = [Severity.Error, Severity.Warning, Severity.Info];

    public static void Write(IReadOnlyList<CheckReport> reports, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            WriteReport(text, report);
            text.Append('\n');
        }
        WriteOverall(text, reports);
        output.Write(text.ToString());
        output.Flush();
    }

    /// <summary>Chinese name of a severity: 错误, 警告 or 提示.</summary>
    public static string SeverityChinese(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static void WriteReport(StringBuilder t, CheckReport report)
    {
        t.Append("══ 文件：").Append(report.Source).Append('\n');
        var document = report.Document;
        if (document is null)
        {
            t.Append("  未能读取（").Append(report.Format is null ? "格式未识别" : "格式：" + report.Format).Append("）\n");
        }
        else
        {
            WriteHeader(t, document);
        }

        foreach (var severity in s_severityOrder)
        {
            var group = report.Findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0) continue;
            t.Append('\n').Append("  ").Append(SeverityChinese(severity)).Append('（').Append(Invariant(group.Count)).Append("）\n");
            foreach (var finding in group) WriteFinding(t, document, finding);
        }
        if (report.Findings.Count == 0 && document is not null) t.Append("\n  未发现问题。\n");

        if (report.Diagnostics.Count > 0)
        {
            t.Append("\n  读取诊断（").Append(Invariant(report.Diagnostics.Count)).Append("）\n");
            foreach (var d in report.Diagnostics)
            {
                t.Append("    [").Append(SeverityChinese(d.Severity)).Append("] ").Append(d.Code);
                var place = Place(d.Page, d.Line);
                if (place.Length > 0) t.Append(' ').Append(place);
                t.Append("：").Append(d.Message).Append('\n');
            }
        }

        t.Append("\n  小结：");
        if (report.Unreadable) t.Append("未能读取；");
        t.Append(Counts(report.Findings)).Append('\n');
    }

    private static void WriteHeader(StringBuilder t, DisclosureDocument document)
    {
        var info = document.Info;
        t.Append("  单位：").Append(info.Entity ?? "（未识别）");
        if (info.EntityCode is not null) t.Append('（').Append(info.EntityCode).Append('）');
        t.Append("  年度：").Append(info.Year is { } y ? Invariant(y) : "（未识别）");
        t.Append("  类型：").Append(KindChinese(info));
        t.Append("  模板：").Append(info.TemplateId ?? "（未识别）").Append('\n');
        if (info.Title is not null) t.Append("  标题：").Append(info.Title).Append('\n');

        var recognised = document.Tables.Where(x => x.Id is not null).ToList();
        var unrecognised = document.Tables.Count - recognised.Count;
        t.Append("  识别表格：").Append(Invariant(recognised.Count)).Append(" 张");
        if (unrecognised > 0) t.Append("，未识别 ").Append(Invariant(unrecognised)).Append(" 张");
        t.Append('\n');
        foreach (var table in recognised)
        {
            t.Append("    ").Append(table.Id!.Value.Value).Append(' ');
            if (table.PrintedNumber is not null) t.Append(table.PrintedNumber).Append(' ');
            t.Append(table.Title).Append("（").Append(table.AmountUnit.ToChinese());
            t.Append(table.IsEmpty ? "，空表" : "，" + Invariant(table.Rows.Count) + " 行").Append("）\n");
        }
    }

    private static void WriteFinding(StringBuilder t, DisclosureDocument? document, Finding f)
    {
        t.Append("    [").Append(f.RuleId).Append("] ").Append(f.Category.ToChinese());
        var location = Location(document, f);
        if (location.Length > 0) t.Append(" · ").Append(location);
        t.Append('\n');
        t.Append("      ").Append(f.Message).Append('\n');
        if (f.Actual is not null || f.Expected is not null)
        {
            t.Append("      印刷数 ").Append(f.Actual is { } a ? a.ToString(CultureInfo.InvariantCulture) : "—");
            t.Append("，应为 ").Append(f.Expected is { } e ? e.ToString(CultureInfo.InvariantCulture) : "—");
            if (f.Actual is { } a2 && f.Expected is { } e2)
            {
                t.Append("（差 ").Append((a2 - e2).ToString(CultureInfo.InvariantCulture)).Append('）');
            }
            t.Append('\n');
        }
        if (!string.IsNullOrWhiteSpace(f.Quote)) t.Append("      原文：「").Append(f.Quote.Trim()).Append("」\n");
        if (f.Related is { } related)
        {
            t.Append("      对照文件：").Append(related.Source);
            var where = new List<string>();
            if (related.Table is not null) where.Add(related.Table);
            if (related.Row is not null) where.Add("行 " + related.Row);
            if (related.Column is not null) where.Add("列 " + related.Column);
            if (related.Section is not null) where.Add("“" + related.Section + "”");
            var relatedPlace = Place(related.Page, related.Line);
            if (relatedPlace.Length > 0) where.Add(relatedPlace);
            if (where.Count > 0) t.Append(" · ").Append(string.Join(" · ", where));
            if (related.Value is { } value) t.Append(" · 数值 ").Append(value.ToString(CultureInfo.InvariantCulture)).Append(related.Unit);
            t.Append('\n');
            if (!string.IsNullOrWhiteSpace(related.Quote)) t.Append("      对照原文：「").Append(related.Quote.Trim()).Append("」\n");
        }
    }

    private static string Location(DisclosureDocument? document, Finding f)
    {
        var parts = new List<string>();
        DisclosureTable? table = null;
        if (f.Table is not null)
        {
            table = document?.Tables.FirstOrDefault(x => x.Id?.Value == f.Table);
            var label = f.Table;
            if (table is not null)
            {
                label = (table.PrintedNumber is null ? f.Table : table.PrintedNumber + "（" + f.Table + "）") + " " + table.Title;
            }
            parts.Add(label);
        }
        if (f.Row is not null)
        {
            var byCode = table?.Rows.FirstOrDefault(r => r.Code == f.Row);
            var byKey = byCode is null ? table?.Rows.FirstOrDefault(r => r.Key == f.Row) : null;
            parts.Add(byCode is not null && byCode.Name != f.Row ? "行 " + f.Row + " " + byCode.Name
                : byKey is not null ? "行 " + byKey.Name
                : "行 " + f.Row);
        }
        if (f.Column is not null) parts.Add("列 " + f.Column);
        var place = Place(f.Page, f.Line);
        if (place.Length > 0) parts.Add(place);
        return string.Join(" · ", parts);
    }

    private static string Place(int? page, int? line)
    {
        var parts = new List<string>();
        if (page is { } p) parts.Add("第" + Invariant(p) + "页");
        if (line is { } l) parts.Add("第" + Invariant(l) + "行");
        return string.Join("", parts);
    }

    private static string KindChinese(DocumentInfo info)
    {
        var level = info.Level switch
        {
            DocumentLevel.Department => "部门",
            DocumentLevel.Unit => "单位",
            _ => "",
        };
        var kind = info.Kind switch
        {
            DocumentKind.Budget => "预算",
            DocumentKind.FinalAccounts => "决算",
            _ => null,
        };
        return kind is null ? "（未识别）" : level + kind;
    }

    private static string Counts(IReadOnlyList<Finding> findings)
    {
        var t = new StringBuilder();
        t.Append(string.Join("，", s_severityOrder.Select(s =>
            SeverityChinese(s) + " " + Invariant(findings.Count(f => f.Severity == s)))));
        var byCategory = findings.GroupBy(f => f.Category).OrderBy(g => g.Key).ToList();
        if (byCategory.Count > 0)
        {
            t.Append("；按类别：").Append(string.Join("，", byCategory.Select(g => g.Key.ToChinese() + " " + Invariant(g.Count()))));
        }
        return t.ToString();
    }

    private static void WriteOverall(StringBuilder t, IReadOnlyList<CheckReport> reports)
    {
        var unreadable = reports.Count(r => r.Unreadable);
        t.Append("总计：").Append(Invariant(reports.Count)).Append(" 个文件");
        if (unreadable > 0) t.Append("（").Append(Invariant(unreadable)).Append(" 个未能读取）");
        t.Append("；").Append(Counts([.. reports.SelectMany(r => r.Findings)])).Append('\n');
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
