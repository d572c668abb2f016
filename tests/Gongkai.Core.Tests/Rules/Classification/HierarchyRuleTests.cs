using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Classification;
using Gongkai.Core.Tables;
using static Gongkai.Core.Tests.Rules.Classification.ClassificationTables;

namespace Gongkai.Core.Tests.Rules.Classification;

public class HierarchyRuleTests
{
    private readonly HierarchyRule _rule = new();

    [Fact]
    public void ItemsUnderTheirOwnSectionAndClass_NoFinding()
    {
        var context = Context(2022,
            Function(
                Row("208", "社会保障和就业支出"), Row("20805", "行政事业单位养老支出"), Row("2080505", "机关事业单位基本养老保险缴费支出"),
                Row("210", "卫生健康支出"), Row("21011", "行政事业单位医疗"), Row("2101101", "行政单位医疗"),
                Row("21015", "医疗保障管理事务"), Row("2101501", "行政运行")),
            Economic(Row("301", "工资福利支出"), Row("30101", "基本工资"), Row("302", "商品和服务支出"), Row("30201", "办公费")));
        Assert.Empty(_rule.Evaluate(context));
    }

    [Fact]
    public void ItemUnderAnotherSection_IsWarning()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022,
            Function(Row("210", "卫生健康支出"), Row("21015", "医疗保障管理事务"), Row("2101101", "行政单位医疗")))));
        Assert.Equal("G3-HIERARCHY", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, HierarchyRule.MessageWrongParent, TableText, "2101101", "行政单位医疗", "项", "款", "21011", "21015"), f.Message);
        Assert.Equal("2101101", f.Row);
    }

    [Fact]
    public void SectionUnderAnotherClass_IsWarning()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(Row("301", "工资福利支出"), Row("30201", "办公费")))));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, HierarchyRule.MessageWrongParent, EconomicTableText, "30201", "办公费", "款", "类", "302", "301"), f.Message);
    }

    [Fact]
    public void TableWithoutDefinition_TracksEachSchemeApart()
    {
        var mixed = Table(null, null, "项目支出表",
            Row("210", "卫生健康支出"), Row("21015", "医疗保障管理事务"), Row("302", "商品和服务支出"), Row("30201", "办公费"),
            Row("2101501", "行政运行"), Row("30211", "差旅费"), Row("2101101", "行政单位医疗"));
        var f = Assert.Single(_rule.Evaluate(Context(2022, mixed)));
        Assert.Equal("2101101", f.Row);
    }

    [Fact]
    public void RowReadAtWrongLevel_IsWarning()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Function(Row("21015", "医疗保障管理事务"), Row("2101501", "行政运行", RowKind.Section)))));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, HierarchyRule.MessageWrongLevel, TableText, "2101501", "行政运行", "款", "项"), f.Message);
    }

    [Fact]
    public void TableWithItemsOnly_AndUnitBlocks_NoFinding()
    {
        Assert.Empty(_rule.Evaluate(Context(2022, Function(Row("2101501", "行政运行"), Row("2080505", "机关事业单位基本养老保险缴费支出")))));
        // A unit subtotal starts a new block: the second block's 项 are not compared with the first block's 款.
        Assert.Empty(_rule.Evaluate(Context(2022, Function(
            Subtotal("[040002]乌尔禾区医保局"), Row("210", "卫生健康支出"), Row("21015", "医疗保障管理事务"), Row("2101501", "行政运行"),
            Subtotal("[040003]某单位"), Row("2080505", "机关事业单位基本养老保险缴费支出")))));
    }
}
