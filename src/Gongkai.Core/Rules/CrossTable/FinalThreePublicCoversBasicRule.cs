using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R21 [K] (warning): F07 决算 公务用车运行维护费 ≥ F06 30231 and 公务接待费 ≥ F06 30217.</summary>
public sealed class FinalThreePublicCoversBasicRule : IRule
{
    /// <summary>{0} table, {1} row, {2} column, {3} printed, {4} the 三公 cell, {5} its figure.</summary>
    public const string Message = "{0} {1}：{2} {3} 大于 {4} {5}（基本支出决算中的该项不应超过“三公”经费决算）";

    public string Id => "F-R21";

    public string Title => "“三公”经费决算公务接待费、公务用车运行维护费不小于基本支出决算表对应经济科目";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.CrossTable;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ThreePublicChecks.Evaluate(this, context, TableId.F07, TableId.F06, Message);
    }
}
