using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.ColumnIdentity;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Rules;

/// <summary>Finding evidence and messages in the style of contracts/check-output.md, and the rounding tolerance.</summary>
public class IdentityMessageTests
{
    private static DisclosureDocument B03(decimal total, decimal basic, decimal project, int decimals = 2, AmountUnit unit = AmountUnit.WanYuan)
    {
        var table = new TableBuilder(TableId.B03, "单位支出总体情况表", "表三") { Decimals = decimals }
            .Unit(unit)
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Row("210", "卫生健康支出", total, basic, project)
            .Build();
        return new DisclosureDocument { Source = "t.txt", Format = "text", Info = new DocumentInfo(), Tables = [table] };
    }

    private static List<Finding> Run(DisclosureDocument d, RuleOptions? options = null) =>
        new ExpenditureBasicProjectRule().Evaluate(new RuleContext(d, EmbeddedCatalogueProvider.Default, options ?? RuleOptions.Default)).ToList();

    [Fact]
    public void Mismatch_MessageAndEvidence_FollowTheContract()
    {
        var f = Assert.Single(Run(B03(119.34m, 48.30m, 70.94m)));
        Assert.Equal("B-R07", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(FindingCategory.ColumnIdentity, f.Category);
        Assert.Equal("表三 210 卫生健康支出：合计 119.34 ≠ 基本支出 48.30 + 项目支出 70.94 = 119.24", f.Message);
        Assert.Equal(RuleTextFormat(ExpenditureBasicProjectRule.Message, "表三", "210 卫生健康支出", "合计", "119.34", "基本支出 48.30 + 项目支出 70.94", "119.24"), f.Message);
        Assert.Equal("B03", f.Table);
        Assert.Equal("210", f.Row);
        Assert.Equal("合计", f.Column);
        Assert.Equal(119.34m, f.Actual);
        Assert.Equal(119.24m, f.Expected);
        Assert.Equal("210 卫生健康支出 119.34 48.30 70.94", f.Quote);
        Assert.Equal(1, f.Page);
        Assert.Equal(100, f.Line);
    }

    private static string RuleTextFormat(string template, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);

    [Fact]
    public void Equal_NoFinding() => Assert.Empty(Run(B03(119.24m, 48.30m, 70.94m)));

    [Fact]
    public void OneUnitOfLastDigit_IsRoundingInfo()
    {
        var f = Assert.Single(Run(B03(119.25m, 48.30m, 70.94m)));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("四舍五入差异", f.Message, StringComparison.Ordinal);
        Assert.Equal(119.25m, f.Actual);
        Assert.Equal(119.24m, f.Expected);
    }

    [Fact]
    public void RoundingInfo_CanBeSwitchedOff() =>
        Assert.Empty(Run(B03(119.25m, 48.30m, 70.94m), RuleOptions.Default with { ReportRoundingDifferences = false }));

    [Fact]
    public void ToleranceDigits_AreAnOption()
    {
        Assert.Equal(Severity.Error, Assert.Single(Run(B03(119.26m, 48.30m, 70.94m))).Severity);
        var loose = RuleOptions.Default with { RoundingToleranceDigits = 2m };
        Assert.Equal(Severity.Info, Assert.Single(Run(B03(119.26m, 48.30m, 70.94m), loose)).Severity);
    }

    [Fact]
    public void SixDecimalTables_HaveTheirOwnLastDigit()
    {
        // Beijing prints 万元 with 6 decimals: 0.000001 is rounding, 0.01 is not.
        Assert.Equal(Severity.Info, Assert.Single(Run(B03(119.240001m, 48.300000m, 70.940000m, 6))).Severity);
        Assert.Equal(Severity.Error, Assert.Single(Run(B03(119.250000m, 48.300000m, 70.940000m, 6))).Severity);
    }

    [Fact]
    public void BlankCells_CountAsZero()
    {
        var table = new TableBuilder(TableId.B03, "支出总表", "表三")
            .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
            .Row("210", "卫生健康支出", 48.30m, 48.30m, null)
            .Row("221", "住房保障支出", null, null, null)
            .Build();
        var d = new DisclosureDocument { Source = "t", Format = "text", Info = new DocumentInfo(), Tables = [table] };
        Assert.Empty(Run(d));
    }

    [Theory]
    [InlineData(0.01, 2, 1, ComparisonOutcome.RoundingDifference)]
    [InlineData(0.02, 2, 1, ComparisonOutcome.Mismatch)]
    [InlineData(0, 2, 1, ComparisonOutcome.Equal)]
    [InlineData(1, 0, 1, ComparisonOutcome.RoundingDifference)]
    [InlineData(0.03, 2, 3, ComparisonOutcome.RoundingDifference)]
    public void Tolerance_Compare(double diff, int decimals, double digits, ComparisonOutcome expected)
    {
        var options = RuleOptions.Default with { RoundingToleranceDigits = (decimal)digits };
        Assert.Equal(expected, Tolerance.Compare(100m + (decimal)diff, 100m, decimals, options));
    }

    [Fact]
    public void CrossUnit_ComparesInTargetUnitWithCoarserPrecision()
    {
        // B01 in 万元, B03 in 元: 119.24 万元 vs 1,192,400.40 元 is rounding; vs 1,193,400.00 元 is a mismatch.
        var b01 = new TableBuilder(TableId.B01, "收支总表", "表一")
            .Column("预算数", ColumnKey.Total, TableSide.Income).Column("预算数", ColumnKey.Total, TableSide.Expenditure)
            .SideRow(TableSide.Expenditure, "210", "卫生健康支出", null, 119.24m)
            .Build();
        DisclosureTable B03Yuan(decimal v) => new TableBuilder(TableId.B03, "支出总表", "表三")
            .Unit(AmountUnit.Yuan)
            .Column("合计", ColumnKey.Total)
            .Row("210", "卫生健康支出", v)
            .Build();
        var rule = new Gongkai.Core.Rules.CrossTable.BudgetClassesMatchExpenditureRule();
        List<Finding> Check(decimal v) => rule.Evaluate(new RuleContext(
            new DisclosureDocument { Source = "t", Format = "text", Info = new DocumentInfo(), Tables = [b01, B03Yuan(v)] },
            EmbeddedCatalogueProvider.Default, RuleOptions.Default)).ToList();
        Assert.Equal(Severity.Info, Assert.Single(Check(1_192_400.40m)).Severity);
        Assert.Empty(Check(1_192_400.00m));
        Assert.Equal(Severity.Error, Assert.Single(Check(1_193_400.00m)).Severity);
    }

    [Fact]
    public void SharedTemplates_AreChineseAndInvariant()
    {
        Assert.Contains("四舍五入差异", EquationMessages.Rounding, StringComparison.Ordinal);
        Assert.Contains("≠", EquationMessages.Sum, StringComparison.Ordinal);
    }
}
