namespace Gongkai.Compose.Ledger;

/// <summary>资金来源: where the money of a line item comes from (the income side of the disclosure).</summary>
public enum FundSource
{
    /// <summary>一般公共预算（拨款）</summary>
    GeneralBudget,
    /// <summary>政府性基金预算（拨款）</summary>
    GovFund,
    /// <summary>国有资本经营预算（拨款）</summary>
    StateCapital,
    /// <summary>财政专户管理资金（教育收费）</summary>
    SpecialAccount,
    /// <summary>事业收入</summary>
    BusinessIncome,
    /// <summary>事业单位经营收入</summary>
    OperatingIncome,
    /// <summary>上级补助收入</summary>
    SuperiorSubsidy,
    /// <summary>附属单位上缴收入</summary>
    AffiliatedRemittance,
    /// <summary>其他收入（单位其他资金收入）</summary>
    OtherIncome,
    /// <summary>上年结转（财政拨款结转，一般公共预算）</summary>
    FiscalCarryover,
    /// <summary>非财政拨款结转结余</summary>
    NonFiscalCarryover,
}
