namespace Gongkai.Core.Rules.Equations;

/// <summary>One signed addend of an <see cref="Equation"/>.</summary>
internal readonly record struct Term(CellRef Cell, int Sign);

/// <summary>
/// An arithmetic identity between printed cells, owned by one rule: <c>Target = Σ sign·Terms</c>.
/// Terms may come from other tables (cross-table identities); they are converted to the target's unit.
/// </summary>
internal sealed record Equation(string RuleId, CellRef Target, IReadOnlyList<Term> Terms)
{
    public static Equation Sum(string ruleId, CellRef target, IEnumerable<CellRef> addends) =>
        new(ruleId, target, addends.Select(a => new Term(a, 1)).ToList());

    public static Equation Same(string ruleId, CellRef target, CellRef other) =>
        new(ruleId, target, [new Term(other, 1)]);

    /// <summary>True when every cell involved is blank (nothing printed: the identity says nothing).</summary>
    public bool AllBlank => Target.Value.IsBlank && Terms.All(t => t.Cell.Value.IsBlank);
}
