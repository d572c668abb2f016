using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>F-R09: F04 each 支出 row 合计 = 一般公共 + 基金 + 国资.</summary>
public sealed class FinalFiscalByFundRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    public override string Id => "F-R09";

    public override string Title => "财政拨款收入支出决算总表：支出各行合计 = 一般公共预算 + 政府性基金 + 国有资本经营";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F04) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.ColumnIdentities(t, Id)) yield return eq;
    }
}
