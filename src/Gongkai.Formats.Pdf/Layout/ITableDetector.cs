using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>Layout stage: finds ruled tables (grids with merged cells) among a page's ruling segments.</summary>
public interface ITableDetector
{
    IReadOnlyList<TableGrid> Detect(IReadOnlyList<RulingSegment> segments);
}
