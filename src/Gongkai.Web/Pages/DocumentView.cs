using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Web.Html;

namespace Gongkai.Web.Pages;

/// <summary>
/// Renders one checked document: the findings with their evidence, every table as an HTML table with the cells a
/// finding points at marked in place (and linked both ways by anchors), and the explanation text with quoted passages
/// marked. Used by the document page (stored documents) and the upload page (a file checked and not stored).
/// </summary>
public static class DocumentView
{
    /// <summary>Where a finding points in the rendered page: a table cell anchor, or null.</summary>
    public static string? CellAnchor(DisclosureDocument document, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(finding);
        var (t, r, c) = Locate(document, finding);
        return t < 0 || r < 0 ? null : CellId(t, r, c);
    }

    /// <summary>The anchor id of a cell: table index, row index, column index (-1 = the name cell).</summary>
    public static string CellId(int table, int row, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"t{table}-r{row}-c{(column < 0 ? "n" : column.ToString(CultureInfo.InvariantCulture))}");

    /// <summary>
    /// Writes the findings list, the tables and the explanation text of <paramref name="document"/>; with
    /// <paramref name="downloadBase"/> (the document's API address) each table links its CSV and XLSX download.
    /// </summary>
    public static void Render(HtmlBuilder h, DisclosureDocument document, IReadOnlyList<Finding> findings,
        IReadOnlyList<ImportDiagnostic> diagnostics, string? downloadBase = null)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ordered = findings.OrderByDescending(f => f.Severity).ToList();
        var marks = new Dictionary<string, List<(int Number, Finding Finding)>>(StringComparer.Ordinal);
        var quoteMarks = new List<(int Number, Finding Finding)>();
        var anchors = new string?[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            anchors[i] = CellAnchor(document, ordered[i]);
            if (anchors[i] is { } a)
            {
                if (!marks.TryGetValue(a, out var list)) marks[a] = list = [];
                list.Add((i + 1, ordered[i]));
            }
            else if (!string.IsNullOrWhiteSpace(ordered[i].Quote))
            {
                quoteMarks.Add((i + 1, ordered[i]));
            }
        }

        RenderSummary(h, ordered);
        RenderFindings(h, ordered, anchors);
        if (diagnostics.Count > 0) RenderDiagnostics(h, diagnostics);

        h.Raw("<h2>公开表格</h2>");
        if (document.Tables.Count == 0) h.Element("p", "本文件没有识别出表格（可能表格另行公开，见附表）。", "muted");
        for (var t = 0; t < document.Tables.Count; t++) RenderTable(h, document.Tables[t], t, marks, downloadBase);

        if (document.Sections.Count > 0)
        {
            h.Raw("<h2>情况说明</h2><div class=\"narrative\">");
            foreach (var section in document.Sections) RenderSection(h, section, quoteMarks);
            h.Raw("</div>");
        }
    }

    private static void RenderSummary(HtmlBuilder h, IReadOnlyList<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        h.Raw("<p class=\"summary\">检查结果：")
            .Element("span", $"错误 {errors} 处", "severity-error").Raw("，")
            .Element("span", $"警告 {warnings} 处", "severity-warning").Raw("，")
            .Element("span", $"提示 {infos} 处", "severity-info").Raw("。</p>");
    }

    private static void RenderFindings(HtmlBuilder h, IReadOnlyList<Finding> findings, string?[] anchors)
    {
        h.Raw("<h2>检查发现</h2>");
        if (findings.Count == 0)
        {
            h.Element("p", "未发现不一致。", "muted");
            return;
        }
        h.Raw("<ol class=\"findings\">");
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            h.Raw("<li").Attr("id", "f" + (i + 1).ToString(CultureInfo.InvariantCulture)).Attr("class", "finding finding-" + SeverityClass(f.Severity)).Raw(">");
            h.Element("span", SeverityName(f.Severity), "severity-" + SeverityClass(f.Severity)).Raw(" ");
            h.Raw("<a class=\"badge\"").Attr("href", "/rules#rule-" + f.RuleId).Raw(">").Text(f.RuleId).Raw("</a> ");
            h.Text(f.Message);
            h.Raw("<div class=\"evidence\">");
            var parts = new List<string>();
            if (f.Table is not null) parts.Add("表：" + f.Table);
            if (f.Row is not null) parts.Add("行：" + f.Row);
            if (f.Column is not null) parts.Add("列：" + f.Column);
            if (f.Page is not null) parts.Add("页：" + f.Page.Value.ToString(CultureInfo.InvariantCulture));
            if (f.Line is not null) parts.Add("行号：" + f.Line.Value.ToString(CultureInfo.InvariantCulture));
            if (f.Actual is not null) parts.Add("印刷数：" + f.Actual.Value.ToString(CultureInfo.InvariantCulture));
            if (f.Expected is not null) parts.Add("应为数：" + f.Expected.Value.ToString(CultureInfo.InvariantCulture));
            h.Text(string.Join("；", parts));
            if (anchors[i] is { } anchor) h.Raw(" ").Link("#" + anchor, "定位到表格单元格", "goto");
            if (!string.IsNullOrWhiteSpace(f.Quote)) h.Raw("<br>原文：<code>").Text(f.Quote).Raw("</code>");
            h.Raw("</div></li>");
        }
        h.Raw("</ol>");
    }

    private static void RenderDiagnostics(HtmlBuilder h, IReadOnlyList<ImportDiagnostic> diagnostics)
    {
        h.Raw("<details><summary>读取说明（").Text(diagnostics.Count.ToString(CultureInfo.InvariantCulture)).Raw(" 条）</summary><ul>");
        foreach (var d in diagnostics)
        {
            h.Raw("<li>").Element("span", SeverityName(d.Severity), "severity-" + SeverityClass(d.Severity)).Raw(" ")
                .Element("span", d.Code, "badge").Raw(" ").Text(d.Message).Raw("</li>");
        }
        h.Raw("</ul></details>");
    }

    private static void RenderTable(HtmlBuilder h, DisclosureTable table, int index,
        Dictionary<string, List<(int Number, Finding Finding)>> marks, string? downloadBase)
    {
        h.Raw("<h3").Attr("id", "t" + index.ToString(CultureInfo.InvariantCulture)).Raw(">");
        if (table.PrintedNumber is not null) h.Text(table.PrintedNumber).Raw(" ");
        h.Text(table.Title);
        if (table.Id is { } id) h.Raw(" ").Element("span", id.Value, "badge");
        h.Raw("</h3><p class=\"muted\">单位：").Text(table.AmountUnit.ToChinese());
        if (table.Id is { } tid && downloadBase is not null)
        {
            h.Raw(" · 下载 ");
            h.Raw("<a class=\"download\"").Attr("href", downloadBase + "/tables/" + tid.Value + ".csv").Raw(">CSV</a> ");
            h.Raw("<a class=\"download\"").Attr("href", downloadBase + "/tables/" + tid.Value + ".xlsx").Raw(">XLSX</a>");
        }
        h.Raw("</p>");
        if (table.IsEmpty)
        {
            h.Element("p", "空表" + (table.EmptyNote is null ? "" : "：" + table.EmptyNote), "muted");
            if (table.Rows.Count == 0) return;
        }
        var sided = table.Columns.Any(c => c.Side != TableSide.None);
        if (!sided)
        {
            RenderGrid(h, table, index, marks, TableSide.None, null);
            return;
        }
        RenderGrid(h, table, index, marks, TableSide.Income, "收入");
        RenderGrid(h, table, index, marks, TableSide.Expenditure, "支出");
    }

    private static void RenderGrid(HtmlBuilder h, DisclosureTable table, int index,
        Dictionary<string, List<(int Number, Finding Finding)>> marks, TableSide side, string? caption)
    {
        var columns = Enumerable.Range(0, table.Columns.Count)
            .Where(c => side == TableSide.None || table.Columns[c].Side == side || table.Columns[c].Side == TableSide.None).ToList();
        var rows = Enumerable.Range(0, table.Rows.Count)
            .Where(r => side == TableSide.None || table.Rows[r].Side == side || (table.Rows[r].Side == TableSide.None && side == TableSide.Income)).ToList();
        if (rows.Count == 0) return;
        h.Raw("<table class=\"data\">");
        if (caption is not null) h.Element("caption", caption);
        h.Raw("<thead><tr><th>科目编码</th><th>科目名称（项目）</th>");
        foreach (var c in columns) h.Element("th", table.Columns[c].Header);
        h.Raw("</tr></thead><tbody>");
        foreach (var r in rows)
        {
            var row = table.Rows[r];
            h.Raw("<tr").Attr("class", RowClass(row.Kind)).Raw(">");
            h.Element("td", row.Code);
            Cell(h, CellId(index, r, -1), marks, row.ProjectName is null ? row.Name : row.Name + "（" + row.ProjectName + "）", false);
            foreach (var c in columns)
            {
                Cell(h, CellId(index, r, c), marks, c < row.Values.Count ? row.Values[c].ToString() : "", true);
            }
            h.Raw("</tr>");
        }
        h.Raw("</tbody></table>");
    }

    private static void Cell(HtmlBuilder h, string id, Dictionary<string, List<(int Number, Finding Finding)>> marks, string text, bool numeric)
    {
        marks.TryGetValue(id, out var here);
        var cls = numeric ? "num" : null;
        if (here is not null)
        {
            var worst = here.Max(m => m.Finding.Severity);
            cls = (cls is null ? "" : cls + " ") + "finding-" + SeverityClass(worst);
        }
        h.Raw("<td").Attr("id", id);
        if (cls is not null) h.Attr("class", cls);
        if (here is not null) h.Attr("title", string.Join("\n", here.Select(m => m.Finding.Message)));
        h.Raw(">").Text(text);
        if (here is not null)
        {
            foreach (var (number, _) in here)
            {
                var n = number.ToString(CultureInfo.InvariantCulture);
                h.Raw("<sup class=\"marker\"><a").Attr("href", "#f" + n).Raw(">[").Text(n).Raw("]</a></sup>");
            }
        }
        h.Raw("</td>");
    }

    private static void RenderSection(HtmlBuilder h, NarrativeSection section, List<(int Number, Finding Finding)> quoteMarks)
    {
        var level = Math.Clamp(section.Level + 2, 3, 6).ToString(CultureInfo.InvariantCulture);
        h.Raw("<h" + level + ">").Text(section.Heading).Raw("</h" + level + ">");
        foreach (var paragraph in section.Text.Split('\n'))
        {
            if (paragraph.Length == 0) continue;
            h.Raw("<p>");
            RenderMarkedText(h, paragraph, quoteMarks);
            h.Raw("</p>");
        }
    }

    /// <summary>Writes <paramref name="text"/> with each finding's quote found in it wrapped in a linked mark.</summary>
    private static void RenderMarkedText(HtmlBuilder h, string text, List<(int Number, Finding Finding)> quoteMarks)
    {
        var position = 0;
        while (position < text.Length)
        {
            var best = -1;
            (int Number, Finding Finding) hit = default;
            foreach (var m in quoteMarks)
            {
                var quote = m.Finding.Quote!.Trim();
                if (quote.Length < 4) continue;
                var at = text.IndexOf(quote, position, StringComparison.Ordinal);
                if (at >= 0 && (best < 0 || at < best)) { best = at; hit = m; }
            }
            if (best < 0)
            {
                h.Text(text[position..]);
                return;
            }
            var length = hit.Finding!.Quote!.Trim().Length;
            var n = hit.Number.ToString(CultureInfo.InvariantCulture);
            h.Text(text[position..best]);
            h.Raw("<mark class=\"finding\"").Attr("id", "q" + n).Attr("title", hit.Finding.Message).Raw(">").Text(text.Substring(best, length))
                .Raw("<sup class=\"marker\"><a").Attr("href", "#f" + n).Raw(">[").Text(n).Raw("]</a></sup></mark>");
            position = best + length;
        }
    }

    private static (int Table, int Row, int Column) Locate(DisclosureDocument document, Finding finding)
    {
        if (finding.Table is null) return (-1, -1, -1);
        var t = -1;
        for (var i = 0; i < document.Tables.Count; i++)
        {
            if (document.Tables[i].Id is { } id && string.Equals(id.Value, finding.Table, StringComparison.Ordinal)) { t = i; break; }
        }
        if (t < 0 || finding.Row is null) return (t, -1, -1);
        var table = document.Tables[t];
        var r = FindRow(table, finding.Row);
        if (r < 0) return (t, -1, -1);
        var c = -1;
        if (finding.Column is not null)
        {
            var row = table.Rows[r];
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (!string.Equals(table.Columns[i].Header, finding.Column, StringComparison.Ordinal)) continue;
                if (row.Side != TableSide.None && table.Columns[i].Side != TableSide.None && table.Columns[i].Side != row.Side) continue;
                c = i;
                break;
            }
        }
        return (t, r, c);
    }

    private static int FindRow(DisclosureTable table, string row)
    {
        for (var i = 0; i < table.Rows.Count; i++) if (string.Equals(table.Rows[i].Code, row, StringComparison.Ordinal)) return i;
        for (var i = 0; i < table.Rows.Count; i++) if (string.Equals(table.Rows[i].Key, row, StringComparison.Ordinal)) return i;
        for (var i = 0; i < table.Rows.Count; i++) if (string.Equals(table.Rows[i].Name, row, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static string RowClass(RowKind kind) => kind switch
    {
        RowKind.Total => "total",
        RowKind.Class => "class",
        RowKind.UnitSubtotal => "total",
        _ => "row",
    };

    internal static string SeverityClass(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
