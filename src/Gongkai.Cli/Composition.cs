using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Recognition;
using Gongkai.Core.Workflows;
using Gongkai.Formats.Text;

namespace Gongkai.Cli;

/// <summary>
/// The one place where the command line composes its parts: the format readers, the recogniser and the
/// catalogues behind <see cref="CheckWorkflow"/>. Benchmarks and tests build their workflow here too.
/// </summary>
public static class Composition
{
    /// <summary>The format readers the command line accepts.</summary>
    public static FormatRegistry CreateFormats() => new FormatRegistry.Builder()
        .UseText()
        .Build();

    /// <summary>A check workflow with the default readers, recogniser and catalogues. Thread-safe; share one per run.</summary>
    public static CheckWorkflow CreateCheckWorkflow(ImportOptions? importOptions = null) =>
        new(CreateFormats(), new PendingRecognizer(), EmbeddedCatalogueProvider.Default, importOptions: importOptions);

    // TODO(#2): interim until the recogniser branch is merged: recognition fails with a
    // RECOGNITION-FAILED diagnostic (exit code 2) rather than pretending to recognise anything.
    private sealed class PendingRecognizer : IDocumentRecognizer
    {
        public DisclosureDocument Recognize(RawDocument raw) => throw new NotSupportedException("recogniser not merged yet");
    }
}
