using Gongkai.Core.Import;
using Gongkai.Formats.Pdf.Extraction;
using Gongkai.Formats.Pdf.Layout;

namespace Gongkai.Formats.Pdf.Assembly;

/// <summary>
/// Turns analysed pages into raw blocks in reading order (top to bottom): each table with the title, printed
/// number, unit and preamble printed just above it and the notes just below it; header rows split from data rows;
/// a title-less fragment at the top of a page whose columns match the previous page's last table marked as
/// continuing it; the remaining lines joined into paragraphs. Keeps the last table across pages, so one
/// instance reads one document, pages in order.
/// </summary>
internal sealed class PageAssembler
{
    private const double ColumnMatchTolerance = 3.0;
    private const int MaxCaptionLines = 6;
    private const int MaxCaptionLength = 60;
    private const int LongCaptionLength = 28;

    private (int Page, IReadOnlyList<double> Columns, string? Title, string? PrintedNumber)? _lastTable;
    private TableCaption _lastCaption = TableCaption.Empty;
    private string? _lastHeader;

    public List<RawBlock> Assemble(PageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var lines = layout.Lines.Where(l => !IsPageFurniture(l, layout)).ToList();
        var consumed = new bool[lines.Count];
        var placed = new List<(double Top, RawBlock Block)>();
        var tables = layout.Tables;

        for (var k = 0; k < tables.Count; k++)
        {
            var table = tables[k];
            var upper = k == 0 ? double.MaxValue : tables[k - 1].Box.Bottom;
            var lower = k + 1 < tables.Count ? tables[k + 1].Box.Top : double.MinValue;
            var captionLines = TakeCaptionLines(lines, consumed, table, upper);
            var noteLines = TakeNoteLines(lines, consumed, table, lower);
            var raw = BuildTable(layout.PageNumber, table, captionLines, noteLines, isFirstOnPage: k == 0);
            var top = captionLines.Count > 0 ? captionLines.Max(l => l.Box.Top) : table.Box.Top;
            placed.Add((top, raw));
        }

        // Paragraphs never run across a table: lines are grouped by the band between consecutive tables.
        var free = lines.Where((_, i) => !consumed[i]).ToList();
        foreach (var band in free.GroupBy(l => tables.Count(t => t.Box.CenterY > l.Box.CenterY)))
        {
            foreach (var paragraph in ParagraphBuilder.Build(band.ToList()))
            {
                if (paragraph.Text.Trim().Length == 0) continue;
                placed.Add((paragraph.Box.Top, new RawParagraph(paragraph.Text.Trim()) { Page = layout.PageNumber }));
            }
        }

        if (tables.Count > 0)
        {
            _lastTable = (layout.PageNumber, tables[^1].Grid.ColumnEdges, _lastCaption.Title, _lastCaption.PrintedNumber);
            // A continuation printed without its header keeps the header of the table it continues.
            var lastRaw = placed.Select(p => p.Block).OfType<RawTable>().Last();
            if (lastRaw.HeaderRows.Count > 0) _lastHeader = HeaderText(lastRaw.HeaderRows.Select(r => r.Cells));
            else if (!lastRaw.ContinuesPrevious) _lastHeader = null;
        }
        return placed.OrderByDescending(p => p.Top).Select(p => p.Block).ToList();
    }

    private static bool IsPageFurniture(TextLine line, PageLayout layout)
    {
        var nearEdge = line.Box.Top < layout.Height * 0.1 || line.Box.Bottom > layout.Height * 0.93;
        return nearEdge && CaptionPatterns.PageNumber().IsMatch(line.Text);
    }

    private static List<TextLine> TakeCaptionLines(List<TextLine> lines, bool[] consumed, LaidOutTable table, double upper)
    {
        var candidates = Enumerable.Range(0, lines.Count)
            .Where(i => !consumed[i] && lines[i].Box.CenterY > table.Box.Top && lines[i].Box.CenterY < upper)
            .OrderBy(i => lines[i].Box.Bottom)
            .ToList();
        var taken = new List<int>();
        var edge = table.Box.Top;
        foreach (var i in candidates)
        {
            var line = lines[i];
            var size = Math.Max(line.FontSize, 6);
            var gap = line.Box.Bottom - edge;
            var allowed = taken.Count == 0 ? (3.5 * size) + 8 : (2.5 * size) + 4;
            if (gap > allowed || taken.Count >= MaxCaptionLines || !LooksLikeCaption(line, table.FontSize)) break;
            taken.Add(i);
            edge = Math.Max(edge, line.Box.Top);
        }
        foreach (var i in taken) consumed[i] = true;
        return taken.Select(i => lines[i]).OrderByDescending(l => l.Box.Top).ToList();
    }

    private static bool LooksLikeCaption(TextLine line, double tableFontSize)
    {
        var t = line.Text.Trim();
        if (CaptionPatterns.Unit().IsMatch(t) || CaptionPatterns.Preamble().IsMatch(t)) return true;
        if (t.Length > MaxCaptionLength || t.EndsWith('。') || t.EndsWith('；') || t.EndsWith('，') || t.EndsWith('：')) return false;
        if (CaptionPatterns.PrintedNumber().IsMatch(t)) return true;
        // A long line in body size is wrapped narrative, not a title (titles are set larger or stand short).
        return t.Length <= LongCaptionLength || tableFontSize <= 0 || line.FontSize > tableFontSize + 0.5;
    }

    private static List<TextLine> TakeNoteLines(List<TextLine> lines, bool[] consumed, LaidOutTable table, double lower)
    {
        var candidates = Enumerable.Range(0, lines.Count)
            .Where(i => !consumed[i] && lines[i].Box.CenterY < table.Box.Bottom && lines[i].Box.CenterY > lower)
            .OrderByDescending(i => lines[i].Box.Top)
            .ToList();
        var taken = new List<int>();
        var edge = table.Box.Bottom;
        foreach (var i in candidates)
        {
            var line = lines[i];
            var size = Math.Max(line.FontSize, 6);
            var gap = edge - line.Box.Top;
            if (taken.Count == 0)
            {
                if (gap > (3 * size) + 6 || !CaptionPatterns.Note().IsMatch(line.Text)) break;
            }
            else if (gap > 0.9 * size || CaptionPatterns.Note().IsMatch(line.Text) is false && line.Box.Left > lines[taken[0]].Box.Left + (3 * size))
            {
                break;
            }
            taken.Add(i);
            edge = line.Box.Bottom;
        }
        foreach (var i in taken) consumed[i] = true;
        return taken.Select(i => lines[i]).ToList();
    }

    private RawTable BuildTable(int page, LaidOutTable table, List<TextLine> captionLines, List<TextLine> noteLines, bool isFirstOnPage)
    {
        var rows = table.Cells.Select(r => r.ToList()).ToList();
        var captions = captionLines.Select(l => (l.Text.Trim(), l.FontSize)).ToList();

        var hasOutsideTitle = ReadCaption(captions).Title is not null;

        // Caption rows drawn inside the grid (Excel exports): a lone spanning title cell or unit/preamble cells.
        while (rows.Count > 0)
        {
            var nonEmpty = rows[0].Where(c => c.Length > 0).ToList();
            if (nonEmpty.Count == 0)
            {
                rows.RemoveAt(0);
                continue;
            }
            var captionCells = nonEmpty.All(c => CaptionPatterns.Unit().IsMatch(c) || CaptionPatterns.Preamble().IsMatch(c)
                || IsWholeNumber(c));
            var columns = rows[0].Count;
            var loneTitle = !hasOutsideTitle && nonEmpty.Count == 1 && columns > 2 && nonEmpty[0].Length <= MaxCaptionLength
                && !CaptionPatterns.Amount().IsMatch(nonEmpty[0])
                && SpanOfLone(table, table.Cells.Count - rows.Count) >= Math.Max(2, (int)Math.Ceiling(columns * 0.8));
            if (!captionCells && !loneTitle) break;
            captions.AddRange(nonEmpty.Select(c => (c, loneTitle ? table.FontSize + 1 : table.FontSize)));
            rows.RemoveAt(0);
        }

        var notes = new List<string>();
        while (rows.Count > 0)
        {
            var nonEmpty = rows[^1].Where(c => c.Length > 0).ToList();
            if (nonEmpty.Count == 0)
            {
                rows.RemoveAt(rows.Count - 1);
                continue;
            }
            if (nonEmpty.Count != 1 || !CaptionPatterns.Note().IsMatch(nonEmpty[0])) break;
            notes.Insert(0, nonEmpty[0]);
            rows.RemoveAt(rows.Count - 1);
        }
        if (noteLines.Count > 0) notes.Add(TextLineBuilder.JoinLines(noteLines.Select(l => l.Text.Trim())));

        var caption = ReadCaption(captions);
        var headerCount = HeaderRows.Count(rows);
        // 续表: no caption of its own, or the same caption repeated, on the page after a table with the same columns.
        // A repeated printed number alone (表14 over a second page of a 绩效目标表) continues even when the columns change.
        var continues = isFirstOnPage && _lastTable is { } last && last.Page == page - 1
            && ((ColumnsMatch(last.Columns, table.Grid.ColumnEdges)
                    && (!caption.HasTitle || (string.Equals(caption.Title, last.Title, StringComparison.Ordinal)
                        && string.Equals(caption.PrintedNumber, last.PrintedNumber, StringComparison.Ordinal))))
                || (caption.Title is null && caption.PrintedNumber is not null
                    && string.Equals(caption.PrintedNumber, last.PrintedNumber, StringComparison.Ordinal))
                || RepeatsWholeCaptionAndHeader(caption, last.Title, last.PrintedNumber, table.Grid.ColumnEdges.Count == last.Columns.Count,
                    headerCount > 0 ? HeaderText(rows.Take(headerCount)) : null));
        if (!continues || caption.HasTitle) _lastCaption = caption;

        // Some tables print the unit in a header cell instead («预算数（单位：万元）»).
        var unit = caption.UnitText ?? rows.Take(headerCount).SelectMany(r => r)
            .Select(c => CaptionPatterns.Unit().Match(c)).FirstOrDefault(m => m.Success)?.Groups["unit"].Value;

        RawRow ToRow(List<string> cells) => new(cells, string.Join('\t', cells)) { Page = page };
        return new RawTable
        {
            Page = page,
            Title = caption.Title,
            PrintedNumber = caption.PrintedNumber,
            UnitText = unit,
            Preamble = caption.Preamble,
            HeaderRows = rows.Take(headerCount).Select(ToRow).ToList(),
            Rows = rows.Skip(headerCount).Select(ToRow).ToList(),
            Notes = notes,
            CellsAligned = true,
            ContinuesPrevious = continues,
        };
    }

    /// <summary>
    /// 续表 whose columns were laid out again (a header cell wrapped differently moves the rules): title, printed number and
    /// preamble (预算单位) repeated exactly, the same number of columns and the same header words. A table of another unit
    /// under the same title differs in its preamble.
    /// </summary>
    private bool RepeatsWholeCaptionAndHeader(TableCaption caption, string? lastTitle, string? lastNumber, bool sameColumnCount, string? header) =>
        sameColumnCount && caption.Title is not null && caption.PrintedNumber is not null && header is not null
        && string.Equals(caption.Title, lastTitle, StringComparison.Ordinal)
        && string.Equals(caption.PrintedNumber, lastNumber, StringComparison.Ordinal)
        && caption.Preamble.SequenceEqual(_lastCaption.Preamble, StringComparer.Ordinal)
        && string.Equals(header, _lastHeader, StringComparison.Ordinal);

    /// <summary>The header rows' words, cell by cell, without white space (a wrapped 公用经费支 / 出 reads 公用经费支出).</summary>
    private static string HeaderText(IEnumerable<IEnumerable<string>> headerRows) =>
        string.Join('\n', headerRows.Select(r => string.Join('|', r.Select(c => string.Concat(c.Where(ch => !char.IsWhiteSpace(ch)))))));

    /// <summary>Column span of the only non-empty cell in grid row <paramref name="row"/>.</summary>
    private static int SpanOfLone(LaidOutTable table, int row)
    {
        var cells = table.Grid.Cells.Where(c => c.Row == row).ToList();
        var texts = table.Cells[row];
        foreach (var cell in cells)
        {
            if (texts[cell.Column].Length > 0) return cell.ColumnSpan;
        }
        return 0;
    }

    private static bool IsWholeNumber(string text) => CaptionPatterns.PrintedNumber().Match(text) is { Success: true } m && m.Length == text.Trim().Length;

    private static TableCaption ReadCaption(List<(string Text, double FontSize)> lines)
    {
        string? number = null;
        string? unit = null;
        var preamble = new List<string>();
        var titleParts = new List<(string Text, double FontSize)>();
        foreach (var (text, size) in lines)
        {
            var rest = text;
            var unitMatch = CaptionPatterns.Unit().Match(rest);
            if (unitMatch.Success)
            {
                unit ??= unitMatch.Groups["unit"].Value;
                var start = unitMatch.Index;
                if (start >= 2 && rest[start - 2] == '金' && rest[start - 1] == '额') start -= 2;
                rest = rest.Remove(start, unitMatch.Index + unitMatch.Length - start);
            }
            var numberMatch = CaptionPatterns.PrintedNumber().Match(rest);
            if (numberMatch.Success && (number is null))
            {
                number = string.Concat(numberMatch.Value.Where(c => !char.IsWhiteSpace(c)));
                rest = rest.Remove(numberMatch.Index, numberMatch.Length);
            }
            rest = CaptionPatterns.EmptyBrackets().Replace(rest, string.Empty).Trim().Trim('：', ':').Trim();
            if (rest.Length == 0) continue;
            if (CaptionPatterns.Preamble().IsMatch(rest) || rest.Contains('：', StringComparison.Ordinal)
                || rest.Contains('，', StringComparison.Ordinal) || rest.Contains('。', StringComparison.Ordinal)
                || rest.Contains("下表", StringComparison.Ordinal))
            {
                preamble.Add(rest);
                continue;
            }
            // A lone character or two is the tail of a cell broken across the page, not a title.
            if (rest.Length <= 2 && number is null)
            {
                preamble.Add(rest);
                continue;
            }
            titleParts.Add((rest, size));
        }

        string? title = null;
        if (titleParts.Count > 0)
        {
            // Section headings (第二部分…, 一、…) printed above the title are context, not the title.
            var plain = titleParts.Where(p => !CaptionPatterns.SectionHeading().IsMatch(p.Text)).ToList();
            if (plain.Count > 0 && plain.Count < titleParts.Count)
            {
                preamble.AddRange(titleParts.Except(plain).Select(p => p.Text));
                titleParts = plain;
            }
            var largest = titleParts.Max(p => p.FontSize);
            var chosen = titleParts.Where(p => p.FontSize >= largest - 0.5).Select(p => p.Text).ToList();
            title = TextLineBuilder.JoinLines(chosen);
            preamble.AddRange(titleParts.Where(p => p.FontSize < largest - 0.5).Select(p => p.Text));
        }
        return new TableCaption(title, number, unit, preamble);
    }

    private static bool ColumnsMatch(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (Math.Abs(a[i] - b[i]) > ColumnMatchTolerance) return false;
        }
        return true;
    }
}
