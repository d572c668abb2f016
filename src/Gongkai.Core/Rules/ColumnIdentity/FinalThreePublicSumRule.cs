using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>F-R19: F07 (预算数 and 决算数 rows) 合计 = 出国 + 用车小计 + 接待; 小计 = 购置 + 运行.</summary>
public sealed class FinalThreePublicSumRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    public override string Id => "F-R19";

    public override string Title => "“三公”经费支出决算表：预算数、决算数分别满足 合计 = 出国 + 用车小计 + 接待，小计 = 购置 + 运行";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F07) is not { } t) yield break;
        foreach (var eq in IdentityBuilders.ColumnIdentities(t, Id)) yield return eq;
    }
}
