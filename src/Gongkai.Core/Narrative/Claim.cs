using Gongkai.Core.Money;

namespace Gongkai.Core.Narrative;

/// <summary>
/// 文字说明中的数字陈述: one subject stated in the explanation text with whichever figures the clause gives
/// (amount, share, change, change rate, budget/final, completion, variance rate). Figures are as printed;
/// the *Decimals members give the printed precision. Percentages are in percent (41.48 means 41.48%).
/// </summary>
public sealed record Claim
{
    /// <summary>Heading path of the section ("三、… / （一）…").</summary>
    public required string Section { get; init; }

    /// <summary>The clauses verbatim, as printed.</summary>
    public required string Quote { get; init; }

    public int? Line { get; init; }

    /// <summary>Index of the sentence in the section (claims of one sentence share it).</summary>
    public int Sentence { get; init; }

    /// <summary>Normalised subject (<see cref="ClaimSubjects"/>), or the printed name of a 类/款/项 or project.</summary>
    public required string Subject { get; init; }

    /// <summary>Classification code of the subject (function "2080505", economic "301"), when printed.</summary>
    public string? SubjectCode { get; init; }

    /// <summary>
    /// The fund scope stated in the sentence before the figure (一般公共预算, 财政拨款, 政府性基金预算), or null when
    /// none is stated (all funds).
    /// </summary>
    public string? Scope { get; init; }

    public decimal? Amount { get; init; }

    public int AmountDecimals { get; init; }

    /// <summary>Unit of Amount / Change / Budget / Final; null for counts (人) and claims without amounts.</summary>
    public AmountUnit? Unit { get; init; }

    public decimal? SharePercent { get; init; }

    public int SharePercentDecimals { get; init; }

    /// <summary>Signed change (减少/下降 → negative).</summary>
    public decimal? Change { get; init; }

    public int ChangeDecimals { get; init; }

    /// <summary>Signed change rate in percent.</summary>
    public decimal? ChangePercent { get; init; }

    public int ChangePercentDecimals { get; init; }

    /// <summary>Direction word of the change amount (增加, 减少, 持平 …).</summary>
    public string? Direction { get; init; }

    /// <summary>Direction word of the change rate (增长, 下降 …).</summary>
    public string? RateDirection { get; init; }

    /// <summary>年初预算 / 全年预算数.</summary>
    public decimal? Budget { get; init; }

    public int BudgetDecimals { get; init; }

    /// <summary>决算数.</summary>
    public decimal? Final { get; init; }

    public int FinalDecimals { get; init; }

    /// <summary>完成年初预算的百分比.</summary>
    public decimal? CompletionPercent { get; init; }

    /// <summary>预决算差异率 in percent.</summary>
    public decimal? VarianceRatePercent { get; init; }

    public int VarianceRateDecimals { get; init; }

    /// <summary>A count (人, 名, 个) for staffing subjects.</summary>
    public decimal? Count { get; init; }

    /// <summary>Printing defects found while reading the numbers ("2321. 万元").</summary>
    public IReadOnlyList<string> Defects { get; init; } = [];
}

/// <summary>The normalised subjects the extractor recognises.</summary>
public static class ClaimSubjects
{
    public const string IncomeTotal = "收入预算";
    public const string ExpenditureTotal = "支出预算";
    public const string IncomeExpenditureTotal = "收支总计";
    public const string FiscalIncome = "财政拨款收入";
    public const string GeneralBudget = "一般公共预算";
    public const string GovFund = "政府性基金预算";
    public const string StateCapital = "国有资本经营预算";
    public const string UnitFunds = "单位资金";
    public const string BusinessIncome = "事业收入";
    public const string OperatingIncome = "经营收入";
    public const string SuperiorSubsidy = "上级补助收入";
    public const string AffiliatedRemittance = "附属单位上缴收入";
    public const string OtherIncome = "其他收入";
    public const string SpecialAccount = "财政专户管理资金";
    public const string FiscalCarryover = "财政拨款结转";
    public const string Basic = "基本支出";
    public const string Project = "项目支出";
    public const string Personnel = "人员经费";
    public const string Public = "公用经费";
    public const string ThreePublic = "三公经费";
    public const string Abroad = "因公出国（境）费";
    public const string VehiclePurchase = "公务用车购置费";
    public const string VehicleOperation = "公务用车运行费";
    public const string Reception = "公务接待费";
    public const string OfficeOperation = "机关运行经费";
    public const string Procurement = "政府采购";
    public const string ProcurementGoods = "政府采购货物";
    public const string ProcurementWorks = "政府采购工程";
    public const string ProcurementServices = "政府采购服务";
    public const string SmeContracts = "中小企业合同";
    public const string MicroContracts = "小微企业合同";
    public const string Establishment = "编制数";
    public const string ActualStaff = "实有人数";
    public const string InService = "在职人数";
    public const string Retired = "退休人数";
    public const string Veteran = "离休人数";

    /// <summary>The 三公 parts.</summary>
    public static readonly IReadOnlyList<string> ThreePublicParts = [Abroad, VehiclePurchase, VehicleOperation, Reception];
}
