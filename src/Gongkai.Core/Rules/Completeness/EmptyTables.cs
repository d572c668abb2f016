using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>What counts as an empty table (空表) and as a 空表 note, for G6 and D-R03.</summary>
internal static class EmptyTables
{
    private static readonly string[] s_emptyPhrases = ["为空表", "此表为空", "本表为空", "表为空", "本表无数据", "故本表无数据", "表无数据", "无发生额"];

    /// <summary>Sentences saying there is no such spending at all ("本单位无“三公”经费", "没有使用政府性基金…").</summary>
    private static readonly string[] s_nothingPhrases = ["没有", "无", "未安排", "为0", "为零", "0万元", "0.00万元"];

    private static readonly HashSet<string> s_performanceTables = new(StringComparer.Ordinal) { "B16", "B17", "B18", "P01", "P02" };

    /// <summary>
    /// Tables of amounts (收支 tables), as opposed to performance-target and other text tables, which have no figures by nature.
    /// </summary>
    public static bool IsAmountTable(DisclosureTable table) =>
        table.Definition is { } def ? def.RowAxis != Templates.TableRowAxis.Other : table.Id is { } id && !s_performanceTables.Contains(id.Value);

    /// <summary>The 目录 marks the table as 空表 and gives a reason.</summary>
    public static bool ContentsGivesReason(DisclosureDocument document, DisclosureTable table) =>
        ContentsEntry(document.Contents, table) is { IsEmpty: true, EmptyReason: { } reason } && !string.IsNullOrWhiteSpace(reason);

    /// <summary>The 目录 entry of a table: by title (either contains the other, whitespace removed), else by printed number.</summary>
    public static TableOfContentsEntry? ContentsEntry(IReadOnlyList<TableOfContentsEntry> contents, DisclosureTable table)
    {
        var title = Compact(table.Title);
        var number = table.PrintedNumber is null ? null : Compact(table.PrintedNumber);
        return contents.FirstOrDefault(e => title.Length > 0 && Compact(e.Title) is var t && t.Length > 0
                && (t.Contains(title, StringComparison.Ordinal) || title.Contains(t, StringComparison.Ordinal)))
            ?? contents.FirstOrDefault(e => number is { Length: > 0 } && e.PrintedNumber is not null && Compact(e.PrintedNumber) == number);
    }

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
                if (!keys.Any(k => sentence.Contains(k, StringComparison.Ordinal))) continue;
                if (SaysEmpty(sentence) || s_nothingPhrases.Any(p => sentence.Contains(p, StringComparison.Ordinal))) return true;
            }
        }
        return false;
    }

    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
