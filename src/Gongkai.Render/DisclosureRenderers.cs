using Gongkai.Core.Documents;
using Gongkai.Render.Docx;
using Gongkai.Render.Html;
using Gongkai.Render.Pdf;
using Gongkai.Render.Xlsx;

namespace Gongkai.Render;

/// <summary>The built-in renderers (HTML, DOCX, XLSX, PDF), for hosts that offer every format.</summary>
public static class DisclosureRenderers
{
    /// <summary>One instance of each renderer, in the order HTML, DOCX, XLSX, PDF.</summary>
    public static IReadOnlyList<IDisclosureRenderer> All { get; } = [new HtmlDisclosureRenderer(), new DocxDisclosureRenderer(), new XlsxDisclosureRenderer(), new PdfDisclosureRenderer()];

    /// <summary>The renderer of a format id ("html", "docx", "xlsx", "pdf"), or null.</summary>
    public static IDisclosureRenderer? Find(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}
