using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>B-R15: B06 合计 = 人员 + 公用 (each row); 人员经费 = 301 + 303; 公用经费 = 302 + 310 (+ 307/399 …).</summary>
public sealed class BasicExpenditureEconomicRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    public override string Id => "B-R15";

    public override string Title => "一般公共预算基本支出表：合计 = 人员经费 + 公用经费；人员经费 = 301 + 303，公用经费 = 302 + 310（+ 其他类）";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B06) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.ColumnIdentities(t, Id)) yield return eq;
        foreach (var eq in EconomicSplit.Equations(t, Id)) yield return eq;
    }
}
