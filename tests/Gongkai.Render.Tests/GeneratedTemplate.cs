using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Templates;
using Gongkai.Core.Workflows;
using Gongkai.Formats.Html;
using Gongkai.Formats.OpenXml;
using Gongkai.Formats.Pdf;
using Gongkai.Formats.Text;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Render.Tests;

/// <summary>
/// The generator's template ("generated-9") as template data the recogniser can read: each table's title anchored to
/// the title the generated document prints, each column and line with its printed header as its alias. A check workflow
/// that knows only this template reads rendered generated documents as the generator meant them.
/// </summary>
internal static class GeneratedTemplate
{
    public static CheckWorkflow Workflow(GeneratedDisclosure generated)
    {
        var registry = TemplateRegistry.FromJson([Json(generated)]);
        var formats = new FormatRegistry.Builder().UsePdf().UseOpenXml().UseHtml().UseText().Build();
        var recognizer = new DefaultDocumentRecognizer(registry, new ColumnPlacementSolver().Solve);
        return new CheckWorkflow(formats, recognizer, EmbeddedCatalogueProvider.Default) { Templates = registry };
    }

    private static string Json(GeneratedDisclosure generated)
    {
        var template = generated.Template;
        var titles = generated.Document.Tables.Where(t => t.Id is not null).GroupBy(t => t.Id!.Value).ToDictionary(g => g.Key, g => g.First().Title);
        var dto = new
        {
            id = template.Id,
            name = template.Name,
            kind = template.Kind.ToString(),
            chapters = template.RequiredChapters.Select(c => new { id = c.Id, name = c.Name, patterns = c.Patterns }),
            tables = template.Tables.Select(t => new
            {
                id = t.Id.Value,
                name = t.Name,
                required = t.Required,
                titles = new[] { "^" + Regex.Escape(titles.GetValueOrDefault(t.Id, t.Name)) + "$" },
                rowAxis = t.RowAxis.ToString(),
                transposed = t.Transposed,
                layouts = new[]
                {
                    new
                    {
                        name = "default",
                        columns = t.Columns.Select(c => new { key = c.Key.Value, header = c.Header, aliases = c.Aliases.Count > 0 ? c.Aliases : [c.Header], side = c.Side == Core.Tables.TableSide.None ? null : c.Side.ToString() }),
                        identities = t.ColumnIdentities.Select(i => new { target = i.Target.Value, addends = i.Addends.Select(a => a.Value), side = i.Side == Core.Tables.TableSide.None ? null : i.Side.ToString() }),
                    },
                },
                rows = t.RowDefinitions.Select(r => new { key = r.Key, label = r.Label, side = r.Side == Core.Tables.TableSide.None ? null : r.Side.ToString(), aliases = r.Aliases.Count > 0 ? r.Aliases : [r.Label] }),
                rowIdentities = t.RowIdentities.Select(r => new { target = r.Target, addends = r.Addends }),
            }),
        };
        return JsonSerializer.Serialize(dto);
    }
}
