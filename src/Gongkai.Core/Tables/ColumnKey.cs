namespace Gongkai.Core.Tables;

/// <summary>
/// The meaning of a value column, independent of how a region prints its header
/// (合计 / 总计 / 小计 are all <see cref="Total"/>). Template data names columns by these keys.
/// </summary>
public readonly record struct ColumnKey(string Value)
{
    /// <summary>合计 / 总计 / 小计 / 预算数 of a single-amount column.</summary>
    public static readonly ColumnKey Total = new("Total");
    /// <summary>基本支出</summary>
    public static readonly ColumnKey Basic = new("Basic");
    /// <summary>项目支出 (Shaanxi: 专项业务经费支出)</summary>
    public static readonly ColumnKey Project = new("Project");
    /// <summary>人员经费</summary>
    public static readonly ColumnKey Personnel = new("Personnel");
    /// <summary>公用经费</summary>
    public static readonly ColumnKey Public = new("Public");
    /// <summary>财政拨款（补助）小计</summary>
    public static readonly ColumnKey FiscalSubtotal = new("FiscalSubtotal");
    /// <summary>一般公共预算（拨款）</summary>
    public static readonly ColumnKey GeneralBudget = new("GeneralBudget");
    /// <summary>上级一般公共预算安排的转移支付</summary>
    public static readonly ColumnKey GeneralBudgetTransfer = new("GeneralBudgetTransfer");
    /// <summary>政府性基金预算（拨款）</summary>
    public static readonly ColumnKey GovFund = new("GovFund");
    /// <summary>上级政府性基金安排的转移支付</summary>
    public static readonly ColumnKey GovFundTransfer = new("GovFundTransfer");
    /// <summary>国有资本经营预算（拨款）</summary>
    public static readonly ColumnKey StateCapital = new("StateCapital");
    /// <summary>上级国有资本经营预算安排的转移支付</summary>
    public static readonly ColumnKey StateCapitalTransfer = new("StateCapitalTransfer");
    /// <summary>财政专户管理资金 / 教育收费（财政专户）/ 财政专户核拨</summary>
    public static readonly ColumnKey SpecialAccount = new("SpecialAccount");
    /// <summary>事业收入</summary>
    public static readonly ColumnKey BusinessIncome = new("BusinessIncome");
    /// <summary>事业单位经营收入 / 经营收入</summary>
    public static readonly ColumnKey OperatingIncome = new("OperatingIncome");
    /// <summary>上级补助收入</summary>
    public static readonly ColumnKey SuperiorSubsidy = new("SuperiorSubsidy");
    /// <summary>附属单位上缴收入</summary>
    public static readonly ColumnKey AffiliatedRemittance = new("AffiliatedRemittance");
    /// <summary>其他收入 / 单位其他资金收入</summary>
    public static readonly ColumnKey OtherIncome = new("OtherIncome");
    /// <summary>单位资金</summary>
    public static readonly ColumnKey UnitFunds = new("UnitFunds");
    /// <summary>用事业基金弥补收支差额</summary>
    public static readonly ColumnKey BusinessFundMakeUp = new("BusinessFundMakeUp");
    /// <summary>上年结转 / 单位上年结余</summary>
    public static readonly ColumnKey PriorYearCarryover = new("PriorYearCarryover");
    /// <summary>财政拨款结转</summary>
    public static readonly ColumnKey FiscalCarryover = new("FiscalCarryover");
    /// <summary>非财政拨款结转结余</summary>
    public static readonly ColumnKey NonFiscalCarryover = new("NonFiscalCarryover");
    /// <summary>“三公”: 因公出国（境）费</summary>
    public static readonly ColumnKey Abroad = new("Abroad");
    /// <summary>“三公”: 公务用车购置及运行（维护）费 小计</summary>
    public static readonly ColumnKey VehicleSubtotal = new("VehicleSubtotal");
    /// <summary>“三公”: 公务用车购置费</summary>
    public static readonly ColumnKey VehiclePurchase = new("VehiclePurchase");
    /// <summary>“三公”: 公务用车运行（维护）费</summary>
    public static readonly ColumnKey VehicleOperation = new("VehicleOperation");
    /// <summary>“三公”: 公务接待费</summary>
    public static readonly ColumnKey Reception = new("Reception");
    /// <summary>会议费 (Shaanxi 三公 table)</summary>
    public static readonly ColumnKey Meeting = new("Meeting");
    /// <summary>培训费 (Shaanxi 三公 table)</summary>
    public static readonly ColumnKey Training = new("Training");
    /// <summary>预算数 (final accounts: 年初预算)</summary>
    public static readonly ColumnKey Budget = new("Budget");
    /// <summary>决算数</summary>
    public static readonly ColumnKey Final = new("Final");

    /// <summary>年初结转和结余 (final accounts F08/F09)</summary>
    public static readonly ColumnKey OpeningBalance = new("OpeningBalance");
    /// <summary>本年收入 (final accounts F08/F09)</summary>
    public static readonly ColumnKey CurrentYearIncome = new("CurrentYearIncome");
    /// <summary>年末结转和结余 (final accounts F08/F09)</summary>
    public static readonly ColumnKey ClosingBalance = new("ClosingBalance");
    /// <summary>上缴上级支出 (F03 and some B03)</summary>
    public static readonly ColumnKey RemittanceToSuperior = new("RemittanceToSuperior");
    /// <summary>经营支出 / 事业单位经营支出 (F03 and some B03)</summary>
    public static readonly ColumnKey OperatingExpenditure = new("OperatingExpenditure");
    /// <summary>对附属单位补助支出 (F03 and some B03)</summary>
    public static readonly ColumnKey SubsidyToAffiliated = new("SubsidyToAffiliated");

    public override string ToString() => Value;
}
