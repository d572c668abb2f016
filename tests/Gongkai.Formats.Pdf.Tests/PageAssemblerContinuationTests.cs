using Gongkai.Core.Import;
using Gongkai.Formats.Pdf.Assembly;
using Gongkai.Formats.Pdf.Extraction;
using Gongkai.Formats.Pdf.Layout;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// 续表 over a page break, on laid-out pages built by hand: a page that repeats the previous page's 表号, title, 预算单位 and
/// header words continues its table even when a header cell wrapped differently and moved the column rules (Xi'an 表5 pp46–47);
/// another 预算单位, other header words or another column count start a table of their own.
/// </summary>
public sealed class PageAssemblerContinuationTests
{
    private const string Title = "2021年部门综合预算一般公共预算支出明细表";
    private static readonly string[] s_header = ["功能科目编码", "功能科目名称", "合计", "人员经费支出", "公用经费支出", "专项业务经费支出"];

    private static TextLine Line(string text, double top, double size = 10) => new(text, new Box(60, top - size, 500, top), size, []);

    /// <summary>A page with 表5, its title, 预算单位 and unit above a ruled table of a header row and one data row.</summary>
    private static PageLayout Page(int number, double[] columnEdges, string unitName = "西安市民政局", string[]? header = null)
    {
        header ??= s_header;
        string[] data = ["2080201", "行政运行", "12,865,976.29", "12,040,213.24", "825,763.05", "0.00"];
        if (header.Length != data.Length) data = [.. data.Take(header.Length)];
        double[] rowEdges = [600, 580, 560];
        var cells = new List<GridCell>();
        for (var r = 0; r < 2; r++)
        {
            for (var c = 0; c < columnEdges.Length - 1; c++)
            {
                cells.Add(new GridCell(r, c, 1, 1, new Box(columnEdges[c], rowEdges[r + 1], columnEdges[c + 1], rowEdges[r])));
            }
        }
        var grid = new TableGrid(new Box(columnEdges[0], rowEdges[^1], columnEdges[^1], rowEdges[0]), columnEdges, rowEdges, cells);
        var table = new LaidOutTable(grid, [header, data]) { FontSize = 9 };
        TextLine[] lines =
        [
            Line("表5", 680),
            Line(Title, 660, 14),
            Line("预算单位：" + unitName, 628),
            Line("单位：元", 614),
        ];
        return new PageLayout(number, 842, 595, [table], lines);
    }

    private static List<RawTable> Assemble(params PageLayout[] pages)
    {
        var assembler = new PageAssembler();
        return pages.SelectMany(p => assembler.Assemble(p)).OfType<RawTable>().ToList();
    }

    private static readonly double[] s_columns = [50, 120, 260, 350, 440, 530, 620];
    // The second page's rules stand elsewhere (a header cell wrapped on two lines there).
    private static readonly double[] s_moved = [50, 130, 250, 345, 430, 500, 620];

    [Fact]
    public void Assemble_RepeatedCaptionAndHeaderOverMovedRules_ContinuesTheTable()
    {
        var tables = Assemble(Page(46, s_columns), Page(47, s_moved));

        Assert.Equal(2, tables.Count);
        Assert.Equal(("表5", Title), (tables[0].PrintedNumber, tables[0].Title));
        Assert.False(tables[0].ContinuesPrevious);
        Assert.True(tables[1].ContinuesPrevious);
    }

    [Fact]
    public void Assemble_SameColumnsRepeatedCaption_ContinuesAsBefore()
    {
        Assert.True(Assemble(Page(46, s_columns), Page(47, s_columns))[1].ContinuesPrevious);
    }

    [Fact]
    public void Assemble_AnotherBudgetUnitOverMovedRules_IsANewTable()
    {
        Assert.False(Assemble(Page(46, s_columns), Page(47, s_moved, unitName: "西安市儿童福利院"))[1].ContinuesPrevious);
    }

    [Fact]
    public void Assemble_OtherHeaderWordsOverMovedRules_IsANewTable()
    {
        string[] other = ["功能科目编码", "功能科目名称", "合计", "基本支出", "项目支出", "备注"];
        Assert.False(Assemble(Page(46, s_columns), Page(47, s_moved, header: other))[1].ContinuesPrevious);
    }

    [Fact]
    public void Assemble_OtherColumnCount_IsANewTable()
    {
        Assert.False(Assemble(Page(46, s_columns), Page(47, [50, 130, 250, 345, 430, 620], header: s_header[..5]))[1].ContinuesPrevious);
    }

    [Fact]
    public void Assemble_PageNotRightAfter_IsANewTable()
    {
        Assert.False(Assemble(Page(46, s_columns), Page(48, s_moved))[1].ContinuesPrevious);
    }
}
