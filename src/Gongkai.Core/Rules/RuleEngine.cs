using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules;

/// <summary>Runs rules over a document. A rule that throws (a bug) becomes an "other" finding, never a crash.</summary>
public static class RuleEngine
{
    public static IReadOnlyList<Finding> Run(RuleContext context, IReadOnlyList<IRule>? rules = null)
    {
        var findings = new List<Finding>();
        foreach (var rule in rules ?? BuiltInRules.All)
        {
            try
            {
                findings.AddRange(rule.Evaluate(context));
            }
#pragma warning disable CA1031 // A faulty rule must not stop the others: it is reported as a finding.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                findings.Add(new Finding
                {
                    RuleId = rule.Id,
                    Severity = Severity.Warning,
                    Category = FindingCategory.Other,
                    Message = $"规则 {rule.Id} 执行出错，已跳过：{ex.GetType().Name}",
                });
            }
        }
        return findings;
    }
}
