using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.RowSum;

/// <summary>F-R18: F06 人员经费合计 = 301 + 303; 公用经费合计 = the other classes (类 = Σ 款 is G1).</summary>
public sealed class FinalBasicEconomicSplitRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（人员经费、公用经费与经济分类合计不符）";

    public override string Id => "F-R18";

    public override string Title => "一般公共预算财政拨款基本支出决算表：人员经费合计 = 301 + 303，公用经费合计 = 302 + 310（+ 其他类）";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.RowSum;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F06) is not { } t) yield break;
        foreach (var eq in EconomicSplit.Equations(t, Id)) yield return eq;
    }
}
