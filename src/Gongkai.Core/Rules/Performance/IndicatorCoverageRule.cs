using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-R05 [K]: each 项目 (项目支出 目标表 or 自评表) has at least one 产出, one 效益 and one 满意度 indicator. Warning.
/// Tables from which no indicator could be read are not judged.
/// </summary>
public sealed class IndicatorCoverageRule : IRule
{
    /// <summary>{0} place, {1} missing families.</summary>
    public const string Message = "{0}：绩效指标缺少{1}。";

    private static readonly string[] s_required = ["产出", "效益", "满意度"];

    public string Id => "P-R05";

    public string Title => "项目绩效指标缺少产出、效益或满意度指标";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.Performance;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Performance)
        {
            if (table.Kind is not (PerformanceTableKind.ProjectTarget or PerformanceTableKind.ProjectSelfEvaluation)) continue;
            if (table.Indicators.Count == 0) continue;
            var missing = s_required.Where(f => table.Indicators.All(i => i.Family != f)).ToList();
            if (missing.Count == 0) continue;
            yield return new Finding
            {
                RuleId = Id, Severity = DefaultSeverity, Category = Category, Table = TableOf(table), Row = table.ProjectName,
                Message = Format(Message, Place(table), string.Join("、", missing.Select(m => m + "指标"))),
                Line = table.Source.Line, Quote = table.ProjectName,
            };
        }
    }
}
