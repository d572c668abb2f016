using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>B-R07: B03 合计 = 基本 + 项目 on every row.</summary>
public sealed class ExpenditureBasicProjectRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    public override string Id => "B-R07";

    public override string Title => "支出总表：合计 = 基本支出 + 项目支出";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B03) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.ColumnIdentities(t, Id)) yield return eq;
    }
}
