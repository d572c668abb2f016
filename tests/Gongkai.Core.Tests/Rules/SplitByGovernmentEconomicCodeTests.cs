using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.RowSum;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Tests.Rules;

/// <summary>G1 on a 部门经济科目 table that prints one 款 once per 政府经济科目 (30101 / 50101 and 30101 / 50501): both lines count.</summary>
public sealed class SplitByGovernmentEconomicCodeTests
{
    private static TableRow Line(string code, string name, RowKind kind, decimal value, string? gov = null) => new()
    {
        Code = code, Name = name, Kind = kind, GovernmentEconomicCode = gov, Values = [CellValue.Of(value)],
    };

    private static List<Finding> Run(decimal classTotal) => new RowHierarchyRule().Evaluate(new RuleContext(new DisclosureDocument
    {
        Source = "t.txt",
        Format = "text",
        Info = new DocumentInfo { Year = 2021, Kind = DocumentKind.Budget },
        Tables =
        [
            new DisclosureTable
            {
                Id = TableId.B06,
                Title = "一般公共预算基本支出明细表（按支出经济分类科目）",
                Columns = [new TableColumn("合计", ColumnKey.Total)],
                Rows =
                [
                    new TableRow { Name = "合计", Kind = RowKind.Total, Values = [CellValue.Of(classTotal)] },
                    Line("301", "工资福利支出", RowKind.Class, classTotal),
                    Line("30101", "基本工资", RowKind.Section, 100.00m, "50101"),
                    Line("30101", "基本工资", RowKind.Section, 200.00m, "50501"),
                    Line("30102", "津贴补贴", RowKind.Section, 50.00m, "50101"),
                ],
            },
        ],
        Sections = [],
    }, new EmbeddedCatalogueProvider(), RuleOptions.Default)).ToList();

    [Fact]
    public void EveryGovernmentEconomicLineOfAnItemCounts() => Assert.DoesNotContain(Run(350.00m), f => f.Severity == Severity.Error);

    [Fact]
    public void AClassTotalMissingALineIsStillAnError() =>
        Assert.Contains(Run(150.00m), f => f.Severity == Severity.Error && f.Row == "301");
}
