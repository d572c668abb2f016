using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;

namespace Gongkai.Core.Rules;

/// <summary>
/// Base of the rules whose checks are arithmetic identities between printed cells (表内/表间). A rule lists its
/// identities; evaluation, tolerance (<see cref="Tolerance"/>), the 四舍五入差异 info findings and the choice of
/// the cell at fault are shared.
/// </summary>
public abstract class EquationRule : IRule, IEquationRule
{
    public abstract string Id { get; }

    public abstract string Title { get; }

    public abstract Severity DefaultSeverity { get; }

    public abstract FindingCategory Category { get; }

    /// <summary>Chinese mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public abstract string MessageTemplate { get; }

    internal abstract IEnumerable<Equation> Equations(DisclosureDocument document);

    IEnumerable<Equation> IEquationRule.Equations(DisclosureDocument document) => Equations(document);

    public virtual IEnumerable<Finding> Evaluate(RuleContext context) => EquationEvaluator.Evaluate(this, context);
}
