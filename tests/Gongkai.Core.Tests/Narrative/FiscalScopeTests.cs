using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Narrative;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Narrative;

/// <summary>
/// Claims in a 财政拨款 section (scope includes 上年结转): shares are not taken of the 一般公共预算 income, 类 amounts
/// are compared with the B04 expenditure lines; one project's 一般公共预算 is not the department total.
/// </summary>
public sealed class FiscalScopeTests
{
    private const string Heading = "四、关于财政拨款收支总表的说明";

    private const string Text = "2024年本单位财政拨款收支总预算1,200.00万元。收入均为一般公共预算拨款，包括：一般公共预算当年拨款收入"
        + "1,000.00万元、上年结转200.00万元；支出包括：一般公共服务支出900.00万元，占75.00%；社会保障和就业支出300.00万元，占25.00%。";

    private static List<Finding> Run(IRule rule, IReadOnlyList<DisclosureTable> tables, params (string Heading, string Text)[] sections) =>
        rule.Evaluate(new RuleContext(new DisclosureDocument
        {
            Source = "t.txt",
            Format = "text",
            Info = new DocumentInfo { Year = 2024, Kind = DocumentKind.Budget },
            Tables = tables,
            Sections = sections.Select((s, i) => new NarrativeSection { Heading = s.Heading, Level = 2, Text = s.Text, Line = i + 1 }).ToList(),
        }, new EmbeddedCatalogueProvider(), RuleOptions.Default)).ToList();

    private static DisclosureTable B04(decimal general, decimal social) =>
        new TableBuilder(TableId.B04, "财政拨款收支总表", "表四")
            .Column("预算数", ColumnKey.Total, TableSide.Income).Column("预算数", ColumnKey.Total, TableSide.Expenditure)
            .Add(null, "（一）一般公共服务支出", RowKind.Class, null, TableSide.Expenditure, [null, general])
            .Add(null, "（二）社会保障和就业支出", RowKind.Class, null, TableSide.Expenditure, [null, social])
            .Build();

    private static DisclosureTable B05() =>
        new TableBuilder(TableId.B05, "一般公共预算支出表", "表五")
            .Column("合计", ColumnKey.Total)
            .Total(1000.00m)
            .Row("201", "一般公共服务支出", 760.00m)
            .Row("208", "社会保障和就业支出", 240.00m)
            .Build();

    [Fact]
    public void SharesInAFiscalSectionAreNotOfTheGeneralBudgetIncome() =>
        Assert.Empty(Run(new ShareRule(), [], (Heading, Text)));

    [Fact]
    public void ClassAmountsInAFiscalSectionAgreeWithB04NotB05() =>
        Assert.Empty(Run(new TableAmountRule(), [B04(900.00m, 300.00m), B05()], (Heading, Text)));

    [Fact]
    public void ClassAmountDisagreeingWithB04IsAnError()
    {
        var f = Assert.Single(Run(new TableAmountRule(), [B04(950.00m, 300.00m), B05()], (Heading, Text)));
        Assert.Equal("B04", f.Table);
        Assert.Equal(900.00m, f.Actual);
        Assert.Equal(950.00m, f.Expected);
    }

    [Fact]
    public void OneProjectsGeneralBudgetIsNotTheDepartmentTotal() =>
        Assert.Empty(Run(new TableAmountRule(), [B05()],
            ("1.部门重点项目—业务系统运行维护项目", "2024年拟安排该项目一般公共预算300.00万元（含上年结转50.00万元）。")));

    private static DisclosureTable B06() =>
        new TableBuilder(TableId.B06, "一般公共预算基本支出表", "表六")
            .Column("合计", ColumnKey.Total).Column("人员经费", ColumnKey.Personnel).Column("公用经费", ColumnKey.Public)
            .Total(900.00m, 800.00m, 100.00m)
            .Build();

    [Fact]
    public void PersonnelAndPublicPartsOfAClassAreNotTheB06Totals()
    {
        const string text = "（1）商品和服务支出（302）60.00万元，较上年增加5.00万元，原因是业务量增加。具体为：人员经费10.00万元，较上年无变化；公用经费50.00万元，较上年增加5.00万元。";
        Assert.Empty(Run(new TableAmountRule(), [B06()], ("3、支出按经济科目分类的明细情况", text)));
        // Stated for the department, the same sentence is compared with B06.
        Assert.Contains(Run(new TableAmountRule(), [B06()], ("六、基本支出情况", "本部门人员经费10.00万元；公用经费50.00万元。")),
            f => f.Table == "B06" && f.Actual == 10.00m);
    }

    [Theory]
    [InlineData("会议费")]
    [InlineData("培训费")]
    public void MeetingAndTrainingCostsFundedByTheGeneralBudgetAreTheirOwnSubject(string item)
    {
        var text = "2024年本单位当年一般公共预算" + item + "预算支出30.00万元，较上年的10.00万元增加20.00万元，增幅200.00%。";
        Assert.Empty(Run(new TableAmountRule(), [B05()], ("六、“三公”经费等情况说明", text)));
    }
}
