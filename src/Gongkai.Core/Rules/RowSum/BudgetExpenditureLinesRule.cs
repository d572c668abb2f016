using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>B-R03: B01 本年支出合计 = Σ 功能类 rows; 支出总计 = 本年支出合计 + 结转下年.</summary>
public sealed class BudgetExpenditureLinesRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（支出方合计不符）";

    public override string Id => "B-R03";

    public override string Title => "收支总表支出方合计：本年支出合计 = Σ功能类，支出总计 = 本年支出合计 + 结转下年";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B01) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.SummaryExpenditureHierarchy(t, Id)) yield return eq;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (_, side) => side == TableSide.Expenditure)) yield return eq;
    }
}
