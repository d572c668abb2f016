using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>
/// B-R17 [K] (warning): B07 公务接待费 ≥ B06 30217 and 公务用车运行费 ≥ B06 30231 (the 三公 table covers 基本 and
/// 项目支出, B06 only 基本支出, so B06's line cannot exceed the 三公 figure).
/// </summary>
public sealed class ThreePublicCoversBasicRule : IRule
{
    /// <summary>{0} table, {1} row, {2} column, {3} printed, {4} the 三公 cell, {5} its figure.</summary>
    public const string Message = "{0} {1}：{2} {3} 大于 {4} {5}（基本支出中的该项不应超过“三公”经费表中的同项）";

    public string Id => "B-R17";

    public string Title => "“三公”经费表公务接待费、公务用车运行费不小于基本支出表对应经济科目";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.CrossTable;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ThreePublicChecks.Evaluate(this, context, TableId.B07, TableId.B06, Message);
    }
}
