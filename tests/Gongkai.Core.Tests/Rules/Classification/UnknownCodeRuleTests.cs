using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Classification;
using Gongkai.Core.Tables;
using static Gongkai.Core.Tests.Rules.Classification.ClassificationTables;

namespace Gongkai.Core.Tests.Rules.Classification;

public class UnknownCodeRuleTests
{
    private readonly UnknownCodeRule _rule = new();

    [Fact]
    public void KnownCodes_NoFinding()
    {
        var context = Context(2022,
            Function(Row("210", "卫生健康支出"), Row("21015", "医疗保障管理事务"), Row("2101501", "行政运行"), Row("2101502", "一般行政管理事务")),
            Economic(Row("301", "工资福利支出"), Row("30101", "基本工资", gov: "50101", govName: "工资奖金津补贴")));
        Assert.Empty(_rule.Evaluate(context));
    }

    [Fact]
    public void UnlistedItem_UnderCompleteSeenSection_IsError()
    {
        var row = Row("2101507", "医保基金监管", line: 42);
        var findings = _rule.Evaluate(Context(2022, Function(Row("21015", "医疗保障管理事务"), row))).ToList();
        var f = Assert.Single(findings);
        Assert.Equal("G3-UNKNOWN-CODE", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(FindingCategory.ClassificationCode, f.Category);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, UnknownCodeRule.MessageUnknown, TableText, "2101507", "医保基金监管", "支出功能分类", "2022年"), f.Message);
        Assert.Equal("B05", f.Table);
        Assert.Equal("2101507", f.Row);
        Assert.Equal(3, f.Page);
        Assert.Equal(42, f.Line);
        Assert.Equal(row.Quote, f.Quote);
    }

    [Fact]
    public void UnknownClass_IsError()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Function(Row("218", "某某支出")))));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Theory]
    [InlineData("2010509")] // 20105 统计信息事务: the data does not claim to list every 项
    [InlineData("2082809")] // 20828 is K: never an error
    public void UnlistedItem_UnderIncompleteOrUnconfirmedSection_IsWarning(string code)
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Function(Row(code, "某项")))));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void CodeNotYetInForce_IsWarningNamingItsYears()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2018, Function(Row("2101501", "行政运行")))));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, UnknownCodeRule.MessageNotInForce, TableText, "2101501", "行政运行", "支出功能分类", "2018年", "2019年起", "行政运行"), f.Message);
    }

    [Fact]
    public void MalformedCode_IsWarning()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(Row("302213", "维修维护费", RowKind.Section)))));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, UnknownCodeRule.MessageMalformed, EconomicTableText, "302213", "维修维护费"), f.Message);
    }

    [Fact]
    public void FunctionCodeInEconomicTable_IsWarning()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(Row("2101501", "行政运行")))));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, UnknownCodeRule.MessageWrongScheme, EconomicTableText, "2101501", "行政运行", "支出经济分类"), f.Message);
    }

    [Fact]
    public void RegionalSubitem_IsWarning_AndUnknownSectionOfCompleteClassIsError()
    {
        var findings = _rule.Evaluate(Context(2022, Economic(Row("3021199", "某细目"), Row("30219", "某费用")))).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(Severity.Warning, findings.Single(f => f.Row == "3021199").Severity);
        Assert.Equal(Severity.Error, findings.Single(f => f.Row == "30219").Severity);
    }

    [Fact]
    public void UnknownGovernmentCodeBesideDepartmental_IsReported()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(Row("30201", "办公费", gov: "50210", govName: "某经费")))));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, UnknownCodeRule.MessageGovernmentUnknown, EconomicTableText, "30201", "办公费", "50210", "某经费", "2022年"), f.Message);
        Assert.NotEqual(Severity.Info, f.Severity);
    }

    [Fact]
    public void YearBeyondCompiledData_NeverError()
    {
        var f = Assert.Single(_rule.Evaluate(Context(2031, Function(Row("2101507", "医保基金监管")))));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void UnknownYear_UsesLatestCatalogue_AndSaysSo()
    {
        var f = Assert.Single(_rule.Evaluate(Context(null, Function(Row("2101507", "医保基金监管")))));
        Assert.Contains("文件年度未识别", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryTablesAreChecked_OtherAxesAreNot_AndTablesWithoutDefinitionUseTheFirstDigit()
    {
        // The 支出 side of a 收支总表 lists the 功能分类 类: their codes are checked too.
        var summary = Table(Gongkai.Core.Templates.TableRowAxis.Summary, TableId.B01, "收支总表", Row("218", "某某支出"));
        Assert.Equal(["218"], _rule.Evaluate(Context(2022, summary)).Select(f => f.Row));
        var projects = Table(Gongkai.Core.Templates.TableRowAxis.Project, TableId.B15, "专项业务经费支出表", Row("218", "某某支出"));
        Assert.Empty(_rule.Evaluate(Context(2022, projects)));
        var bare = Table(null, null, "未识别的表", Row("218", "某某支出"), Row("30219", "某费用"), Row("2101501", "行政运行"));
        Assert.Equal(["218", "30219"], _rule.Evaluate(Context(2022, bare)).Select(f => f.Row));
    }

    [Fact]
    public void BadRows_DoNotThrow()
    {
        var rows = new[]
        {
            new TableRow { Code = "", Name = "", Kind = RowKind.Item, Values = [] },
            new TableRow { Code = "  ", Name = "合计", Kind = RowKind.Total, Values = [] },
            new TableRow { Code = "２１０", Name = "卫生健康支出", Kind = RowKind.Class, Values = [] },
        };
        var findings = _rule.Evaluate(Context(2022, Function(rows))).ToList();
        Assert.Single(findings); // the full-width code is not the canonical digits: reported as malformed, not a crash
    }
}
