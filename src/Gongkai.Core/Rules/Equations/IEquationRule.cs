using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.Equations;

/// <summary>A rule whose checks are arithmetic identities between printed cells.</summary>
internal interface IEquationRule : IRule
{
    /// <summary>Chinese mismatch template: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    string MessageTemplate { get; }

    /// <summary>The identities this rule asserts on the document (those that apply; none when tables are missing).</summary>
    IEnumerable<Equation> Equations(DisclosureDocument document);
}
