using Gongkai.Core.Import;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Formats.Pdf.Tests;

public partial class PdfImporterTests
{
    // A generated grid: horizontal rules are thin filled rectangles (as Excel draws them), vertical rules stroked
    // lines; the header's second cell spans two columns (no rule between them in the first row).
    [Fact]
    public void Import_GeneratedGrid_ReadsMergedCellsFromThinFillsAndStrokes()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        double[] xs = [50, 150, 250, 350];
        double[] ys = [700, 680, 660, 640];
        foreach (var y in ys) page.DrawRectangle(new PdfPoint(xs[0], y - 0.25), xs[^1] - xs[0], 0.5, 0.5, fill: true);
        foreach (var x in new[] { xs[0], xs[1], xs[3] }) page.DrawLine(new PdfPoint(x, ys[0]), new PdfPoint(x, ys[^1]));
        page.DrawLine(new PdfPoint(xs[2], ys[1]), new PdfPoint(xs[2], ys[^1]));
        page.AddText("Summary table", 14, new PdfPoint(120, 720), font);
        void Cell(int row, int column, string text) => page.AddText(text, 9, new PdfPoint(xs[column] + 4, ys[row] - 14), font);
        Cell(0, 0, "Item");
        Cell(0, 1, "Budget");
        Cell(1, 0, "A");
        Cell(1, 1, "1.00");
        Cell(1, 2, "2.00");
        Cell(2, 0, "B");
        Cell(2, 2, "4.00");
        page.AddText("Text below the table", 9, new PdfPoint(50, 600), font);

        var result = PdfCorpus.ImportBytes("grid.pdf", builder.Build());

        Assert.NotNull(result.Document);
        var blocks = result.Document.Blocks;
        var table = Assert.IsType<RawTable>(blocks[0]);
        Assert.Equal("Summary table", table.Title);
        Assert.True(table.CellsAligned);
        AssertCells(
        [
            ["Item", "Budget", ""],
            ["A", "1.00", "2.00"],
            ["B", "", "4.00"],
        ], table.HeaderRows.Concat(table.Rows).ToList());
        Assert.Equal("Text below the table", Assert.IsType<RawParagraph>(blocks[1]).Text);
    }
}
