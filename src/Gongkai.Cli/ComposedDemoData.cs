using Gongkai.Compose.Composing;
using Gongkai.Compose.Demo;
using Gongkai.Core.Documents;
using Gongkai.Render.Docx;
using Gongkai.Render.Html;
using Gongkai.Render.Xlsx;
using Gongkai.Web.Hosting;

namespace Gongkai.Cli;

/// <summary>
/// 演示数据 for <c>gongkai serve</c> on an empty store: the fictitious demo entities (<see cref="DemoLedgers"/>),
/// composed and rendered as the files a reviewer would download — HTML, DOCX and XLSX in turn — and then imported
/// through the same reading and checking path as any other file. PDF is left out: with the whole CJK face embedded,
/// each one is about 13 MB.
/// </summary>
public sealed class ComposedDemoData(int seed = 1) : IDemoDataSource
{
    public IEnumerable<(string FileName, byte[] Content)> GetDocuments()
    {
        IDisclosureRenderer[] renderers = [new HtmlDisclosureRenderer(), new DocxDisclosureRenderer(), new XlsxDisclosureRenderer()];
        var composer = new DisclosureComposer();
        var index = 0;
        foreach (var demo in DemoLedgers.All(seed))
        {
            var result = composer.Compose(demo.Ledger);
            if (result.Document is null) continue; // a demo ledger that does not compose is a bug the compose tests catch
            var renderer = renderers[index++ % renderers.Length];
            using var buffer = new MemoryStream();
            renderer.Render(result.Document, buffer);
            yield return (demo.Description + renderer.Extension, buffer.ToArray());
        }
    }
}
