using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.CrossTable;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Rules;

public sealed class ProjectListRuleTests
{
    private static DisclosureTable B05(decimal projectTotal, decimal project2101502) =>
        new TableBuilder(TableId.B05, "一般公共预算支出情况表", "表五")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Total(123.19m, 51.10m, projectTotal)
            .Row("210", "卫生健康支出", 119.24m, 48.30m, 70.94m)
            .Row("21015", "医疗保障管理事务", 49.24m, 48.30m, 0.94m)
            .Row("2101502", "一般行政管理事务", project2101502, 0m, project2101502)
            .Build();

    private static DisclosureTable B10(decimal total, decimal item) =>
        new TableBuilder(TableId.B10, "一般公共预算项目支出情况表", "表七")
            .Column("项目支出合计", ColumnKey.Total).Column("商品和服务支出", new ColumnKey("Econ302"))
            .Total(total, total)
            .Row("210", "卫生健康支出", 70.94m, 0.94m)
            .Row("21015", "医疗保障管理事务", 0.94m, 0.94m)
            .Row("2101502", "一般行政管理事务", item, item)
            .Project("2101502", "医疗保障宣传及系统运行经费", item, item)
            .Build();

    private static IReadOnlyList<Finding> Run(params DisclosureTable[] tables)
    {
        var document = new DisclosureDocument
        {
            Source = "t", Format = "text", Info = new DocumentInfo { Year = 2022 }, Tables = tables,
        };
        return new ProjectListMatchesProjectExpenditureRule()
            .Evaluate(new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default)).ToList();
    }

    [Fact]
    public void Evaluate_ProjectListAgreesWithB05_NoFinding()
    {
        Assert.Empty(Run(B05(72.09m, 0.94m), B10(72.09m, 0.94m)));
    }

    [Fact]
    public void Evaluate_ProjectListTotalDiffers_ErrorNamesTheCells()
    {
        var findings = Run(B05(72.09m, 0.94m), B10(73.09m, 0.94m));
        var finding = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal("B-R30", finding.RuleId);
        Assert.Equal(FindingCategory.CrossTable, finding.Category);
        Assert.Contains("项目支出明细与项目支出合计不一致", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Table, new[] { "B05", "B10" });
    }

    [Fact]
    public void Evaluate_ItemDiffersByCode_ErrorOnThatCode()
    {
        var findings = Run(B05(72.09m, 1.94m), B10(72.09m, 0.94m));
        var finding = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal("2101502", finding.Row);
    }

    [Fact]
    public void Evaluate_EmptyProjectList_NotApplicable()
    {
        var empty = new TableBuilder(TableId.B10, "一般公共预算项目支出情况表", "表七").Column("项目支出合计", ColumnKey.Total)
            .Empty("本单位无项目支出，此表为空。").Build();
        Assert.Empty(Run(B05(72.09m, 0.94m), empty));
    }

    // ---- Shaanxi B15 专项业务经费支出表 (项目金额 of all funds unless it says 一般公共预算) ----------------------------------

    private static DisclosureTable ShaanxiB05(decimal project) =>
        new TableBuilder(TableId.B05, "一般公共预算支出明细表（按支出功能分类科目）", "表5")
            .Column("合计", ColumnKey.Total).Column("人员经费支出", ColumnKey.Personnel).Column("公用经费支出", ColumnKey.Public)
            .Column("专项业务经费支出", ColumnKey.Project)
            .Total(project + 10m, 8m, 2m, project)
            .Build();

    private static DisclosureTable B15(decimal total, string title = "部门综合预算专项业务经费支出表") =>
        new TableBuilder(TableId.B15, title, "表10").Column("项目金额", ColumnKey.Total).Total(total).Project(null, "某项目", total).Build();

    private static DisclosureTable ShaanxiB03(decimal project) =>
        new TableBuilder(TableId.B03, "部门综合预算支出总表", "表3")
            .Column("合计", ColumnKey.Total).Column("人员经费支出", ColumnKey.Personnel).Column("公用经费支出", ColumnKey.Public)
            .Column("专项业务经费支出", ColumnKey.Project)
            .Total(project + 10m, 8m, 2m, project)
            .Build();

    [Fact]
    public void Evaluate_AllFundsSpecialProjects_ExceedGeneralBudgetProjects_NoFinding()
    {
        // Xi'an: 表10 578,716,321.41 (福彩公益金 projects included) vs 表5 专项业务经费 391,080,000.00 of 一般公共预算 only.
        Assert.Empty(Run(ShaanxiB05(391_080_000.00m), B15(578_716_321.41m)));
    }

    [Fact]
    public void Evaluate_AllFundsSpecialProjects_BelowGeneralBudgetProjects_Error()
    {
        var finding = Assert.Single(Run(ShaanxiB05(391_080_000.00m), B15(291_080_000.00m)));
        Assert.Equal("B-R30", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("B05", finding.Table);
        Assert.Contains("不应超过全部资金的专项业务经费支出表合计", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AllFundsSpecialProjects_ComparedWithAllFundsExpenditure()
    {
        Assert.Empty(Run(ShaanxiB05(391.08m), ShaanxiB03(578.72m), B15(578.72m)));
        // A list that agrees with 表5 is the 一般公共预算 one: not compared with the all-funds 表3.
        Assert.Empty(Run(ShaanxiB05(391.08m), ShaanxiB03(578.72m), B15(391.08m)));
        var finding = Assert.Single(Run(ShaanxiB05(391.08m), ShaanxiB03(578.72m), B15(588.72m)));
        Assert.Contains("项目支出明细与项目支出合计不一致", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GeneralBudgetSpecialProjects_EqualGeneralBudgetProjects()
    {
        const string title = "一般公共预算专项业务经费支出表";
        Assert.Empty(Run(ShaanxiB05(391.08m), B15(391.08m, title)));
        var finding = Assert.Single(Run(ShaanxiB05(391.08m), B15(400.08m, title)));
        Assert.Contains("项目支出明细与项目支出合计不一致", finding.Message, StringComparison.Ordinal);
    }
}
