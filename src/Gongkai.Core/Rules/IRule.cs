using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules;

/// <summary>
/// One consistency check. <see cref="Id"/> is permanent (DOMAIN.md §6: G1, B-R05, F-R17, D-R01 …, or a
/// finer id such as "B03-COL-TOTAL" the contract shows); never renumbered or reused.
/// <see cref="Evaluate"/> is pure: no I/O, no clock, never throws on bad data.
/// </summary>
public interface IRule
{
    string Id { get; }

    /// <summary>Chinese title for the rule catalogue.</summary>
    string Title { get; }

    Severity DefaultSeverity { get; }

    FindingCategory Category { get; }

    IEnumerable<Finding> Evaluate(RuleContext context);
}
