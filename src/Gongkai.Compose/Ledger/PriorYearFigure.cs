namespace Gongkai.Compose.Ledger;

/// <summary>上年数: the previous year's figure (上年预算, or 上年决算 for final accounts) of one subject, in 万元.</summary>
public sealed record PriorYearFigure(string Subject, decimal AmountWanYuan)
{
    public CellLocation? Location { get; init; }
}
