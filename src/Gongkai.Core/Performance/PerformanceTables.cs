using Gongkai.Core.Documents;

namespace Gongkai.Core.Performance;

/// <summary>Reads every performance table of a document; a table that cannot be read is left out, never thrown.</summary>
public static class PerformanceTables
{
    public static IReadOnlyList<PerformanceTable> Read(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<PerformanceTable>();
        foreach (var table in document.Tables)
        {
            PerformanceTable? parsed;
            try
            {
                var list = PerformanceTableParser.ParseProjectList(table);
                if (list.Count == 0) list = PerformanceTableParser.ParseProjectIndicatorList(table);
                if (list.Count > 0)
                {
                    result.AddRange(list);
                    continue;
                }
                parsed = PerformanceTableParser.Parse(table);
            }
#pragma warning disable CA1031 // A parser defect on one table must not stop the check of the document.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                parsed = null;
            }
            if (parsed is not null) result.Add(parsed);
        }
        return result;
    }
}
