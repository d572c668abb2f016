using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>F-R08: F04 本年收入合计 = 一般公共 + 基金 + 国资 (and the 年初/年末 splits where the template defines them).</summary>
public sealed class FinalFiscalIncomeLinesRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（财政拨款收入合计不符）";

    public override string Id => "F-R08";

    public override string Title => "财政拨款收入支出决算总表本年收入合计 = 一般公共 + 基金 + 国资；年初、年末结转和结余 = 分项之和";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F04) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (r, _) => r.Target is not SummaryRowKeys.IncomeGrandTotal and not SummaryRowKeys.ExpenditureGrandTotal)) yield return eq;
        foreach (var eq in IdentityBuilders.ImpliedIncomeTotal(t, Id)) yield return eq;
    }
}
