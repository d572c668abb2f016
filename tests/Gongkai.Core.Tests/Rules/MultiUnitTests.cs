using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Rules;

/// <summary>A department table listing two units ("[040]" above "[040001]" and "[040002]"), each with its own code rows.</summary>
public class MultiUnitTests
{
    private static DisclosureDocument Document(decimal unit2Item = 20m) // the 合计 of the second unit's 项
    {
        var b01 = new TableBuilder(TableId.B01, "收支总表", "表一")
            .Column("预算数", ColumnKey.Total, TableSide.Income).Column("预算数", ColumnKey.Total, TableSide.Expenditure)
            .SideRow(TableSide.Expenditure, "210", "卫生健康支出", null, 50m)
            .Line(SummaryRowKeys.CurrentYearExpenditureTotal, "本年支出合计", TableSide.Expenditure, null, 50m)
            .Build();
        var b03 = new TableBuilder(TableId.B03, "支出总表", "表三")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Total(50m, 50m, 0m)
            .UnitSubtotal("[040]某局", 50m, 50m, 0m)
            .UnitSubtotal("[040001]某局本级", 30m, 30m, 0m)
            .Row("210", "卫生健康支出", 30m, 30m, 0m)
            .Row("21015", "医疗保障管理事务", 30m, 30m, 0m)
            .Row("2101501", "行政运行", 30m, 30m, 0m)
            .UnitSubtotal("[040002]某中心", 20m, 20m, 0m)
            .Row("210", "卫生健康支出", 20m, 20m, 0m)
            .Row("21015", "医疗保障管理事务", 20m, 20m, 0m)
            .Row("2101550", "事业运行", unit2Item, 20m, 0m)
            .Build();
        return new DisclosureDocument { Source = "x", Format = "text", Info = new DocumentInfo { Kind = DocumentKind.Budget }, Tables = [b01, b03] };
    }

    private static IReadOnlyList<Finding> Run(DisclosureDocument d) => RuleEngine.Run(new RuleContext(d, EmbeddedCatalogueProvider.Default, RuleOptions.Default));

    [Fact]
    public void Consistent_NoFindings()
    {
        var findings = Run(Document());
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.RuleId + " " + f.Message)));
    }

    [Fact]
    public void ChangedUnitItem_IsLocated()
    {
        var findings = Run(Document(unit2Item: 21m));
        Assert.Contains(findings, f => f.RuleId == "G1" && f.Severity == Severity.Error && f.Row == "2101550" && f.Column == "合计");
        Assert.Contains(findings, f => f.RuleId == "B-R07" && f.Row == "2101550");
    }

    [Fact]
    public void ChangedDepartmentLine_IsReported()
    {
        var d = Document();
        var b03 = d.Table(TableId.B03)!;
        var dept = b03.Rows.First(r => r.Name == "[040]某局");
        var changed = DocumentEdits.SetCell(d, b03, dept, 0, new CellValue(51m, 2));
        var findings = Run(changed);
        Assert.Contains(findings, f => f.RuleId == "G1" && f.Row == "[040]某局" && f.Column == "合计" && f.Severity == Severity.Error);
    }
}
