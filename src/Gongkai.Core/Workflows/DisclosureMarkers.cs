using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Core.Workflows;

/// <summary>
/// Tells a 预决算公开 document from other text (news, a letter): a document with no recognised standard table and
/// none of the disclosure's own terms is not a disclosure, and is reported as <see cref="NotDisclosureCode"/>.
/// </summary>
public static class DisclosureMarkers
{
    /// <summary>Diagnostic code of an input that is readable but not a budget or final-accounts disclosure.</summary>
    public const string NotDisclosureCode = "INPUT-NOT-DISCLOSURE";

    /// <summary>Terms every disclosure prints in its titles, 目录 or table headings.</summary>
    public static IReadOnlyList<string> Markers { get; } =
    [
        "部门预算", "单位预算", "部门决算", "单位决算", "综合预算", "预算公开", "决算公开", "预算报表", "决算报表",
        "收支总表", "收支预算总表", "收入预算表", "支出预算表", "财政拨款收支", "一般公共预算支出", "三公", "绩效自评", "绩效目标表",
    ];

    /// <summary>True when the document has a recognised standard table, or its text carries a disclosure term.</summary>
    public static bool LooksLikeDisclosure(RawDocument raw, DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tables.Any(t => t.Id is not null)) return true;
        if (document.Info.Title is { } title && ContainsMarker(title)) return true;
        foreach (var block in raw.Blocks)
        {
            switch (block)
            {
                case RawParagraph p when ContainsMarker(p.Text):
                    return true;
                case RawTable t when (t.Title is not null && ContainsMarker(t.Title)) || t.Preamble.Any(ContainsMarker):
                    return true;
            }
        }
        return false;
    }

    private static bool ContainsMarker(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return Markers.Any(m => compact.Contains(m, StringComparison.Ordinal));
    }
}
