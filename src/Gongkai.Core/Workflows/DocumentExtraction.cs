using Gongkai.Core.Documents;
using Gongkai.Core.Narrative;
using Gongkai.Core.Performance;

namespace Gongkai.Core.Workflows;

/// <summary>
/// What is read out of a recognised document before the rules run: the claims and project blocks of the explanation
/// text, and the performance tables. One place, so the check workflow, benchmarks and other hosts enrich alike.
/// Parts the recogniser already filled are kept.
/// </summary>
public static class DocumentExtraction
{
    public static DisclosureDocument Enrich(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Claims.Count == 0 && document.Sections.Count > 0)
        {
            document = document with { Claims = ClaimExtractor.Extract(document) };
        }
        if (document.Projects.Count == 0 && document.Sections.Count > 0)
        {
            document = document with { Projects = ProjectDescriptionExtractor.Extract(document) };
        }
        if (document.Performance.Count == 0)
        {
            document = document with { Performance = PerformanceTables.Read(document) };
        }
        return document;
    }
}
