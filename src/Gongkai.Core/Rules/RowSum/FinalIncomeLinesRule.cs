using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>F-R01 [K]: F01 本年收入合计 = Σ the income rows (warning).</summary>
public sealed class FinalIncomeLinesRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（本年收入合计不符）";

    public override string Id => "F-R01";

    public override string Title => "收入支出决算总表本年收入合计 = Σ各项收入";

    public override Severity DefaultSeverity => Severity.Warning;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F01) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (r, side) => side == TableSide.Income && r.Target != SummaryRowKeys.IncomeGrandTotal)) yield return eq;
        foreach (var eq in IdentityBuilders.ImpliedIncomeTotal(t, Id)) yield return eq;
    }
}
