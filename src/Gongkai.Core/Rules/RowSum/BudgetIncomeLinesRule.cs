using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>B-R02: B01 income-side line identities (template RowIdentities, else 收入总计 = 本年收入合计 + 上年结转 (+ 用事业基金弥补收支差额)). Made error: the corpus budgets satisfy it.</summary>
public sealed class BudgetIncomeLinesRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（收入方合计不符）";

    public override string Id => "B-R02";

    public override string Title => "收支总表收入方合计：本年收入合计 = Σ各项收入，收入总计 = 本年收入合计 + 上年结转";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B01) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (_, side) => side == TableSide.Income)) yield return eq;
        foreach (var eq in IdentityBuilders.ImpliedIncomeTotal(t, Id)) yield return eq;
    }
}
