using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Classification;
using static Gongkai.Core.Tests.Rules.Classification.ClassificationTables;

namespace Gongkai.Core.Tests.Rules.Classification;

public class NameMismatchRuleTests
{
    private readonly NameMismatchRule _rule = new();

    [Fact]
    public void OfficialNamesAndVariantsOfWidthAndSpacing_NoFinding()
    {
        var context = Context(2022,
            Function(Row("210", "卫生健康支出"), Row("21015", "医疗保障管理事务"), Row("2101501", "行 政 运 行")),
            Economic(Row("30112", "其它社会保障缴费", gov: "50102", govName: "社会保障缴费"), Row("30212", "因公出国(境)费用")));
        Assert.Empty(_rule.Evaluate(context));
    }

    [Fact]
    public void WrongName_IsWarningWithExpectedName()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(Row("30307", "医疗费救助")))));
        Assert.Equal("G3-NAME-MISMATCH", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, NameMismatchRule.MessageMismatch, EconomicTableText, "30307", "医疗费救助", "医疗费补助", "2022年", "部门预算支出经济分类"), f.Message);
        Assert.Equal("30307", f.Row);
    }

    [Fact]
    public void OldClassName_AfterRenaming_IsWarningNamingTheYears()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2020, Function(Row("210", "医疗卫生与计划生育支出")))));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, NameMismatchRule.MessageOldName, TableText, "210", "医疗卫生与计划生育支出", "卫生健康支出", "2020年", "2014—2018年"), f.Message);
        Assert.Contains("使用了旧科目名称", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewName_BeforeRenaming_IsWarning()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2018, Function(Row("210", "卫生健康支出")))));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, NameMismatchRule.MessageFutureName, TableText, "210", "卫生健康支出", "医疗卫生与计划生育支出", "2018年", "2019年起"), f.Message);
    }

    [Fact]
    public void KnownVariantPrinting_IsInfo()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(Row("30213", "维修维护费")))));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, NameMismatchRule.MessageAlias, EconomicTableText, "30213", "维修维护费", "维修（护）费"), f.Message);
    }

    [Fact]
    public void NameCutOffAtAWrap_IsInfo()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Function(Row("207", "文化旅游体育与传媒")))));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, NameMismatchRule.MessageTruncated, TableText, "207", "文化旅游体育与传媒", "文化旅游体育与传媒支出"), f.Message);
        Assert.Equal(Severity.Warning, Assert.Single(_rule.Evaluate(Context(2022, Function(Row("207", "文化"))))).Severity);
    }

    [Fact]
    public void GovernmentNamePrintedBeside_IsChecked()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(Row("30228", "工会经费", gov: "50201", govName: "其他商品和服务支出")))));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, NameMismatchRule.MessageMismatch, EconomicTableText, "50201", "其他商品和服务支出", "办公经费", "2022年", "政府预算支出经济分类"), f.Message);
        Assert.Equal("30228", f.Row);
    }

    [Fact]
    public void BlankOrUnknownCode_NoFinding()
    {
        Assert.Empty(_rule.Evaluate(Context(2022, Function(Row("2101501", ""), Row("2101598", "某项")))));
    }
}
