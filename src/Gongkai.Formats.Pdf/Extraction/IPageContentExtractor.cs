using UglyToad.PdfPig.Content;

namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>Extraction stage: reads glyphs and ruling segments from a PdfPig page.</summary>
public interface IPageContentExtractor
{
    PageContent Extract(Page page);
}
