using Gongkai.Core.Rules;
using Gongkai.Core.Rules.CrossDocument;

namespace Gongkai.Core.Workflows;

/// <summary>
/// 跨文档检查: after each input was checked on its own, the inputs of one entity are checked against each other (the
/// prior year's disclosure, the budget of a final account's year). The cross-document findings are appended to the
/// report of the document they are about; reports of other entities, and unreadable inputs, are returned unchanged.
/// </summary>
public static class CrossDocumentCheck
{
    public static IReadOnlyList<CheckReport> Apply(IReadOnlyList<CheckReport> reports, RuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count < 2) return reports;
        var findings = CrossDocumentRules.Run(reports.Select(r => r.Document).ToList(), options);
        return reports.Select((r, i) => findings[i].Count == 0 ? r : r with { Findings = [.. r.Findings, .. findings[i]] }).ToList();
    }
}
