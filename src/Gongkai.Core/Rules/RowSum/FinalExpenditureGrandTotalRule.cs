using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>F-R04: F01 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.</summary>
public sealed class FinalExpenditureGrandTotalRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（支出总计不符）";

    public override string Id => "F-R04";

    public override string Title => "收入支出决算总表支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F01) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (r, _) => r.Target == SummaryRowKeys.ExpenditureGrandTotal)) yield return eq;
    }
}
