using System.Text;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.Core.Workflows;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Store.Tests;

/// <summary>Checked reports of generated disclosures, with distinct bytes standing for their files.</summary>
public static class Samples
{
    /// <summary>A generated budget of <paramref name="seed"/>, renamed to <paramref name="entity"/> and <paramref name="year"/>, checked by the rules.</summary>
    public static (CheckReport Report, byte[] Bytes) Budget(int seed, string entity = "上海市普陀区医疗保障局", int? year = null,
        Func<DisclosureDocument, DisclosureDocument>? edit = null)
    {
        var generated = DisclosureGenerator.Budget(seed);
        var info = generated.Document.Info with
        {
            Entity = entity,
            Year = year ?? generated.Document.Info.Year,
            Title = $"{entity}{year ?? generated.Document.Info.Year}年单位预算公开",
        };
        var document = generated.Document with { Info = info, Source = $"generated-{seed}.txt", Format = "text" };
        document = DocumentExtraction.Enrich(edit is null ? document : edit(document));
        var findings = RuleEngine.Run(generated.Context(document));
        var report = new CheckReport { Source = document.Source, Format = "text", Document = document, Findings = findings, Diagnostics = document.Diagnostics };
        var bytes = Encoding.UTF8.GetBytes($"generated disclosure {seed} {entity} {info.Year} {edit is not null}");
        return (report, bytes);
    }

    /// <summary>Adds <paramref name="delta"/> to the B03 合计 row's 合计 cell (breaks the table's sums: an error finding).</summary>
    public static DisclosureDocument BreakTotal(DisclosureDocument document, decimal delta) =>
        DocumentEdits.Add(document, TableId.B03, r => r.Kind == RowKind.Total, ColumnKey.Total, delta);

    public static ICatalogueProvider Catalogues => EmbeddedCatalogueProvider.Default;
}
