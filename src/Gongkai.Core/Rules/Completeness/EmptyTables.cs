using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>What counts as an empty table (空表) and as a 空表 note, for G6 and D-R03.</summary>
internal static class EmptyTables
{
    private static readonly string[] s_emptyPhrases = ["空表", "此表为空", "本表为空", "表为空", "本表无数据", "故本表无数据", "无数据"];

    /// <summary>No rows, marked empty, or every printed amount blank or zero.</summary>
    public static bool HasNoData(DisclosureTable table) =>
        table.IsEmpty || table.Rows.Count == 0 || table.Rows.All(r => r.Values.All(v => v.OrZero == 0m));

    public static bool SaysEmpty(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = Compact(text);
        return s_emptyPhrases.Any(p => t.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Keywords that name the table in an explanation sentence ("政府性基金…为空表").</summary>
    public static IEnumerable<string> Keywords(DisclosureTable table)
    {
        var id = table.Id?.Value ?? "";
        if (id is "B08" or "F08") yield return "政府性基金";
        if (id is "B09" or "F09") yield return "国有资本经营";
        if (id is "B07" or "F07") yield return "三公";
        if (id is "B10") yield return "项目支出";
        if (id is "B11") yield return "结转结余";
        if (id is "B12") yield return "政府采购";
        if (id is "B13") yield return "政府购买服务";
        if (!string.IsNullOrWhiteSpace(table.Title)) yield return Compact(table.Title);
        if (table.Definition?.Name is { Length: > 0 } name) yield return Compact(name);
    }

    /// <summary>True when the explanation text says this table is empty (a sentence naming it and 空表/无数据).</summary>
    public static bool NarrativeSaysEmpty(DisclosureDocument document, DisclosureTable table)
    {
        var keys = Keywords(table).Where(k => k.Length > 0).ToList();
        foreach (var section in document.Sections)
        {
            foreach (var sentence in Compact(section.Text).Split('。', '；', '\n'))
            {
                if (SaysEmpty(sentence) && keys.Any(k => sentence.Contains(k, StringComparison.Ordinal))) return true;
            }
        }
        return false;
    }

    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
