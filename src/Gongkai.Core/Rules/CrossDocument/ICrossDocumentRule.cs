using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>
/// A check across documents of one entity (跨文档): the prior year's disclosure, or the budget of the same year as a
/// final account. <see cref="Evaluate"/> yields findings against <see cref="CrossDocumentContext.Document"/> (the later
/// document, or the final account), each naming the other document in <see cref="Finding.Related"/>. Ids are permanent
/// (X-R01 …). Pure: no I/O, never throws on bad data.
/// </summary>
public interface ICrossDocumentRule
{
    string Id { get; }

    /// <summary>Chinese title for the rule catalogue.</summary>
    string Title { get; }

    Severity DefaultSeverity { get; }

    FindingCategory Category { get; }

    IEnumerable<Finding> Evaluate(CrossDocumentContext context);
}

/// <summary>
/// What a cross-document rule sees: the document checked and the other documents of the same entity
/// (<see cref="EntityMatch.SameEntity"/>) given with it.
/// </summary>
public sealed record CrossDocumentContext(DisclosureDocument Document, IReadOnlyList<DisclosureDocument> Related, RuleOptions Options)
{
    /// <summary>The related document of this year and kind (the first given), or null.</summary>
    public DisclosureDocument? Find(int year, DocumentKind kind) =>
        Related.FirstOrDefault(d => d.Info.Year == year && d.Info.Kind == kind);
}
