namespace Gongkai.Core.Tables;

/// <summary>
/// Semantic keys of the labelled lines of summary tables (收支总表 B01/F01, 财政拨款收支总表 B04/F04).
/// Template data maps printed labels to these keys; rules look lines up by them. Expenditure lines by
/// 功能分类 类 carry their code instead of a key.
/// </summary>
public static class SummaryRowKeys
{
    // 收入 (income side)
    /// <summary>财政拨款（补助）: the sum of the three fiscal sources.</summary>
    public const string FiscalAppropriation = "FiscalAppropriation";
    /// <summary>一般公共预算（拨款）; 一般公共预算财政拨款收入</summary>
    public const string GeneralBudget = "GeneralBudget";
    /// <summary>政府性基金预算（拨款）</summary>
    public const string GovFund = "GovFund";
    /// <summary>国有资本经营预算（拨款）</summary>
    public const string StateCapital = "StateCapital";
    /// <summary>上级一般公共预算安排（的）转移支付 (under 一般公共预算拨款)</summary>
    public const string GeneralBudgetTransfer = "GeneralBudgetTransfer";
    /// <summary>上级政府性基金安排（的）转移支付 (under 政府性基金预算拨款)</summary>
    public const string GovFundTransfer = "GovFundTransfer";
    /// <summary>上级国有资本经营预算安排（的）转移支付 (under 国有资本经营预算拨款)</summary>
    public const string StateCapitalTransfer = "StateCapitalTransfer";
    /// <summary>财政专户管理资金 / 教育收费（财政专户）/ 财政专户核拨</summary>
    public const string SpecialAccount = "SpecialAccount";
    /// <summary>单位资金 (its own subtotal in 预算管理一体化 templates)</summary>
    public const string UnitFunds = "UnitFunds";
    /// <summary>事业收入</summary>
    public const string BusinessIncome = "BusinessIncome";
    /// <summary>事业单位经营收入 / 经营收入</summary>
    public const string OperatingIncome = "OperatingIncome";
    /// <summary>上级补助收入</summary>
    public const string SuperiorSubsidy = "SuperiorSubsidy";
    /// <summary>附属单位上缴收入</summary>
    public const string AffiliatedRemittance = "AffiliatedRemittance";
    /// <summary>其他收入 / 单位其他资金收入</summary>
    public const string OtherIncome = "OtherIncome";
    /// <summary>用事业基金弥补收支差额</summary>
    public const string BusinessFundMakeUp = "BusinessFundMakeUp";
    /// <summary>本年收入合计 / 一、本年收入</summary>
    public const string CurrentYearIncomeTotal = "CurrentYearIncomeTotal";
    /// <summary>上年结转（结余）/ 二、上年结转结余 / 单位上年结余 / 年初财政拨款结转和结余 (B04)</summary>
    public const string PriorYearCarryover = "PriorYearCarryover";
    /// <summary>财政拨款结转 (under 上年结转结余)</summary>
    public const string FiscalCarryover = "FiscalCarryover";
    /// <summary>非财政拨款结余 (under 上年结转结余)</summary>
    public const string NonFiscalCarryover = "NonFiscalCarryover";
    /// <summary>使用非财政拨款结余 (final accounts)</summary>
    public const string UseOfNonFiscalBalance = "UseOfNonFiscalBalance";
    /// <summary>年初结转和结余 (final accounts)</summary>
    public const string OpeningBalance = "OpeningBalance";
    /// <summary>收入总计</summary>
    public const string IncomeGrandTotal = "IncomeGrandTotal";

    // 支出 (expenditure side)
    /// <summary>本年支出合计</summary>
    public const string CurrentYearExpenditureTotal = "CurrentYearExpenditureTotal";
    /// <summary>结转下年 (budget)</summary>
    public const string CarryForward = "CarryForward";
    /// <summary>结余分配 (final accounts)</summary>
    public const string BalanceDistribution = "BalanceDistribution";
    /// <summary>年末结转和结余 (final accounts)</summary>
    public const string ClosingBalance = "ClosingBalance";
    /// <summary>支出总计</summary>
    public const string ExpenditureGrandTotal = "ExpenditureGrandTotal";

    // 基本支出决算表 (F06) footer lines
    /// <summary>人员经费合计</summary>
    public const string PersonnelTotal = "PersonnelTotal";
    /// <summary>公用经费合计</summary>
    public const string PublicTotal = "PublicTotal";
    /// <summary>收支总表 支出 line 基本支出 (Hunan prints expenditure by kind instead of 功能类 rows).</summary>
    public const string Basic = "Basic";
    /// <summary>收支总表 支出 line 项目支出 (Hunan).</summary>
    public const string Project = "Project";
    /// <summary>收支总表 支出 line 事业单位经营支出 (Hunan).</summary>
    public const string OperatingExpenditure = "OperatingExpenditure";
    /// <summary>收支总表 支出 line 对附属单位补助支出 (Hunan).</summary>
    public const string SubsidyToAffiliated = "SubsidyToAffiliated";
    /// <summary>收支总表 支出 line 上缴上级支出 (Hunan).</summary>
    public const string RemitToSuperior = "RemitToSuperior";
}
