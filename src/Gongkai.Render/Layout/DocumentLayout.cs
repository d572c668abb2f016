using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Render.Layout;

/// <summary>
/// Puts a disclosure in reading order: cover title, the explanation chapters and the tables where the source had them
/// (by line, when every part knows its line), else the tables in the part that names them (第二部分 …公开表) or after
/// the chapters; the 目录 (with 是否空表 / 公开空表理由) just before the first table.
/// </summary>
public static class DocumentLayout
{
    public static IReadOnlyList<LayoutBlock> Lay(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new List<LayoutBlock>();
        var title = document.Info.Title;
        var first = document.Sections.FirstOrDefault();
        var titleInText = title is not null && first is { Level: 0 } && Compact(first.Text).Contains(Compact(title), StringComparison.Ordinal);
        if (title is { Length: > 0 } && !document.Info.TitleComposed && !titleInText) blocks.Add(new TitleBlock(title));

        var tables = document.Tables.Select(t => (LayoutBlock)new TableBlock(TableLayout.Lay(t, document.Info))).ToList();
        if (document.Contents.Count > 0 && tables.Count > 0) tables.Insert(0, new TableBlock(Contents(document.Contents)));

        var sections = document.Sections;
        if (sections.All(s => s.Line is not null) && document.Tables.All(t => t.Line is not null) && sections.Count > 0 && document.Tables.Count > 0)
        {
            // Source order: sections and tables by the line they started on.
            var items = new List<(int Line, int Order, IEnumerable<LayoutBlock> Blocks)>();
            var order = 0;
            foreach (var s in sections) items.Add((s.Line!.Value, order++, SectionBlocks(s)));
            var firstTable = true;
            foreach (var t in document.Tables)
            {
                var block = new TableBlock(TableLayout.Lay(t, document.Info));
                IEnumerable<LayoutBlock> group = firstTable && document.Contents.Count > 0 ? [new TableBlock(Contents(document.Contents)), block] : [block];
                firstTable = false;
                items.Add((t.Line!.Value, order++, group));
            }
            foreach (var item in items.OrderBy(i => i.Line).ThenBy(i => i.Order)) blocks.AddRange(item.Blocks);
            return blocks;
        }

        // No source lines: the tables go into the part that names them, else after the first part, else at the end.
        var at = sections.Count;
        var part = FindIndex(sections, s => s.Level == 1 && (s.Heading.Contains("公开表", StringComparison.Ordinal) || s.Heading.Contains("报表", StringComparison.Ordinal)));
        if (part < 0) part = FindIndex(sections, s => s.Level == 1);
        if (part >= 0)
        {
            at = part + 1;
            while (at < sections.Count && sections[at].Level > 1) at++;
        }
        for (var i = 0; i < sections.Count; i++)
        {
            if (i == at) blocks.AddRange(tables);
            blocks.AddRange(SectionBlocks(sections[i]));
        }
        if (at >= sections.Count) blocks.AddRange(tables);
        return blocks;
    }

    private static int FindIndex(IReadOnlyList<NarrativeSection> sections, Func<NarrativeSection, bool> predicate)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            if (predicate(sections[i])) return i;
        }
        return -1;
    }

    private static IEnumerable<LayoutBlock> SectionBlocks(NarrativeSection section)
    {
        if (section.Heading.Length > 0) yield return new HeadingBlock(section.Heading, Math.Clamp(section.Level, 1, 4));
        foreach (var line in section.Text.Split('\n'))
        {
            if (line.Trim().Length > 0) yield return new ParagraphBlock(line.Trim());
        }
    }

    /// <summary>The 目录 as published: 表号 | 报表名称 | 是否空表 | 公开空表理由 (the last two when the document states them).</summary>
    public static PrintedTable Contents(IReadOnlyList<TableOfContentsEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var withEmpty = entries.Any(e => e.IsEmpty is not null || e.EmptyReason is not null);
        var headers = withEmpty ? new[] { "表号", "报表名称", "是否空表", "公开空表理由" } : ["表号", "报表名称"];
        var rows = entries.Select(e =>
        {
            var cells = new List<PrintedCell>
            {
                new(e.PrintedNumber ?? "", PrintedCellKind.Label),
                new(e.Title, PrintedCellKind.Label),
            };
            if (withEmpty)
            {
                cells.Add(new PrintedCell(e.IsEmpty switch { true => "是", false => "否", _ => "" }, PrintedCellKind.Label));
                cells.Add(new PrintedCell(e.EmptyReason ?? "", PrintedCellKind.Label));
            }
            return (IReadOnlyList<PrintedCell>)cells;
        }).ToList();
        var table = new DisclosureTable { Title = "目录", Columns = [], Rows = [] };
        return new PrintedTable
        {
            Source = table,
            Title = "目录",
            ColumnCount = headers.Length,
            HeaderRows = [headers.Select(h => new PrintedCell(h, PrintedCellKind.Header)).ToList()],
            Rows = rows,
            ColumnWeights = withEmpty ? [1.5, 9, 1.5, 4] : [1.5, 12],
            IsFree = true,
            CaptionInside = true,
        };
    }

    internal static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
