using System.Text.RegularExpressions;
using Gongkai.Core.Import;

namespace Gongkai.Formats.OpenXml;

/// <summary>
/// Turns the paragraphs and cell grids of an Office document into raw blocks the way the text reader does for
/// tab-separated tables: the lines just above a grid (and single-cell lines at its top) give the printed number (表一 /
/// 表1), the title (…表), the unit (单位：万元, 金额单位：万元; not 编制单位) and the other preamble lines; leading rows
/// without amounts are header rows; note lines (注：, 备注) just under a grid are its notes.
/// </summary>
internal sealed partial class BlockBuilder
{
    [GeneratedRegex(@"^表\s*([一二三四五六七八九十]+|\d+)\s*[：:]?$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(表\s*(?:[一二三四五六七八九十]+|\d+))\s*[：:、.]?\s*(\S.*表\s*([（(][^（()）]*[）)])?)$")]
    private static partial Regex NumberAndTitle();

    [GeneratedRegex(@"^(备注|注\s*[：:]|注\s*\d|说明\s*[：:])")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"^[-−]?[\d,，０-９]+([.．][\d０-９]+)?%?$")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"单位[：:](万元|元|千元|亿元)")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private readonly List<RawBlock> _blocks = [];
    private RawTable? _lastTable;

    public IReadOnlyList<RawBlock> Blocks => _blocks;

    public static string Compact(string s) => Whitespace().Replace(s, "");

    public void AddParagraph(string text, int line)
    {
        var t = text.Trim();
        if (t.Length == 0) return;
        // A note under a table: 注：/备注, or a sentence saying the table is empty (as the text and HTML readers take it).
        if (_lastTable is not null && (NoteStart().IsMatch(Compact(t)) || CaptionText.IsNote(Compact(t))))
        {
            var index = _blocks.LastIndexOf(_lastTable);
            _lastTable = _lastTable with { Notes = [.. _lastTable.Notes, t] };
            _blocks[index] = _lastTable;
            return;
        }
        _lastTable = null;
        _blocks.Add(new RawParagraph(t) { Line = line });
    }

    /// <summary>Adds a grid of cells (merged cells already spread: text in the first, "" in the spanned ones).</summary>
    public void AddGrid(IReadOnlyList<(List<string> Cells, int Line)> grid, int line, string? titleFallback = null)
    {
        var rows = grid.Select(r => (Cells: r.Cells.Select(c => c.Trim()).ToList(), r.Line))
            .Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        // Rows keep their own width (a Word row may have fewer cells than its grid; an Excel row ends at its last
        // stored cell, blank bordered cells included): the recogniser reads a width unlike the header's as a shifted row.
        string? number = null, title = null, unit = null;
        var preamble = new List<string>();
        var notes = new List<string>();

        // Lines above the grid: walk back over title, number and preamble paragraphs and take them in.
        var take = 0;
        bool sawTitle = false, sawNumber = false;
        for (var i = _blocks.Count - 1; i >= 0 && take < 6; i--)
        {
            if (_blocks[i] is not RawParagraph p || !IsHeadLine(p.Text)) break;
            if (IsTitleLike(p.Text))
            {
                if (sawTitle) break;
                sawTitle = true;
            }
            else if (IsNumber(p.Text))
            {
                if (sawNumber) break;
                sawNumber = true;
            }
            take++;
        }
        var head = _blocks.GetRange(_blocks.Count - take, take).Cast<RawParagraph>().Select(p => p.Text).ToList();
        _blocks.RemoveRange(_blocks.Count - take, take);

        // Single-cell rows at the top of the grid are head lines too (spreadsheets put the title in a cell).
        var firstBody = 0;
        while (firstBody < rows.Count && rows[firstBody].Cells.Count(c => c.Length > 0) == 1)
        {
            var only = rows[firstBody].Cells.First(c => c.Length > 0);
            if (!IsHeadLine(only)) break;
            head.Add(only);
            firstBody++;
        }
        // Several non-empty cells that are all preamble ("编制单位：…", "单位：万元").
        while (firstBody < rows.Count && rows[firstBody].Cells.Where(c => c.Length > 0).All(c => IsPreamble(c)))
        {
            head.AddRange(rows[firstBody].Cells.Where(c => c.Length > 0));
            firstBody++;
        }
        foreach (var h in head)
        {
            var s = Compact(h);
            var both = NumberAndTitle().Match(s);
            if (both.Success && number is null && title is null)
            {
                number = both.Groups[1].Value;
                title = both.Groups[2].Value;
            }
            else if (IsNumber(h) && number is null) number = s.TrimEnd('：', ':');
            else if (IsTitleLike(h) && title is null) title = h.Trim();
            else
            {
                unit ??= UnitOf(s);
                preamble.Add(h.Trim());
            }
        }
        title ??= titleFallback;

        // Notes inside the grid at its bottom (a merged 注： row).
        var last = rows.Count;
        while (last > firstBody && rows[last - 1].Cells.Count(c => c.Length > 0) == 1
               && CaptionText.IsNote(Compact(rows[last - 1].Cells.First(c => c.Length > 0))))
        {
            last--;
        }
        for (var i = last; i < rows.Count; i++) notes.Add(rows[i].Cells.First(c => c.Length > 0));

        var header = new List<RawRow>();
        var body = new List<RawRow>();
        var performance = title is not null && (title.Contains("绩效", StringComparison.Ordinal) || title.Contains("自评", StringComparison.Ordinal));
        var dataStarted = performance;
        for (var i = firstBody; i < last; i++)
        {
            var (cells, rowLine) = rows[i];
            var row = new RawRow(cells, string.Join('\t', cells)) { Line = rowLine };
            if (!dataStarted && !cells.Any(c => NumberToken().IsMatch(Compact(c))))
            {
                header.Add(row);
                continue;
            }
            dataStarted = true;
            body.Add(row);
        }
        var table = new RawTable
        {
            PrintedNumber = number,
            Title = title,
            UnitText = unit,
            Preamble = preamble,
            HeaderRows = header,
            Rows = body,
            Notes = notes,
            CellsAligned = true,
            Line = line,
        };
        _blocks.Add(table);
        _lastTable = table;
    }

    private static string? UnitOf(string compact)
    {
        var m = Unit().Match(compact);
        return m.Success && !compact.StartsWith("编制单位", StringComparison.Ordinal) ? m.Groups[1].Value : null;
    }

    internal static bool IsNumber(string t) => NumberLine().IsMatch(Compact(t));

    private static bool IsPreamble(string t) => CaptionText.IsPreamble(Compact(t));

    internal static bool IsTitleLike(string t)
    {
        var s = Compact(t);
        if (NumberAndTitle().IsMatch(s)) return true;
        if (s.Length < 4 || s.Length > 80) return false;
        if (s.StartsWith('-') || s.StartsWith('•') || s.Contains('《', StringComparison.Ordinal)) return false;
        if (s.IndexOfAny(['，', '。', '；', '：', ':', ',']) >= 0) return false;
        if (NumberToken().IsMatch(s)) return false;
        return CaptionText.EndsAsTitle(s);
    }

    internal static bool IsHeadLine(string t) => IsNumber(t) || IsTitleLike(t) || IsPreamble(t);
}
