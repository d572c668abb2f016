using Gongkai.Core.Catalogues;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Templates;
using Gongkai.Core.Workflows;
using Gongkai.Formats.OpenXml;
using Gongkai.Formats.Pdf;
using Gongkai.Formats.Html;
using Gongkai.Formats.Text;

namespace Gongkai.Cli;

/// <summary>
/// The one place where the command line composes its parts: the format readers, the recogniser (with the column
/// placement solver for text whose layout was lost) and the catalogues behind <see cref="CheckWorkflow"/>.
/// Benchmarks and tests build their workflow here too.
/// </summary>
public static class Composition
{
    /// <summary>The format readers the command line accepts.</summary>
    public static FormatRegistry CreateFormats() => new FormatRegistry.Builder()
        .UsePdf()
        .UseOpenXml()
        .UseHtml()
        .UseText() // last: plain text is the fallback once the formats with a signature have declined
        .Build();

    /// <summary>The recogniser: built-in templates, and the joint column placement solver.</summary>
    public static IDocumentRecognizer CreateRecognizer()
    {
        var solver = new ColumnPlacementSolver();
        return new DefaultDocumentRecognizer(TemplateRegistry.Default, solver.Solve);
    }

    /// <summary>The renderers <c>compose</c> writes with: HTML, DOCX, XLSX and PDF (Gongkai.Render).</summary>
    public static IReadOnlyList<Gongkai.Core.Documents.IDisclosureRenderer> CreateRenderers() => Gongkai.Render.DisclosureRenderers.All;

    /// <summary>A check workflow with the default readers, recogniser and catalogues. Thread-safe; share one per run.</summary>
    public static CheckWorkflow CreateCheckWorkflow(ImportOptions? importOptions = null) =>
        new(CreateFormats(), CreateRecognizer(), EmbeddedCatalogueProvider.Default, importOptions: importOptions);
}
