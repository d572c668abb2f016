using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Recognition;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Recognition;

/// <summary>Codes filled from the catalogue for tables that print 科目名称 only (Zhejiang).</summary>
public sealed class CodesFromNamesTests
{
    private static readonly TableColumn[] s_columns = [new("合计", ColumnKey.Total)];

    private static TableRow Row(string name, decimal value, RowKind kind = RowKind.Line, TableSide side = TableSide.None, string? code = null) =>
        new() { Code = code, Name = name, Kind = kind, Side = side, Values = [CellValue.Of(value)] };

    private static DisclosureDocument Document(TableRowAxis axis, params TableRow[] rows) => new()
    {
        Source = "t.pdf", Format = "pdf", Info = new DocumentInfo { Year = 2026 },
        Tables =
        [
            new DisclosureTable
            {
                Id = TableId.B05, Title = "一般公共预算支出预算表", PrintedNumber = "表5", Columns = s_columns, Rows = rows,
                Definition = new TemplateTableDefinition { Id = TableId.B05, Name = "一般公共预算支出表", TitlePatterns = [], RowAxis = axis, Columns = [] },
            },
        ],
    };

    [Fact]
    public void Apply_NamesOnly_FillsClassSectionAndItemInPrintedOrder()
    {
        var document = Document(TableRowAxis.Other,
            Row("合计", 424.67m, RowKind.Total), Row("科学技术支出", 28m), Row("技术研究与开发", 28m), Row("科技成果转化与扩散", 28m),
            Row("社会保障和就业支出", 396.67m), Row("行政事业单位养老支出", 396.67m), Row("行政单位离退休", 193.24m),
            Row("机关事业单位基本养老保险缴费支出", 203.43m));

        var result = CodesFromNames.Apply(document, EmbeddedCatalogueProvider.Default);

        var table = result.Tables[0];
        Assert.Equal([null, "206", "20604", "2060404", "208", "20805", "2080501", "2080505"], table.Rows.Select(r => r.Code));
        Assert.Equal([RowKind.Total, RowKind.Class, RowKind.Section, RowKind.Item, RowKind.Class, RowKind.Section, RowKind.Item, RowKind.Item],
            table.Rows.Select(r => r.Kind));
        Assert.All(table.Rows.Skip(1), r => Assert.True(r.CodeFromName));
        Assert.Equal(TableRowAxis.FunctionClassification, table.Definition!.RowAxis);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == CodesFromNames.DiagnosticCode);
        Assert.Contains("表5", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("7 行", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OneUnknownName_LeavesTheTableAsPrinted()
    {
        var document = Document(TableRowAxis.Other,
            Row("科学技术支出", 28m), Row("技术研究与开发", 28m), Row("某某自创项目", 28m));

        var result = CodesFromNames.Apply(document, EmbeddedCatalogueProvider.Default);

        Assert.Same(document, result);
        Assert.All(result.Tables[0].Rows, r => Assert.Null(r.Code));
    }

    [Fact]
    public void Apply_ItemNameWithoutItsSectionAbove_IsNotGuessed()
    {
        // 行政运行 is a 项 under many 款: without the 款 above it its code cannot be known.
        var document = Document(TableRowAxis.Other, Row("一般公共服务支出", 10m), Row("行政运行", 10m));

        Assert.Same(document, CodesFromNames.Apply(document, EmbeddedCatalogueProvider.Default));
    }

    [Fact]
    public void Apply_SummaryTable_FillsOnlyTheExpenditureSideUnderPrintedClasses()
    {
        var document = Document(TableRowAxis.Summary,
            Row("一般公共预算", 28m, side: TableSide.Income),
            Row("科学技术支出", 28m, RowKind.Class, TableSide.Expenditure, code: "206"),
            Row("政府性基金预算", 0m, side: TableSide.Income),
            Row("技术研究与开发", 28m, side: TableSide.Expenditure),
            Row("科技成果转化与扩散", 28m, side: TableSide.Expenditure));

        var table = CodesFromNames.Apply(document, EmbeddedCatalogueProvider.Default).Tables[0];

        Assert.Equal([null, "206", null, "20604", "2060404"], table.Rows.Select(r => r.Code));
        Assert.Equal(TableRowAxis.Summary, table.Definition!.RowAxis);
    }

    [Fact]
    public void Apply_EconomicNames_FillClassAndSection()
    {
        var document = Document(TableRowAxis.Other, Row("工资福利支出", 98m), Row("基本工资", 98m), Row("商品和服务支出", 3.5m), Row("印刷费", 3.5m));

        var table = CodesFromNames.Apply(document, EmbeddedCatalogueProvider.Default).Tables[0];

        Assert.Equal(["301", "30101", "302", "30202"], table.Rows.Select(r => r.Code));
        Assert.Equal(TableRowAxis.EconomicClassification, table.Definition!.RowAxis);
    }
}
