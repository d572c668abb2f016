using Gongkai.Core.Documents;

namespace Gongkai.Compose.Ledger;

/// <summary>
/// 填报数据: everything a finance officer enters to have a disclosure composed: the entity, its staff, the budget
/// (or final-accounts) line items, last year's figures with the reasons for each change, “三公”经费, 政府采购,
/// 国有资产, projects and performance targets. Amounts are in 万元 with at most 2 decimals.
/// </summary>
public sealed record BudgetLedger
{
    /// <summary>Template to compose (TemplateDefinition.Id: xinjiang-9, xinjiang-11, shaanxi-16, final-9).</summary>
    public required string TemplateId { get; init; }

    /// <summary>预算年度 / 决算年度.</summary>
    public required int Year { get; init; }

    public required EntityProfile Entity { get; init; }

    public Staffing Staffing { get; init; } = new();

    public IReadOnlyList<LineItem> LineItems { get; init; } = [];

    /// <summary>上年数 of the compared subjects (<see cref="ChangeSubjects"/>); a missing one counts as 0.</summary>
    public IReadOnlyList<PriorYearFigure> PriorYear { get; init; } = [];

    /// <summary>主要原因 of the changes.</summary>
    public IReadOnlyList<ChangeReason> Reasons { get; init; } = [];

    /// <summary>“三公”经费 of the year (预算; 决算 for final accounts).</summary>
    public ThreePublicExpenses ThreePublic { get; init; } = ThreePublicExpenses.None;

    /// <summary>Final accounts: the year's “三公” 年初预算 (F07 预算数).</summary>
    public ThreePublicExpenses? ThreePublicBudget { get; init; }

    /// <summary>Final accounts: 因公出国团组, 车辆购置数/保有量, 接待批次/人次.</summary>
    public ThreePublicStatistics? ThreePublicStatistics { get; init; }

    public Procurement Procurement { get; init; } = Procurement.None;

    public StateAssets Assets { get; init; } = StateAssets.None;

    public IReadOnlyList<ProjectInfo> Projects { get; init; } = [];

    public IReadOnlyList<PerformanceTarget> PerformanceTargets { get; init; } = [];

    /// <summary>Final accounts: 年初/年末结转和结余 by fund and 项.</summary>
    public IReadOnlyList<FundBalance> Balances { get; init; } = [];

    /// <summary>Final accounts: 年初预算 of each 一般公共预算 项 (keys <see cref="ChangeSubjects.Item"/>), for 完成率.</summary>
    public IReadOnlyList<PriorYearFigure> InitialBudget { get; init; } = [];

    public ComposeOptions Options { get; init; } = ComposeOptions.Default;

    /// <summary>The kind of disclosure the template composes.</summary>
    public DocumentKind Kind => TemplateId.StartsWith("final", StringComparison.Ordinal) ? DocumentKind.FinalAccounts : DocumentKind.Budget;

    /// <summary>上年数 of <paramref name="subject"/> (0 when not entered).</summary>
    public decimal Prior(string subject) => PriorYear.FirstOrDefault(p => p.Subject == subject)?.AmountWanYuan ?? 0m;

    /// <summary>True when a 上年数 was entered for <paramref name="subject"/>.</summary>
    public bool HasPrior(string subject) => PriorYear.Any(p => p.Subject == subject);

    /// <summary>The reason text for <paramref name="subject"/>, or null.</summary>
    public string? Reason(string subject) => Reasons.FirstOrDefault(r => r.Subject == subject && !string.IsNullOrWhiteSpace(r.Text))?.Text;
}
