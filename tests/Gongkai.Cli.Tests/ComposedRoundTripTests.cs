using Gongkai.Compose.Composing;
using Gongkai.Compose.Demo;
using Gongkai.Core.Documents;
using Gongkai.Render;

namespace Gongkai.Cli.Tests;

/// <summary>
/// Issue 5's round trip on random ledgers: whatever Gongkai composes and renders, <c>check</c> reads back with the same
/// tables (ids, row codes, every cell) and no findings, for every template and every format.
/// </summary>
public sealed class ComposedRoundTripTests
{
    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var template in DisclosureComposer.SupportedTemplates)
        {
            for (var seed = 11; seed <= 13; seed++)
            {
                foreach (var format in new[] { "html", "docx", "xlsx" }) data.Add(template, seed, format);
            }
            data.Add(template, 17, "pdf");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RandomLedger_ComposedAndRendered_ReadsBackWithTheSameTablesAndNoFindings(string template, int seed, string format)
    {
        var composed = new DisclosureComposer().Compose(DemoLedgers.Random(seed, template));
        Assert.True(composed.Document is not null, string.Join("; ", composed.Issues));
        var renderer = DisclosureRenderers.Find(format)!;
        using var buffer = new MemoryStream();
        renderer.Render(composed.Document, buffer);
        buffer.Position = 0;

        var report = Composition.CreateCheckWorkflow().Check("random" + renderer.Extension, buffer);

        Assert.True(report.Document is not null, string.Join("; ", report.Diagnostics.Select(d => d.Message)));
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => $"{f.RuleId} {f.Message}")));
        var expected = Shape(composed.Document);
        var actual = Shape(report.Document);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Assert.True(expected[i] == actual[i], $"expected\n{expected[i]}\nactual\n{actual[i]}");
    }

    /// <summary>
    /// Every table as its id and its rows, each as side, code (or summary key, or name) and values at their value, sorted:
    /// a 收支总表 reads back side by side, 0 comes back as the printed 0.00, and a row without a figure (the 合计 of an
    /// empty table) is not printed.
    /// </summary>
    private static List<string> Shape(DisclosureDocument document) =>
        document.Tables.Where(t => !IsPerformance(t)).Select(t => $"{t.Id?.Value}: " + string.Join(" | ", t.Rows
            .Where(r => r.Values.Any(v => v.Value is not null))
            .Select(r => $"{r.Side}/{r.Code ?? r.Key ?? r.Name}=" + string.Join(",", r.Values.Select(v =>
                v.Value?.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) ?? "")))
            .Order(StringComparer.Ordinal)))
        .ToList();

    /// <summary>绩效目标表 are compared as read performance tables (<see cref="DisclosureDocument.Performance"/>), not as rows.</summary>
    private static bool IsPerformance(Gongkai.Core.Tables.DisclosureTable table) =>
        table.Id == Gongkai.Core.Tables.TableId.B16 || table.Id == Gongkai.Core.Tables.TableId.B17 || table.Id == Gongkai.Core.Tables.TableId.B18;
}
