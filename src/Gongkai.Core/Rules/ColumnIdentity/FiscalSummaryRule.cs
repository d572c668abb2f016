using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>B-R08: B04 收入总计 = 支出总计; each 支出 row 合计 = 一般公共 + 基金 + 国资; B04 line identities.</summary>
public sealed class FiscalSummaryRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    public override string Id => "B-R08";

    public override string Title => "财政拨款收支总表：收入总计 = 支出总计，支出各行合计 = 一般公共预算 + 政府性基金 + 国有资本经营";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B04) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.ColumnIdentities(t, Id)) yield return eq;
        foreach (var eq in IdentityBuilders.RowIdentities(t, Id, (_, _) => true)) yield return eq;
        foreach (var eq in Cross.Same(Id, TableAccess.LineAmount(t, SummaryRowKeys.IncomeGrandTotal), TableAccess.LineAmount(t, SummaryRowKeys.ExpenditureGrandTotal))) yield return eq;
        foreach (var eq in IdentityBuilders.ImpliedIncomeTotal(t, Id)) yield return eq;
    }
}
