using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>Layout stage: page content → tables with cell text, and the remaining text lines.</summary>
public interface IPageLayoutAnalyzer
{
    PageLayout Analyze(PageContent content);
}
