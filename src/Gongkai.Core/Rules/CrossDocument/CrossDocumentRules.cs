using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>
/// The cross-document rules and how they run over a set of documents checked together: each document is checked
/// against the others of the same entity (<see cref="EntityMatch"/>); its findings are its own (the later year's, or
/// the final account's). A rule that throws becomes an “other” warning, never a crash.
/// </summary>
public static class CrossDocumentRules
{
    public static IReadOnlyList<ICrossDocumentRule> All { get; } =
    [
        new PriorYearChangeRule(),
        new PriorYearColumnRule(),
        new BudgetFigureRule(),
        new VarianceAgainstBudgetRule(),
    ];

    /// <summary>
    /// Runs the rules over <paramref name="documents"/> (null entries are inputs that could not be read); returns,
    /// for each input in order, the findings against it (empty when no other document of its entity was given).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Finding>> Run(IReadOnlyList<DisclosureDocument?> documents, RuleOptions? options = null,
        IReadOnlyList<ICrossDocumentRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new IReadOnlyList<Finding>[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var related = document is null || document.Info.Year is null
                ? []
                : documents.Where((d, j) => j != i && d is not null && d.Info.Year is not null && EntityMatch.SameEntity(document.Info, d.Info))
                    .Select(d => d!).ToList();
            result[i] = related.Count == 0 ? [] : Evaluate(new CrossDocumentContext(document!, related, options ?? RuleOptions.Default), rules ?? All);
        }
        return result;
    }

    /// <summary>Runs the rules over one context.</summary>
    public static IReadOnlyList<Finding> Evaluate(CrossDocumentContext context, IReadOnlyList<ICrossDocumentRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (var rule in rules ?? All)
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
                    RuleId = rule.Id, Severity = Severity.Warning, Category = FindingCategory.Other,
                    Message = $"规则 {rule.Id} 执行出错，已跳过：{ex.GetType().Name}",
                });
            }
        }
        return findings;
    }
}
