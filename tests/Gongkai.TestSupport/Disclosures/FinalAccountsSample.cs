using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.TestSupport.Disclosures;

/// <summary>
/// A small, fully consistent 部门决算 (F01–F09) built in code, without template definitions, so rules use the standard
/// identities of DOMAIN.md §6. Figures (万元): 一般公共预算财政拨款 150.00 (基本 120.00, 项目 30.00), 事业收入 10.00
/// (项目), 年初/年末结转和结余 5.00; 210 卫生健康支出 140.00, 221 住房保障支出 20.00; 三公 预算 20.00, 决算 18.00;
/// F08/F09 空表.
/// </summary>
public static class FinalAccountsSample
{
    public static DisclosureDocument Consistent() => new()
    {
        Source = "final-sample.txt",
        Format = "text",
        Info = new DocumentInfo { Title = "某局2023年度部门决算", Entity = "某局", Year = 2023, Kind = DocumentKind.FinalAccounts, Level = DocumentLevel.Department },
        Tables = [F01(), F02(), F03(), F04(), F05(), F06(), F07(), Fund(TableId.F08, "政府性基金预算财政拨款收入支出决算表", "表八", "政府性基金预算"),
            Fund(TableId.F09, "国有资本经营预算财政拨款收入支出决算表", "表九", "国有资本经营预算")],
    };

    private static DisclosureTable F01()
    {
        var b = new TableBuilder(TableId.F01, "收入支出决算总表", "表一")
            .Column("决算数", ColumnKey.Final, TableSide.Income)
            .Column("决算数", ColumnKey.Final, TableSide.Expenditure);
        void In(string key, string name, decimal v) => b.Line(key, name, TableSide.Income, v, null);
        void Out(string key, string name, decimal v) => b.Line(key, name, TableSide.Expenditure, null, v);
        In(SummaryRowKeys.GeneralBudget, "一、一般公共预算财政拨款收入", 150.00m);
        In(SummaryRowKeys.GovFund, "二、政府性基金预算财政拨款收入", 0m);
        In(SummaryRowKeys.StateCapital, "三、国有资本经营预算财政拨款收入", 0m);
        In(SummaryRowKeys.SuperiorSubsidy, "四、上级补助收入", 0m);
        In(SummaryRowKeys.BusinessIncome, "五、事业收入", 10.00m);
        In(SummaryRowKeys.OperatingIncome, "六、经营收入", 0m);
        In(SummaryRowKeys.AffiliatedRemittance, "七、附属单位上缴收入", 0m);
        In(SummaryRowKeys.OtherIncome, "八、其他收入", 0m);
        In(SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", 160.00m);
        In(SummaryRowKeys.UseOfNonFiscalBalance, "使用非财政拨款结余", 0m);
        In(SummaryRowKeys.OpeningBalance, "年初结转和结余", 5.00m);
        In(SummaryRowKeys.IncomeGrandTotal, "总计", 165.00m);
        b.SideRow(TableSide.Expenditure, "210", "卫生健康支出", null, 140.00m);
        b.SideRow(TableSide.Expenditure, "221", "住房保障支出", null, 20.00m);
        Out(SummaryRowKeys.CurrentYearExpenditureTotal, "本年支出合计", 160.00m);
        Out(SummaryRowKeys.BalanceDistribution, "结余分配", 0m);
        Out(SummaryRowKeys.ClosingBalance, "年末结转和结余", 5.00m);
        Out(SummaryRowKeys.ExpenditureGrandTotal, "总计", 165.00m);
        return b.Build();
    }

    private static DisclosureTable F02() => new TableBuilder(TableId.F02, "收入决算表", "表二")
        .Column("本年收入合计", ColumnKey.Total).Column("财政拨款收入", ColumnKey.FiscalSubtotal).Column("上级补助收入", ColumnKey.SuperiorSubsidy)
        .Column("事业收入", ColumnKey.BusinessIncome).Column("经营收入", ColumnKey.OperatingIncome).Column("附属单位上缴收入", ColumnKey.AffiliatedRemittance)
        .Column("其他收入", ColumnKey.OtherIncome)
        .Total(160.00m, 150.00m, 0m, 10.00m, 0m, 0m, 0m)
        .Row("210", "卫生健康支出", 140.00m, 130.00m, null, 10.00m)
        .Row("21011", "行政事业单位医疗", 40.00m, 40.00m)
        .Row("2101101", "行政单位医疗", 30.00m, 30.00m)
        .Row("2101103", "公务员医疗补助", 10.00m, 10.00m)
        .Row("21015", "医疗保障管理事务", 100.00m, 90.00m, null, 10.00m)
        .Row("2101501", "行政运行", 100.00m, 90.00m, null, 10.00m)
        .Row("221", "住房保障支出", 20.00m, 20.00m)
        .Row("22102", "住房改革支出", 20.00m, 20.00m)
        .Row("2210201", "住房公积金", 20.00m, 20.00m)
        .Build();

    private static DisclosureTable F03() => new TableBuilder(TableId.F03, "支出决算表", "表三")
        .Column("本年支出合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
        .Column("上缴上级支出", ColumnKey.RemittanceToSuperior).Column("经营支出", ColumnKey.OperatingExpenditure).Column("对附属单位补助支出", ColumnKey.SubsidyToAffiliated)
        .Total(160.00m, 120.00m, 40.00m, 0m, 0m, 0m)
        .Row("210", "卫生健康支出", 140.00m, 100.00m, 40.00m)
        .Row("21011", "行政事业单位医疗", 40.00m, 40.00m)
        .Row("2101101", "行政单位医疗", 30.00m, 30.00m)
        .Row("2101103", "公务员医疗补助", 10.00m, 10.00m)
        .Row("21015", "医疗保障管理事务", 100.00m, 60.00m, 40.00m)
        .Row("2101501", "行政运行", 100.00m, 60.00m, 40.00m)
        .Row("221", "住房保障支出", 20.00m, 20.00m)
        .Row("22102", "住房改革支出", 20.00m, 20.00m)
        .Row("2210201", "住房公积金", 20.00m, 20.00m)
        .Build();

    private static DisclosureTable F04()
    {
        var b = new TableBuilder(TableId.F04, "财政拨款收入支出决算总表", "表四")
            .Column("决算数", ColumnKey.Final, TableSide.Income)
            .Column("合计", ColumnKey.Total, TableSide.Expenditure)
            .Column("一般公共预算财政拨款", ColumnKey.GeneralBudget, TableSide.Expenditure)
            .Column("政府性基金预算财政拨款", ColumnKey.GovFund, TableSide.Expenditure)
            .Column("国有资本经营预算财政拨款", ColumnKey.StateCapital, TableSide.Expenditure);
        void In(string key, string name, decimal v) => b.Line(key, name, TableSide.Income, v, null, null, null, null);
        In(SummaryRowKeys.GeneralBudget, "一、一般公共预算财政拨款", 150.00m);
        In(SummaryRowKeys.GovFund, "二、政府性基金预算财政拨款", 0m);
        In(SummaryRowKeys.StateCapital, "三、国有资本经营预算财政拨款", 0m);
        In(SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", 150.00m);
        In(SummaryRowKeys.OpeningBalance, "年初财政拨款结转和结余", 0m);
        In(SummaryRowKeys.IncomeGrandTotal, "总计", 150.00m);
        b.SideRow(TableSide.Expenditure, "210", "卫生健康支出", null, 130.00m, 130.00m, 0m, 0m);
        b.SideRow(TableSide.Expenditure, "221", "住房保障支出", null, 20.00m, 20.00m, 0m, 0m);
        b.Line(SummaryRowKeys.CurrentYearExpenditureTotal, "本年支出合计", TableSide.Expenditure, null, 150.00m, 150.00m, 0m, 0m);
        b.Line(SummaryRowKeys.ClosingBalance, "年末财政拨款结转和结余", TableSide.Expenditure, null, 0m, 0m, 0m, 0m);
        b.Line(SummaryRowKeys.ExpenditureGrandTotal, "总计", TableSide.Expenditure, null, 150.00m, 150.00m, 0m, 0m);
        return b.Build();
    }

    private static DisclosureTable F05() => new TableBuilder(TableId.F05, "一般公共预算财政拨款支出决算表", "表五")
        .Column("合计", ColumnKey.Total).Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project)
        .Total(150.00m, 120.00m, 30.00m)
        .Row("210", "卫生健康支出", 130.00m, 100.00m, 30.00m)
        .Row("21011", "行政事业单位医疗", 40.00m, 40.00m, 0m)
        .Row("2101101", "行政单位医疗", 30.00m, 30.00m, 0m)
        .Row("2101103", "公务员医疗补助", 10.00m, 10.00m, 0m)
        .Row("21015", "医疗保障管理事务", 90.00m, 60.00m, 30.00m)
        .Row("2101501", "行政运行", 90.00m, 60.00m, 30.00m)
        .Row("221", "住房保障支出", 20.00m, 20.00m, 0m)
        .Row("22102", "住房改革支出", 20.00m, 20.00m, 0m)
        .Row("2210201", "住房公积金", 20.00m, 20.00m, 0m)
        .Build();

    private static DisclosureTable F06() => new TableBuilder(TableId.F06, "一般公共预算财政拨款基本支出决算表", "表六")
        .Column("决算数", ColumnKey.Final)
        .Row("301", "工资福利支出", 80.00m)
        .Row("30101", "基本工资", 50.00m)
        .Row("30102", "津贴补贴", 30.00m)
        .Row("303", "对个人和家庭的补助", 10.00m)
        .Row("30302", "退休费", 10.00m)
        .Row("302", "商品和服务支出", 30.00m)
        .Row("30201", "办公费", 15.00m)
        .Row("30217", "公务接待费", 5.00m)
        .Row("30231", "公务用车运行维护费", 10.00m)
        .Line(SummaryRowKeys.PersonnelTotal, "人员经费合计", TableSide.None, 90.00m)
        .Line(SummaryRowKeys.PublicTotal, "公用经费合计", TableSide.None, 30.00m)
        .Build();

    private static DisclosureTable F07() => new TableBuilder(TableId.F07, "财政拨款“三公”经费支出决算表", "表七")
        .Column("合计", ColumnKey.Total).Column("因公出国（境）费", ColumnKey.Abroad).Column("公务用车购置及运行维护费", ColumnKey.VehicleSubtotal)
        .Column("公务用车购置费", ColumnKey.VehiclePurchase).Column("公务用车运行维护费", ColumnKey.VehicleOperation).Column("公务接待费", ColumnKey.Reception)
        .Plain("预算数", RowKind.Line, 20.00m, 0m, 12.00m, 0m, 12.00m, 8.00m)
        .Plain("决算数", RowKind.Line, 18.00m, 0m, 11.00m, 0m, 11.00m, 7.00m)
        .Build();

    private static DisclosureTable Fund(TableId id, string title, string number, string fund) => new TableBuilder(id, title, number)
        .Column("年初结转和结余", ColumnKey.OpeningBalance).Column("本年收入", ColumnKey.CurrentYearIncome).Column("本年支出合计", ColumnKey.Total)
        .Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project).Column("年末结转和结余", ColumnKey.ClosingBalance)
        .Empty($"本部门本年度没有{fund}财政拨款收入、支出及结转和结余，故本表无数据。")
        .Total(null, null, null, null, null, null)
        .Build();

    /// <summary>A non-empty F08 on its own (年初 2.00 + 本年收入 10.00 = 本年支出 9.00 (基本 3.00 + 项目 6.00) + 年末 3.00).</summary>
    public static DisclosureDocument FundOnly() => new()
    {
        Source = "final-fund.txt",
        Format = "text",
        Info = new DocumentInfo { Kind = DocumentKind.FinalAccounts, Year = 2023 },
        Tables =
        [
            new TableBuilder(TableId.F08, "政府性基金预算财政拨款收入支出决算表", "表八")
                .Column("年初结转和结余", ColumnKey.OpeningBalance).Column("本年收入", ColumnKey.CurrentYearIncome).Column("本年支出合计", ColumnKey.Total)
                .Column("基本支出", ColumnKey.Basic).Column("项目支出", ColumnKey.Project).Column("年末结转和结余", ColumnKey.ClosingBalance)
                .Total(2.00m, 10.00m, 9.00m, 3.00m, 6.00m, 3.00m)
                .Row("212", "城乡社区支出", 2.00m, 10.00m, 9.00m, 3.00m, 6.00m, 3.00m)
                .Row("21208", "国有土地使用权出让收入安排的支出", 2.00m, 10.00m, 9.00m, 3.00m, 6.00m, 3.00m)
                .Row("2120899", "其他国有土地使用权出让收入安排的支出", 2.00m, 10.00m, 9.00m, 3.00m, 6.00m, 3.00m)
                .Build(),
        ],
    };
}
