using Gongkai.Core.Rules.Classification;
using Gongkai.Core.Rules.Narrative;

namespace Gongkai.Core.Rules;

/// <summary>The rules <c>check</c> runs, in order. Every rule class must be listed here (a test enforces it).</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new UnknownCodeRule(),
        new NameMismatchRule(),
        new HierarchyRule(),
        new EconomicMappingRule(),
        new ChangeRateRule(),
        new ShareRule(),
        new SelfContradictionRule(),
        new TableAmountRule(),
        new ThreePublicSumRule(),
        new ProcurementSumRule(),
        new VarianceRateRule(),
        new StaffingRule(),
    ];
}
