using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>F-R10: F04 grand totals.</summary>
public sealed class FinalFiscalGrandTotalsRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（财政拨款收支总计不符）";

    public override string Id => "F-R10";

    public override string Title => "财政拨款收入支出决算总表：收入总计 = 本年收入合计 + 年初结转和结余，支出总计 = 本年支出合计 + 年末结转和结余，收入总计 = 支出总计";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F04) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (r, _) => r.Target is SummaryRowKeys.IncomeGrandTotal or SummaryRowKeys.ExpenditureGrandTotal)) yield return eq;
        foreach (var eq in Cross.Same(Id, TableAccess.LineAmount(t, SummaryRowKeys.IncomeGrandTotal), TableAccess.LineAmount(t, SummaryRowKeys.ExpenditureGrandTotal))) yield return eq;
    }
}
