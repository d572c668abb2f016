using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Narrative;
using Gongkai.Core.Tables;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Core.Tests.Narrative;

/// <summary>Each narrative rule on a passing and a failing explanation (sentences modelled on the seeds).</summary>
public sealed class NarrativeRuleTests
{
    private static DisclosureDocument Doc(IReadOnlyList<DisclosureTable>? tables, params (string Heading, string Text)[] sections) => new()
    {
        Source = "test.txt",
        Format = "text",
        Info = new DocumentInfo { Year = 2022, Kind = DocumentKind.Budget },
        Tables = tables ?? [],
        Sections = sections.Select((s, i) => new NarrativeSection { Heading = s.Heading, Level = 2, Text = s.Text, Line = i + 1 }).ToList(),
    };

    private static List<Finding> Run(IRule rule, DisclosureDocument document) =>
        rule.Evaluate(new RuleContext(document, new EmbeddedCatalogueProvider(), RuleOptions.Default)).ToList();

    [Fact]
    public void ChangeRate_RightRateAtPrintedPrecisionPasses()
    {
        var doc = Doc(null, ("三、支出", "基本支出 51.1 万元，占41.48 %，比上年预算增加1.95万元，增长3.97%。4.一般行政管理事务（02）:2022年预算数为0.94万元，比上年预算 增加0.06 万元， 增长7% 。"));
        Assert.Empty(Run(new ChangeRateRule(), doc));
    }

    [Fact]
    public void ChangeRate_WrongRateIsAnError()
    {
        var doc = Doc(null, ("五、一般公共预算", "其中：基本支出51.1万元，比上年预算 增加1.95 万元， 增长3.57%。"));
        var f = Assert.Single(Run(new ChangeRateRule(), doc));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(FindingCategory.NarrativeArithmetic, f.Category);
        Assert.Equal(3.57m, f.Actual);
        Assert.Equal(3.97m, f.Expected);
        Assert.Contains("增长3.57%", f.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeRate_HundredPercentFromZeroIsTheConvention()
    {
        var doc = Doc(null, ("二", "财政拨款结转 11.25 万元，占 2.13%，比上年预算增加 11.25 万元，增长 100%。"));
        Assert.Empty(Run(new ChangeRateRule(), doc));
    }

    [Fact]
    public void ChangeRate_DirectionWordsDisagree()
    {
        var doc = Doc(null, ("二", "项目支出 11.25 万元，比上年预算减少 57.62万元，增长 83.66%。"));
        var f = Assert.Single(Run(new ChangeRateRule(), doc));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("方向不一致", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeRate_ZeroChangeShouldBeSaidFlat()
    {
        var doc = Doc(null, ("八", "公务接待费增加0.00万元，增长0.00%。"));
        var f = Assert.Single(Run(new ChangeRateRule(), doc));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("持平", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_ImplicitWholePassesAndAWrongShareFails()
    {
        var good = Doc(null, ("四", "1.社会保障和就业支出（208） 3.95 万元， 占3.21 % 。2.卫生健康支出（210） 119.24 万元， 占96.79 % 。"));
        Assert.Empty(Run(new ShareRule(), good));
        var bad = Doc(null, ("四", "1.社会保障和就业支出（208） 3.95 万元， 占4.21 % 。2.卫生健康支出（210） 119.24 万元， 占95.79 % 。"));
        var findings = Run(new ShareRule(), bad);
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Actual == 4.21m && f.Expected == 3.21m);
    }

    [Fact]
    public void Share_ExplicitTotalOfTheSentence()
    {
        var good = Doc(null, ("一", "本年收入 46.26 万元，其中：财政拨款收入 46.26 万元，占 100.00%；上级补助收入 0.00 万元，占 0.00%。"));
        Assert.Empty(Run(new ShareRule(), good));
        var bad = Doc(null, ("一", "本年支出 46.26 万元，其中：基本支出 36.01 万元，占 87.84%；项目支出 10.25 万元，占 22.16%。"));
        var f = Assert.Single(Run(new ShareRule(), bad));
        Assert.Equal(87.84m, f.Actual);
        Assert.Equal(77.84m, f.Expected);
    }

    [Fact]
    public void Share_SharesOfOneWholeMustSumToHundred()
    {
        var bad = Doc(null, ("三", "1.社会保障和就业支出（类）34.75 万元，占 9.91%；2.卫生健康支出（类）288.66 万元，占 82.34%；3.住房保障支出（类）27.16 万元，占 8.75%。"));
        Assert.Contains(Run(new ShareRule(), bad), f => f.Expected == 100m && f.Actual == 101m);
    }

    [Fact]
    public void SelfContradiction_SameSubjectTwoRates()
    {
        var doc = Doc(null,
            ("三、支出预算", "基本支出 51.1 万元，占41.48 %，比上年预算增加1.95万元，增长3.97%。"),
            ("五、一般公共预算", "其中：基本支出51.1万元，比上年预算 增加1.95 万元， 增长3.57%。"));
        var f = Assert.Single(Run(new SelfContradictionRule(), doc));
        Assert.Equal(FindingCategory.NarrativeSelfContradiction, f.Category);
        Assert.Equal(3.57m, f.Actual);
        Assert.Equal(3.97m, f.Expected);
        var consistent = Doc(null,
            ("三、支出预算", "基本支出 51.1 万元，比上年预算增加1.95万元，增长3.97%。"),
            ("五、一般公共预算", "其中：基本支出51.1万元，比上年预算 增加1.95 万元， 增长4%。"));
        Assert.Empty(Run(new SelfContradictionRule(), consistent));
    }

    [Fact]
    public void ThreePublicSum()
    {
        var good = Doc(null, ("八", "“三公”经费数为4.45万元，其中： 因公出国（境）费0万元， 公务用车购置费0万元， 公务用车运行费3.45万元， 公务接待费1万元。"));
        Assert.Empty(Run(new ThreePublicTextSumRule(), good));
        var bad = Doc(null, ("八", "“三公”经费数为4.45万元，其中： 因公出国（境）费0万元， 公务用车购置费0万元， 公务用车运行费2.45万元， 公务接待费1万元。"));
        var f = Assert.Single(Run(new ThreePublicTextSumRule(), bad));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(4.45m, f.Actual);
        Assert.Equal(3.45m, f.Expected);
    }

    [Fact]
    public void ProcurementSumAndSmallEnterprises()
    {
        var good = Doc(null, ("（二）政府采购情况", "政府采购预算12.86万元，其中：政府采购货物预算 4.72 万元，政府采购工程预算0 万元，政府采购服务预算 8.14 万元。面向中小企业预留政府采购项目预算金额 12.86 万元，其中：小微企业预留政府采购项目预算金额 12.86 万元。"));
        Assert.Empty(Run(new ProcurementSumRule(), good));
        var bad = Doc(null, ("（二）政府采购情况", "政府采购预算 35 万元，其中：政府采购货物预算 30 万元，政府采购工程预算 0 万元，政府采购服务预算 0 万元。面向中小企业预留政府采购项目预算金额 0 万元，其中：面向小微企业预留政府采购项目预算金额 35 万元。"));
        var findings = Run(new ProcurementSumRule(), bad);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Actual == 35m && f.Expected == 30m);
        Assert.Contains(findings, f => f.Actual == 35m && f.Expected == 0m);
    }

    [Fact]
    public void Staffing()
    {
        var good = Doc(null, ("一", "实有人数 25 人，其中：在职 23 人，退休 2 人，离休 0 人。"));
        Assert.Empty(Run(new StaffingRule(), good));
        var bad = Doc(null, ("一", "实有人数 25 人，其中：在职 22 人，退休 2 人，离休 0 人。"));
        var f = Assert.Single(Run(new StaffingRule(), bad));
        Assert.Equal(25m, f.Actual);
        Assert.Equal(24m, f.Expected);
    }

    [Fact]
    public void VarianceRate()
    {
        var good = Doc(null, ("七", "财政拨款“三公”经费支出全年预算数 4.45 万元，决算数 2.32 万元，预决算差异率-47.87%。"));
        Assert.Empty(Run(new VarianceRateRule(), good));
        var bad = Doc(null, ("七", "财政拨款“三公”经费支出全年预算数 4.45 万元，决算数 2.32 万元，预决算差异率-52.13%。"));
        var f = Assert.Single(Run(new VarianceRateRule(), bad));
        Assert.Equal(-47.87m, f.Expected);
    }

    private static DisclosureTable B05(AmountUnit unit, decimal value) => new()
    {
        Id = TableId.B05,
        Title = "一般公共预算支出情况表",
        PrintedNumber = "表五",
        AmountUnit = unit,
        Columns = [new TableColumn("合计", ColumnKey.Total)],
        Rows =
        [
            new TableRow { Code = "208", Name = "社会保障和就业支出", Kind = RowKind.Class, Values = [CellValue.Of(value)] },
        ],
    };

    [Fact]
    public void TableAmount_ClassByCodeAgainstB05WithUnitConversion()
    {
        var text = ("四、一般公共预算当年拨款情况", "1.社会保障和就业支出（208） 3.95 万元， 占3.21 % 。");
        Assert.Empty(Run(new TableAmountRule(), Doc([B05(AmountUnit.WanYuan, 3.95m)], text)));
        Assert.Empty(Run(new TableAmountRule(), Doc([B05(AmountUnit.Yuan, 39_512.34m)], text)));
        var f = Assert.Single(Run(new TableAmountRule(), Doc([B05(AmountUnit.WanYuan, 4.95m)], text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(FindingCategory.NarrativeVsTable, f.Category);
        Assert.Equal("B05", f.Table);
        Assert.Equal("208", f.Row);
        Assert.Equal("合计", f.Column);
        Assert.Equal(3.95m, f.Actual);
        Assert.Equal(4.95m, f.Expected);
    }

    [Fact]
    public void TableAmount_BasicExpenditureAgainstTheScopedTable()
    {
        static DisclosureTable Total(TableId id, decimal total, decimal basic, decimal project) => new()
        {
            Id = id,
            Title = id.Value,
            PrintedNumber = id.Value,
            Columns = [new TableColumn("合计", ColumnKey.Total), new TableColumn("基本支出", ColumnKey.Basic), new TableColumn("项目支出", ColumnKey.Project)],
            Rows = [new TableRow { Name = "合计", Kind = RowKind.Total, Values = [CellValue.Of(total), CellValue.Of(basic), CellValue.Of(project)] }],
        };
        var tables = new[] { Total(TableId.B03, 1265.67m, 961.47m, 304.20m), Total(TableId.B05, 1265.67m, 961.47m, 304.20m) };
        var good = Doc(tables, ("三、支出预算", "基本支出 961.47 万元，占 75.97%。"));
        Assert.Empty(Run(new TableAmountRule(), good));
        var bad = Doc(tables, ("五、一般公共预算", "医疗保障局 2020 年一般公共预算拨款基本支出 1265.67 万元，比上年执行数增加 539.29 万元。"));
        var f = Assert.Single(Run(new TableAmountRule(), bad));
        Assert.Equal("B05", f.Table);
        Assert.Equal("基本支出", f.Column);
        Assert.Equal(961.47m, f.Expected);
    }

    [Fact]
    public void BuiltInRulesListTheNarrativeRules()
    {
        var ids = BuiltInRules.All.Select(r => r.Id).ToList();
        foreach (var id in new[] { "N-ARITH-CHANGE-RATE", "N-ARITH-SHARE", "N-SELF-CONTRADICTION", "N-TABLE-AMOUNT", "N-THREE-PUBLIC-SUM", "N-PROCUREMENT-SUM", "F-R28", "N-STAFFING" })
        {
            Assert.Contains(id, ids);
        }
    }
}

/// <summary>N-YEAR: the year printed for the document's own figures.</summary>
public sealed class YearTypoRuleTests
{
    private static List<Finding> Run(int year, string text) => new YearTypoRule().Evaluate(new RuleContext(new DisclosureDocument
    {
        Source = "t.txt",
        Format = "text",
        Info = new DocumentInfo { Year = year, Kind = DocumentKind.Budget },
        Tables = [],
        Sections = [new NarrativeSection { Heading = "（三）具体使用情况", Level = 2, Text = text, Line = 9 }],
    }, new EmbeddedCatalogueProvider(), RuleOptions.Default)).ToList();

    [Fact]
    public void OwnYearPasses() =>
        Assert.Empty(Run(2024, "住房公积金（01 项）:2024 年预算数为 27.16 万元，比上年预\n算增加 6.04 万元，增长 28.60%。"));

    [Fact]
    public void PriorYearForOwnFigureFails()
    {
        var f = Assert.Single(Run(2024, "住房公积金（01 项）:2023 年预算数为 27.16 万元，比上年预\n算增加 6.04 万元，增长 28.60%。"));
        Assert.Equal("N-YEAR", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(2023m, f.Actual);
        Assert.Equal(2024m, f.Expected);
        Assert.Equal("2023 年预算数为 27.16 万元，比上年预算增加 6.04 万元", f.Quote);
        Assert.Equal(9, f.Line);
    }

    [Theory]
    [InlineData("截至2023年12月31日，共有车辆2辆，比上年减少1辆。")]
    [InlineData("根据《2023年预算编制通知》，基本支出 51.1 万元，比上年预算增加1.95万元。")]
    [InlineData("2023年预算数为10万元。2024年预算数为12万元，比上年预算增加2万元。")]
    [InlineData("单位2019年成立，基本支出1265.67万元，本年比上年执行数增加539.29万元。")]
    [InlineData("2023年没有数字，比上年持平。")]
    public void OtherYearsAreNotTheOwnFigure(string text) => Assert.Empty(Run(2024, text));
}

/// <summary>N-TABLE-AMOUNT on income statements: B01 income lines, B04 for 财政拨款.</summary>
public sealed class IncomeStatementTests
{
    private static DisclosureTable Summary(TableId id, decimal general, decimal unitFunds, decimal carryover, decimal currentTotal, decimal grandTotal)
    {
        var b = new TableBuilder(id, id == TableId.B01 ? "收支总表" : "财政拨款收支总表", id == TableId.B01 ? "表一" : "表四")
            .Column("预算数", ColumnKey.Total, TableSide.Income).Column("预算数", ColumnKey.Total, TableSide.Expenditure);
        b.Line(SummaryRowKeys.GeneralBudget, "一般公共预算拨款", TableSide.Income, general, null);
        b.Line(SummaryRowKeys.UnitFunds, "单位资金", TableSide.Income, unitFunds, null);
        b.Line(SummaryRowKeys.CurrentYearIncomeTotal, "本年收入", TableSide.Income, currentTotal, null);
        b.Line(SummaryRowKeys.FiscalCarryover, "财政拨款结转", TableSide.Income, carryover, null);
        b.Line(SummaryRowKeys.IncomeGrandTotal, "收入总计", TableSide.Income, grandTotal, null);
        return b.Build();
    }

    private static List<Finding> Run(IReadOnlyList<DisclosureTable> tables, string heading, string text) => new TableAmountRule().Evaluate(new RuleContext(new DisclosureDocument
    {
        Source = "t.txt",
        Format = "text",
        Info = new DocumentInfo { Year = 2024, Kind = DocumentKind.Budget },
        Tables = tables,
        Sections = [new NarrativeSection { Heading = heading, Level = 2, Text = text, Line = 3 }],
    }, new EmbeddedCatalogueProvider(), RuleOptions.Default)).ToList();

    private const string IncomeText = "收入预算 527.32 万元，其中：一般公共预算 350.57 万元，占 66.48%；单位资金165.5万元，占31.39 %；财政拨款结转 11.25 万元，占 2.13%。";

    [Fact]
    public void IncomeSourcesAgreeWithB01()
    {
        var b01 = Summary(TableId.B01, 350.57m, 165.50m, 11.25m, 516.07m, 527.32m);
        Assert.Empty(Run([b01], "二、收入预算情况说明", IncomeText));
        // 收入预算 may be the 本年收入 line as well.
        Assert.Empty(Run([b01], "二、收入预算情况说明", "本年收入 516.07 万元。"));
    }

    [Fact]
    public void IncomeSourceDisagreeingWithB01IsAnError()
    {
        var b01 = Summary(TableId.B01, 350.57m, 160.50m, 12.25m, 511.07m, 523.32m);
        var findings = Run([b01], "二、收入预算情况说明", IncomeText);
        Assert.Contains(findings, f => f.Table == "B01" && f.Row == "单位资金" && f.Actual == 165.5m && f.Expected == 160.50m && f.Severity == Severity.Error);
        Assert.Contains(findings, f => f.Row == "财政拨款结转" && f.Actual == 11.25m && f.Expected == 12.25m);
        Assert.Contains(findings, f => f.Row == "收入总计" && f.Actual == 527.32m && f.Expected == 523.32m);
        Assert.DoesNotContain(findings, f => f.Row == "一般公共预算拨款");
    }

    [Fact]
    public void FiscalScopeGoesToB04()
    {
        var b01 = Summary(TableId.B01, 350.57m, 165.50m, 11.25m, 516.07m, 527.32m);
        var b04 = Summary(TableId.B04, 350.57m, 0m, 0m, 350.57m, 350.57m);
        Assert.Empty(Run([b01, b04], "四、财政拨款收支预算总体情况", "2024 年财政拨款收支总预算 350.57 万元。收入预算包括：一般公共预算拨款 350.57 万元。"));
        var f = Assert.Single(Run([b01, b04], "四、财政拨款收支预算总体情况", "2024 年财政拨款收支总预算 527.32 万元。"));
        Assert.Equal("B04", f.Table);
        Assert.Equal(350.57m, f.Expected);
    }

    [Fact]
    public void GeneralBudgetAsExpenditureIsNotAnIncomeLine()
    {
        var b01 = Summary(TableId.B01, 350.57m, 165.50m, 11.25m, 516.07m, 527.32m);
        // Stated in an expenditure section without 收入: not compared with the B01 income line (no B05 here).
        Assert.Empty(Run([b01], "五、一般公共预算当年拨款情况说明", "一般公共预算当年拨款 300.00 万元。"));
    }
}

/// <summary>F-R27: 完成年初预算的百分比.</summary>
public sealed class CompletionRateRuleTests
{
    private static List<Finding> Run(string text) => new CompletionRateRule().Evaluate(new RuleContext(new DisclosureDocument
    {
        Source = "t.txt",
        Format = "text",
        Info = new DocumentInfo { Year = 2023, Kind = DocumentKind.FinalAccounts },
        Tables = [],
        Sections = [new NarrativeSection { Heading = "（三）具体情况", Level = 2, Text = text, Line = 5 }],
    }, new EmbeddedCatalogueProvider(), RuleOptions.Default)).ToList();

    [Fact]
    public void RightRatePasses() =>
        Assert.Empty(Run("行政运行（2101501）年初预算为 100.00 万元，支出决算为 90.00 万元，完成年初预算的 90.00%。"));

    [Fact]
    public void WrongRateFails()
    {
        var f = Assert.Single(Run("行政运行（2101501）年初预算为 100.00 万元，支出决算为 90.00 万元，完成年初预算的 95.00%。"));
        Assert.Equal("F-R27", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(95.00m, f.Actual);
        Assert.Equal(90.00m, f.Expected);
    }

    [Fact]
    public void ZeroBudgetCannotBeCompleted()
    {
        var f = Assert.Single(Run("行政运行（2101501）年初预算为 0.00 万元，支出决算为 90.00 万元，完成年初预算的 100.00%。"));
        Assert.Contains("年初预算为 0", f.Message, StringComparison.Ordinal);
        Assert.Null(f.Expected);
    }

    [Fact]
    public void IntegerRateAtItsPrecision() =>
        Assert.Empty(Run("行政运行（2101501）年初预算为 30.00 万元，支出决算为 20.00 万元，完成年初预算的 67%。"));
}
