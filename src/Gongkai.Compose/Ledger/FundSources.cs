namespace Gongkai.Compose.Ledger;

/// <summary>Chinese labels of <see cref="FundSource"/> and which sources are 财政拨款.</summary>
public static class FundSources
{
    public static string Label(FundSource source) => source switch
    {
        FundSource.GeneralBudget => "一般公共预算",
        FundSource.GovFund => "政府性基金预算",
        FundSource.StateCapital => "国有资本经营预算",
        FundSource.SpecialAccount => "财政专户管理资金",
        FundSource.BusinessIncome => "事业收入",
        FundSource.OperatingIncome => "事业单位经营收入",
        FundSource.SuperiorSubsidy => "上级补助收入",
        FundSource.AffiliatedRemittance => "附属单位上缴收入",
        FundSource.OtherIncome => "其他收入",
        FundSource.FiscalCarryover => "上年结转",
        FundSource.NonFiscalCarryover => "非财政拨款结转结余",
        _ => source.ToString(),
    };

    /// <summary>The source whose label (or an accepted variant) is <paramref name="text"/>.</summary>
    public static FundSource? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        foreach (var source in Enum.GetValues<FundSource>())
        {
            if (t == Label(source) || t == source.ToString()) return source;
        }
        return t switch
        {
            "一般公共预算拨款" or "一般公共预算拨款收入" => FundSource.GeneralBudget,
            "政府性基金" or "政府性基金预算拨款" => FundSource.GovFund,
            "国有资本经营预算拨款" => FundSource.StateCapital,
            "财政专户" or "教育收费" or "财政专户（教育收费）" => FundSource.SpecialAccount,
            "经营收入" => FundSource.OperatingIncome,
            "单位其他资金收入" => FundSource.OtherIncome,
            "财政拨款结转" or "上年结转结余" => FundSource.FiscalCarryover,
            "非财政拨款结余" => FundSource.NonFiscalCarryover,
            _ => null,
        };
    }

    /// <summary>True for the three 财政拨款 sources of the current year.</summary>
    public static bool IsFiscal(FundSource source) => source is FundSource.GeneralBudget or FundSource.GovFund or FundSource.StateCapital;
}
