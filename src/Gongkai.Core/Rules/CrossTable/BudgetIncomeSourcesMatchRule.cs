using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R04 [K] (warning): B01 each income source = the same source column in B02 合计 row.</summary>
public sealed class BudgetIncomeSourcesMatchRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（收支总表与收入总表不一致）";

    private static readonly (string Line, ColumnKey Column)[] s_sources =
    [
        (SummaryRowKeys.FiscalAppropriation, ColumnKey.FiscalSubtotal),
        (SummaryRowKeys.GeneralBudget, ColumnKey.GeneralBudget),
        (SummaryRowKeys.GovFund, ColumnKey.GovFund),
        (SummaryRowKeys.StateCapital, ColumnKey.StateCapital),
        (SummaryRowKeys.SpecialAccount, ColumnKey.SpecialAccount),
        (SummaryRowKeys.UnitFunds, ColumnKey.UnitFunds),
        (SummaryRowKeys.BusinessIncome, ColumnKey.BusinessIncome),
        (SummaryRowKeys.OperatingIncome, ColumnKey.OperatingIncome),
        (SummaryRowKeys.SuperiorSubsidy, ColumnKey.SuperiorSubsidy),
        (SummaryRowKeys.AffiliatedRemittance, ColumnKey.AffiliatedRemittance),
        (SummaryRowKeys.OtherIncome, ColumnKey.OtherIncome),
        (SummaryRowKeys.BusinessFundMakeUp, ColumnKey.BusinessFundMakeUp),
        (SummaryRowKeys.PriorYearCarryover, ColumnKey.PriorYearCarryover),
    ];

    public override string Id => "B-R04";

    public override string Title => "收支总表各项收入与收入总表合计行一致";

    public override Severity DefaultSeverity => Severity.Warning;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B01) is null || document.Table(TableId.B02) is null) yield break;
        foreach (var (line, column) in s_sources)
        {
            foreach (var eq in Cross.Same(Id, Cross.Line(document, TableId.B01, line), Cross.Total(document, TableId.B02, column))) yield return eq;
        }
    }
}
