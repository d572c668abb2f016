using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Recognition;
using Gongkai.Core.Tables;
using static Gongkai.Formats.Tests.Text.SeedDocuments;

namespace Gongkai.Formats.Tests.Text;

public sealed class RecognitionTests
{
    private static DisclosureDocument FromText(string text) =>
        ReadStream("generated.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void EmptyTablesCarryTheirNote()
    {
        var document = Read("001");
        foreach (var id in new[] { TableId.B10, TableId.B08, TableId.B09 })
        {
            var table = document.Table(id)!;
            Assert.True(table.IsEmpty, id.Value);
            Assert.Contains("此表为空", table.EmptyNote, StringComparison.Ordinal);
            Assert.Empty(table.Rows);
        }
        Assert.False(document.Table(TableId.B06)!.IsEmpty);
        var fund = Read("000").Table(TableId.B08)!;
        Assert.True(fund.IsEmpty);
        Assert.Contains("为空表", fund.EmptyNote, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyTablesListedInTheContentsAreRepresented()
    {
        var document = Read("004");
        var threePublic = document.Table(TableId.B07)!;
        Assert.True(threePublic.IsEmpty);
        Assert.Equal("本单位无“三公”经费", threePublic.EmptyNote);
        Assert.Equal("表13", threePublic.PrintedNumber);
        Assert.Empty(threePublic.Rows);
        Assert.NotNull(threePublic.Definition);
        Assert.Equal(4, document.Diagnostics.Count(d => d.Code == "IMPORT-EMPTY-TABLE-FROM-CONTENTS"));
    }

    [Fact]
    public void UnknownTableIsKeptWithADiagnostic()
    {
        var document = FromText("""
            第一部分 测试局概况
            表一：
            测试局人员车辆登记情况表
            单位：万元
            项目	数量	金额
            车辆	2	14.42
            房屋	0	0.00
            第二部分 名词解释
            """);
        var table = Assert.Single(document.Tables);
        Assert.Null(table.Id);
        Assert.Equal("测试局人员车辆登记情况表", table.Title);
        // Kept as printed: the header line and both data lines, each cell in its own column.
        Assert.Equal(["项目 | 数量 | 金额", "车辆 | 2 | 14.42", "房屋 | 0 | 0.00"], table.Rows.Select(r => r.Name));
        Assert.Equal(14.42m, table.Rows[1].Values[2].Value);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == "IMPORT-UNKNOWN-TABLE");
        Assert.Contains("测试局人员车辆登记情况表", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void AlignedTableWithContinuationUnderRepeatedNumberIsMerged()
    {
        var document = FromText("""
            表3
            部门支出总体情况表
            单位：元
            科目编码	科目名称	合计	基本支出	项目支出
            201	一般公共服务支出	1,000.00	600.00	400.00
            20101	人大事务	１,０００.００	600.00	400.00
            表3
            部门支出总体情况表
            单位：元
            科目编码	科目名称	合计	基本支出	项目支出
            2010101	行政运行	600.00	600.00	—
            	合计	1,000.00	600.00	400.00
            """);
        var table = Assert.Single(document.Tables);
        Assert.Equal(TableId.B03, table.Id);
        Assert.Equal(Gongkai.Core.Money.AmountUnit.Yuan, table.AmountUnit);
        Assert.Equal(["201", "20101", "2010101", null], table.Rows.Select(r => r.Code));
        Assert.Equal(1000m, table.Rows[1].Values[0].Value);
        Assert.True(table.Rows[2].Values[2].IsBlank);
        Assert.Equal(RowKind.Total, table.Rows[3].Kind);
    }

    [Fact]
    public void ContinuationsAfterPageBreaksAreReported()
    {
        Assert.Equal([108, 374, 695], Read("000").Diagnostics.Where(d => d.Code == "IMPORT-TABLE-CONTINUED").Select(d => d.Line!.Value));
        Assert.Equal([344, 400], Read("004").Diagnostics.Where(d => d.Code == "IMPORT-TABLE-CONTINUED").Select(d => d.Line!.Value));
    }

    [Fact]
    public void CellParserHandlesSeparatorsFullWidthAndDashes()
    {
        Assert.True(CellParser.TryParse("1,265.67", out var a));
        Assert.Equal(new CellValue(1265.67m, 2), a);
        Assert.True(CellParser.TryParse("１２３．４", out var b));
        Assert.Equal(new CellValue(123.4m, 1), b);
        Assert.True(CellParser.TryParse("—", out var c));
        Assert.True(c.IsBlank);
        Assert.True(CellParser.TryParse("-5", out var d));
        Assert.Equal(-5m, d.Value);
        Assert.False(CellParser.TryParse("20万元", out _));
        Assert.False(CellParser.TryParse("12,34", out _));
    }
}

public sealed class RobustnessTests
{
    private static readonly string[] s_pieces =
    [
        "表一：", "表 2", "单位：万元", "收支总体情况表", "合计", "[040002]乌尔禾区医保局", "208", "05", "2101501", "123.19", "1,265.67",
        "—", "一般公共预算", "\t", "\t\t", "  ", "一、关于", "（一）", "第一部分", "收入总计", "支出总计", "项目支出绩效目标表", "**",
        "<b>", "备注：此表为空。", "目录", "是否空表", "０.５", "-", "类 款 项", "人员经费", "公用经费", "\n", "\n\n",
    ];

    [Fact]
    public void ArbitraryTextNeverThrows()
    {
        var random = new Random(20261123);
        for (var round = 0; round < 150; round++)
        {
            var sb = new System.Text.StringBuilder();
            var count = random.Next(1, 200);
            for (var i = 0; i < count; i++)
            {
                sb.Append(s_pieces[random.Next(s_pieces.Length)]);
                if (random.Next(3) == 0) sb.Append(' ');
                if (random.Next(4) == 0) sb.Append('\n');
            }
            var bytes = System.Text.Encoding.UTF8.GetBytes(sb.ToString());
            var document = SeedDocuments.ReadStream("fuzz.txt", new MemoryStream(bytes));
            Assert.NotNull(document.Info);
            Assert.All(document.Tables, t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Count, r.Values.Count)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\t")]
    [InlineData("表一：")]
    public void DegenerateInputsGiveADocument(string text)
    {
        var document = SeedDocuments.ReadStream("tiny.txt", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.NotNull(document);
    }
}
