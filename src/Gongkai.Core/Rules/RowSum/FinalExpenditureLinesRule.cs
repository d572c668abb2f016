using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>F-R02 [K]: F01 本年支出合计 = Σ 功能类 rows (warning).</summary>
public sealed class FinalExpenditureLinesRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（本年支出合计不符）";

    public override string Id => "F-R02";

    public override string Title => "收入支出决算总表本年支出合计 = Σ功能类";

    public override Severity DefaultSeverity => Severity.Warning;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F01) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.SummaryExpenditureHierarchy(t, Id)) yield return eq;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (r, side) => side == TableSide.Expenditure && r.Target != SummaryRowKeys.ExpenditureGrandTotal)) yield return eq;
    }
}
