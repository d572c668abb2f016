using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>B-R01: B01 收入总计 = 支出总计.</summary>
public sealed class BudgetIncomeEqualsExpenditureRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（收入总计应等于支出总计）";

    public override string Id => "B-R01";

    public override string Title => "收支总表收入总计等于支出总计";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B01) is not { } t) yield break;
        foreach (var eq in Cross.Same(Id, TableAccess.LineAmount(t, SummaryRowKeys.IncomeGrandTotal), TableAccess.LineAmount(t, SummaryRowKeys.ExpenditureGrandTotal)))
        {
            yield return eq;
        }
    }
}
