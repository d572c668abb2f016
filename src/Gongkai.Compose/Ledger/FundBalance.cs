namespace Gongkai.Compose.Ledger;

/// <summary>
/// 结转和结余 of one fund under one 功能分类 项 (final accounts): 年初 and 年末, in 万元. With the year's spending it
/// gives the year's income: 本年收入 = 本年支出 + 年末 − 年初.
/// </summary>
public sealed record FundBalance(FundSource Source, string FunctionCode, decimal OpeningWanYuan, decimal ClosingWanYuan)
{
    public CellLocation? Location { get; init; }
}
