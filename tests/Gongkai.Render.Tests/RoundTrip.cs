using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Cli;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;
using Gongkai.Formats.Html;
using Gongkai.Formats.OpenXml;
using Gongkai.Formats.Pdf;
using Gongkai.Formats.Text;
using Gongkai.Render.Layout;

namespace Gongkai.Render.Tests;

/// <summary>
/// Renders a document and reads it back with Gongkai's own readers (the CLI's check workflow; for PDF a registry with
/// the PDF reader added), then compares tables cell by cell and findings one by one.
/// </summary>
internal static class RoundTrip
{
    private static readonly Lazy<CheckWorkflow> s_workflow = new(() => new CheckWorkflow(
        new FormatRegistry.Builder().UsePdf().UseOpenXml().UseHtml().UseText().Build(),
        Composition.CreateRecognizer(), EmbeddedCatalogueProvider.Default));

    private static readonly Lazy<CheckWorkflow> s_cli = new(() => Composition.CreateCheckWorkflow());

    /// <summary>The check workflow that reads rendered files (CLI composition plus the PDF reader).</summary>
    public static CheckWorkflow Workflow => s_workflow.Value;

    /// <summary>The CLI's own check workflow, as `gongkai check` runs it.</summary>
    public static CheckWorkflow Cli => s_cli.Value;

    public static CheckReport Seed(string prefix) => Cli.CheckFile(TestSupport.Corpus.Seed(prefix));

    public static byte[] Render(IDisclosureRenderer renderer, DisclosureDocument document)
    {
        using var ms = new MemoryStream();
        renderer.Render(document, ms);
        return ms.ToArray();
    }

    /// <summary>Renders a generated document and reads it back with a workflow that knows the generator's template.</summary>
    public static CheckReport ReadBack(IDisclosureRenderer renderer, TestSupport.Disclosures.GeneratedDisclosure generated, out byte[] bytes) =>
        ReadBack(renderer, generated.Document, out bytes, GeneratedTemplate.Workflow(generated));

    public static CheckReport ReadBack(IDisclosureRenderer renderer, DisclosureDocument document, out byte[] bytes, CheckWorkflow? with = null)
    {
        bytes = Render(renderer, document);
        var workflow = with ?? (renderer.Format == "pdf" ? Workflow : Cli);
        var report = workflow.Check("rendered" + renderer.Extension, new MemoryStream(bytes));
        Assert.True(report.Document is not null, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.Equal(renderer.Format, report.Format);
        return report;
    }

    private static string Compact(string? s) => s is null ? "" : string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A note as read back: a leading "注：" the renderer adds to mark a plain sentence as the table's note is not part of it.</summary>
    private static string Note(string? note)
    {
        var c = Compact(note);
        return c.StartsWith("注：", StringComparison.Ordinal) ? c[2..] : c;
    }

    private static string Value(CellValue v) => v.IsBlank ? "" : v.Value!.Value.ToString("0.##########", CultureInfo.InvariantCulture) + "/" + v.Decimals.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line per row: what must survive the round trip.</summary>
    public static List<string> Lines(DisclosureTable t)
    {
        var lines = new List<string>
        {
            $"{t.Id} no={Compact(t.PrintedNumber)} title={Compact(t.Title)} unit={t.AmountUnit} empty={t.IsEmpty} note={Note(t.EmptyNote)}",
        };
        if (TableLayout.IsFree(t))
        {
            // Free cells compared without spaces: PDF text keeps no spaces between Chinese words.
            // Runs of dots ("……" leaders) count once: the PDF reader drops glyphs drawn on top of their twin.
            lines.AddRange(t.Rows.Select(r => "  " + Regex.Replace(Compact(r.Name), @"\.+", ".")));
            return lines;
        }
        lines.Add("  columns " + string.Join(" ", t.Columns.Select(c => Compact(c.Header) + "/" + c.Side)));
        foreach (var side in new[] { TableSide.None, TableSide.Income, TableSide.Expenditure })
        {
            var rows = new List<string>();
            // An empty table's blank 合计 line reads back as part of its header: only lines with figures count there.
            foreach (var r in t.Rows.Where(r => r.Side == side && (!t.IsEmpty || r.Values.Any(v => !v.IsBlank))))
            {
                var name = side == TableSide.None ? r.Name : r.Key ?? (r.Code is null ? r.Name : "");
                rows.Add($"  {side} {r.Code} {r.Kind} {name} {r.ProjectName} {r.GovernmentEconomicCode} | " + string.Join(" ", r.Values.Select(Value)));
            }
            // The two halves of a 收支总表 are lists of lines facing each other: their pairing is layout, not content.
            lines.AddRange(side == TableSide.None ? rows : rows.Order(StringComparer.Ordinal));
        }
        return lines;
    }

    /// <summary>Same recognised tables (ids, numbers, titles, units, 空表 notes, columns, rows, every cell).</summary>
    public static void AssertSameTables(DisclosureDocument expected, DisclosureDocument actual, string? except = null)
    {
        List<string> All(DisclosureDocument d) => d.Tables.Where(t => t.Id is not null && t.Id.Value.Value != except)
            .Select((t, i) => (t, i)).OrderBy(x => x.t.Id!.Value.Value, StringComparer.Ordinal).ThenBy(x => x.i)
            .SelectMany(x => Lines(x.t)).ToList();
        var e = All(expected);
        var a = All(actual);
        Assert.True(e.SequenceEqual(a), Diff(e, a));
    }

    /// <summary>
    /// The same findings (rule, severity, table, row, column, message, figures), as a multiset. Messages are compared
    /// without spaces: they quote the text, and text read from a PDF has no spaces between Chinese words.
    /// </summary>
    public static void AssertSameFindings(IReadOnlyList<Finding> expected, IReadOnlyList<Finding> actual)
    {
        static List<string> Keys(IReadOnlyList<Finding> f) => f.Select(x =>
            $"{x.RuleId} {x.Severity} {x.Table} {x.Row} {x.Column} {x.Actual?.ToString(CultureInfo.InvariantCulture)} {x.Expected?.ToString(CultureInfo.InvariantCulture)} {Compact(x.Message)}")
            .Order(StringComparer.Ordinal).ToList();
        var e = Keys(expected);
        var a = Keys(actual);
        Assert.True(e.SequenceEqual(a), Diff(e, a));
    }

    public static string Diff(List<string> expected, List<string> actual)
    {
        var sb = new StringBuilder("differences (- expected, + actual):\n");
        var missing = expected.Except(actual).Take(25).ToList();
        var extra = actual.Except(expected).Take(25).ToList();
        foreach (var m in missing) sb.Append("- ").Append(m).Append('\n');
        foreach (var x in extra) sb.Append("+ ").Append(x).Append('\n');
        if (missing.Count == 0 && extra.Count == 0) sb.Append("(same lines, different order or multiplicity)\n");
        return sb.ToString();
    }
}
