using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Formats.Html;

/// <summary>
/// Turns a parsed page into raw blocks, in document order, as the text reader does for tab-separated text.
/// <para>Text of block elements (p, div, h1–h6, li, …; &lt;br&gt; also ends a block) becomes paragraphs. A &lt;table&gt;
/// without nested tables becomes an aligned <see cref="RawTable"/> (colspan/rowspan expanded: the text in the first
/// position, "" in the spanned ones); a table holding other tables is page layout, and its content is read as blocks.
/// The paragraphs just above a table give its printed number (表一/表1), title (…表), unit (单位：万元) and other preamble
/// (编制单位：…); single-cell rows at the top of a table are read the same way; note paragraphs (注：/备注) just below
/// become its notes. Header rows are &lt;thead&gt;/&lt;th&gt; rows and the leading rows without amounts.</para>
/// <para>script, style, noscript, template, nav, footer, head, iframe, object, svg and form controls are ignored.
/// The walk is iterative (deeply nested markup cannot overflow the stack) and reads at most <see cref="MaxElements"/>
/// elements.</para>
/// </summary>
internal static partial class HtmlSegmenter
{
    /// <summary>Most elements read from one page; a warning names the bound when a page has more.</summary>
    public const int MaxElements = 200_000;

    /// <summary>Largest colspan/rowspan honoured (larger values are clamped).</summary>
    public const int MaxSpan = 200;

    /// <summary>Widest table grid kept (columns beyond it are dropped with a warning).</summary>
    public const int MaxColumns = 500;

    [GeneratedRegex(@"^表\s*([一二三四五六七八九十]+|\d+)\s*[：:]?$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(表\s*(?:[一二三四五六七八九十]+|\d+))\s*[：:]?\s*(\S.*表\s*(?:[（(][^（()）]*[）)])?)$")]
    private static partial Regex NumberAndTitle();

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、\S|[（(][一二三四五六七八九十]+[）)]\s*\S)")]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"^[-−]?[\d,，０-９]+([.．][\d０-９]+)?$")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"(?<![编制填报])单位[：:](万元|元|千元|亿元)")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static readonly HashSet<string> s_ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "footer", "head", "iframe", "object", "embed", "svg", "math",
        "select", "option", "button", "textarea", "input", "canvas", "audio", "video",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
        "main", "aside", "blockquote", "pre", "center", "form", "caption", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "br", "hr", "body", "html", "address", "figure", "figcaption", "fieldset",
    };

    private sealed class Item
    {
        public string? Text;
        public List<(List<string> Cells, bool Header)>? Grid;
        public bool Consumed;
    }

    public static List<RawBlock> Segment(string name, IDocument document, List<ImportDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var items = new List<Item>();
        var buffer = new StringBuilder();
        var root = (INode?)document.Body ?? document.DocumentElement;
        var elements = 0;
        var truncated = false;
        // (node, exiting): exiting marks the end of a block element, where the text so far becomes a paragraph.
        var stack = new Stack<(INode Node, bool Exit)>();
        if (root is not null) stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                Flush(buffer, items);
                continue;
            }
            if (node is IText text)
            {
                buffer.Append(text.Data);
                continue;
            }
            if (node is not IElement element) continue;
            if (++elements > MaxElements)
            {
                truncated = true;
                break;
            }
            if ((elements & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var tag = element.LocalName;
            if (s_ignored.Contains(tag)) continue;
            if (element is IHtmlTableElement table && !HasNestedTable(table))
            {
                Flush(buffer, items);
                var grid = Grid(table, name, diagnostics);
                if (grid.Count > 0) items.Add(new Item { Grid = grid });
                elements += CountDescendants(table);
                continue;
            }
            var block = s_blocks.Contains(tag);
            if (block)
            {
                Flush(buffer, items);
                stack.Push((node, true));
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
        Flush(buffer, items);
        if (truncated)
        {
            diagnostics.Add(new ImportDiagnostic("HTML-TOO-MANY-ELEMENTS", Severity.Warning,
                $"文件“{name}”的网页元素超过 {MaxElements.ToString(CultureInfo.InvariantCulture)} 个，只读取了前 {MaxElements.ToString(CultureInfo.InvariantCulture)} 个元素，其后的内容未读取。"));
        }
        return Build(items);
    }

    private static void Flush(StringBuilder buffer, List<Item> items)
    {
        if (buffer.Length == 0) return;
        var text = Normalize(buffer.ToString());
        buffer.Clear();
        if (text.Length > 0) items.Add(new Item { Text = text });
    }

    private static string Normalize(string s) =>
        Whitespace().Replace(s.Replace('\u00A0', ' '), " ").Trim(' ', '\u3000');

    internal static string Compact(string s) => Whitespace().Replace(s.Replace('\u00A0', ' '), "").Replace("\u3000", "", StringComparison.Ordinal);

    private static bool HasNestedTable(IElement table)
    {
        var stack = new Stack<INode>();
        for (var c = table.FirstChild; c is not null; c = c.NextSibling) stack.Push(c);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IHtmlTableElement) return true;
            for (var c = n.FirstChild; c is not null; c = c.NextSibling) stack.Push(c);
        }
        return false;
    }

    private static int CountDescendants(IElement e)
    {
        var count = 0;
        var stack = new Stack<IElement>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            foreach (var c in n.Children)
            {
                count++;
                stack.Push(c);
            }
        }
        return count;
    }

    /// <summary>The text of a cell, skipping ignored elements; iterative.</summary>
    private static string CellText(IElement cell)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(t.Data);
                continue;
            }
            if (n is IElement e && n != cell)
            {
                if (s_ignored.Contains(e.LocalName)) continue;
                if (s_blocks.Contains(e.LocalName)) sb.Append(' ');
            }
            for (var c = n.LastChild; c is not null; c = c.PreviousSibling) stack.Push(c);
        }
        return Normalize(sb.ToString());
    }

    private static List<(List<string> Cells, bool Header)> Grid(IHtmlTableElement table, string name, List<ImportDiagnostic> diagnostics)
    {
        var rows = table.Rows.ToList();
        var grid = new List<List<string>>();
        var headerFlags = new List<bool>();
        var occupied = new List<List<bool>>();
        var clipped = false;
        for (var r = 0; r < rows.Count; r++)
        {
            while (grid.Count <= r)
            {
                grid.Add([]);
                occupied.Add([]);
                headerFlags.Add(false);
            }
            var row = rows[r];
            var cells = row.Cells.ToList();
            headerFlags[r] = (row.ParentElement is IHtmlTableSectionElement s && s.LocalName == "thead")
                || (cells.Count > 0 && cells.All(c => c.LocalName == "th"));
            var col = 0;
            foreach (var cell in cells)
            {
                while (col < occupied[r].Count && occupied[r][col]) col++;
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                var rowSpan = cell.RowSpan <= 0 ? rows.Count - r : cell.RowSpan;
                rowSpan = Math.Clamp(Math.Min(rowSpan, rows.Count - r), 1, MaxSpan);
                var text = CellText(cell);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    var rr = r + dr;
                    while (grid.Count <= rr)
                    {
                        grid.Add([]);
                        occupied.Add([]);
                        headerFlags.Add(false);
                    }
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        var cc = col + dc;
                        if (cc >= MaxColumns)
                        {
                            clipped = true;
                            break;
                        }
                        while (grid[rr].Count <= cc)
                        {
                            grid[rr].Add("");
                            occupied[rr].Add(false);
                        }
                        grid[rr][cc] = dr == 0 && dc == 0 ? text : "";
                        occupied[rr][cc] = true;
                    }
                }
                col += colSpan;
            }
        }
        if (clipped)
        {
            diagnostics.Add(new ImportDiagnostic("HTML-TABLE-TOO-WIDE", Severity.Warning,
                $"文件“{name}”中有表格超过 {MaxColumns.ToString(CultureInfo.InvariantCulture)} 列，超出的列未读取。"));
        }
        // Rows keep their own width (no padding): a row shorter than its header is as printed, and the recogniser
        // re-aligns such rows as it does for tab-separated text.
        var result = new List<(List<string>, bool)>();
        for (var r = 0; r < grid.Count; r++)
        {
            var cells = grid[r];
            if (cells.All(c => c.Length == 0)) continue;
            result.Add((cells, headerFlags[r]));
        }
        return result;
    }

    private static bool IsTitle(string t)
    {
        var s = Compact(t);
        if (s.Length < 4 || s.Length > 80) return false;
        if (s.StartsWith('-') || s.StartsWith('•') || s.Contains('《', StringComparison.Ordinal)) return false;
        if (s.IndexOfAny(['，', '。', '；', '：', ':', ',']) >= 0) return false;
        if (HeadingStart().IsMatch(s)) return false;
        if (NumberToken().IsMatch(s)) return false;
        return CaptionText.EndsAsTitle(s);
    }

    private static bool IsPreamble(string t) => CaptionText.IsPreamble(Compact(t));

    private static bool IsNoteLike(string t) => CaptionText.IsNote(Compact(t));

    private static bool IsPerformanceTitle(string? title) => CaptionText.IsPerformanceTitle(title);

    private static string? UnitOf(string text)
    {
        var m = Unit().Match(Compact(text));
        return m.Success ? m.Groups[1].Value : null;
    }

    private static bool HasAmount(List<string> cells) => cells.Any(c => c.Length > 0 && NumberToken().IsMatch(Compact(c)));

    private sealed class Context
    {
        public string? Number;
        public string? Title;
        public string? Unit;
        public readonly List<string> Preamble = [];

        /// <summary>Reads one caption line into the context; false when it is not a caption line (or a second title/number).</summary>
        public bool Take(string text)
        {
            var s = Compact(text);
            var both = NumberAndTitle().Match(s);
            if (both.Success && Number is null && Title is null)
            {
                Number = both.Groups[1].Value;
                Title = both.Groups[2].Value;
                return true;
            }
            if (NumberLine().IsMatch(s))
            {
                if (Number is not null) return false;
                Number = text.Trim().TrimEnd('：', ':').Trim();
                return true;
            }
            if (IsTitle(text))
            {
                if (Title is not null || Number is not null) return false;
                Title = text.Trim();
                return true;
            }
            if (IsPreamble(text) || UnitOf(text) is not null)
            {
                if (Title is not null || Number is not null) return false;
                Unit ??= UnitOf(text);
                Preamble.Insert(0, text.Trim());
                return true;
            }
            return false;
        }
    }

    private static List<RawBlock> Build(List<Item> items)
    {
        var tables = new Dictionary<int, RawTable>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Grid is not { } grid) continue;
            var context = new Context();
            // Caption lines above the table, nearest first.
            for (var j = i - 1; j >= 0 && j >= i - 8; j--)
            {
                var item = items[j];
                if (item.Grid is not null || item.Consumed || item.Text is null) break;
                if (!context.Take(item.Text)) break;
                item.Consumed = true;
            }
            // Single-cell rows at the top of the table (title, unit, 编制单位).
            var rows = new List<(List<string> Cells, bool Header)>(grid);
            while (rows.Count > 1)
            {
                var filled = rows[0].Cells.Where(c => c.Length > 0).ToList();
                if (filled.Count == 0 || HasAmount(rows[0].Cells)) break;
                var line = string.Join(" ", filled);
                bool taken;
                if (filled.Count == 1 && context.Title is null && context.Number is null)
                {
                    taken = context.Take(line);
                }
                else if (filled.All(f => IsPreamble(f) || UnitOf(f) is not null))
                {
                    foreach (var f in filled)
                    {
                        context.Unit ??= UnitOf(f);
                        context.Preamble.Add(f.Trim());
                    }
                    taken = true;
                }
                else if (filled.Count == 1 && (IsPreamble(line) || UnitOf(line) is not null))
                {
                    context.Unit ??= UnitOf(line);
                    context.Preamble.Add(line.Trim());
                    taken = true;
                }
                else taken = false;
                if (!taken) break;
                rows.RemoveAt(0);
            }
            var performance = IsPerformanceTitle(context.Title);
            var header = new List<RawRow>();
            var body = new List<RawRow>();
            var dataStarted = false;
            foreach (var (cells, flagged) in rows)
            {
                var raw = new RawRow(cells, string.Join("\t", cells)) { Line = i + 1 };
                if (!dataStarted && (flagged || (!performance && !HasAmount(cells))))
                {
                    header.Add(raw);
                    continue;
                }
                dataStarted = true;
                body.Add(raw);
            }
            // Notes just below the table.
            var notes = new List<string>();
            for (var j = i + 1; j < items.Count && j <= i + 4; j++)
            {
                var item = items[j];
                if (item.Text is null || !IsNoteLike(item.Text)) break;
                notes.Add(item.Text);
                item.Consumed = true;
            }
            tables[i] = new RawTable
            {
                PrintedNumber = context.Number,
                Title = context.Title,
                UnitText = context.Unit,
                Preamble = context.Preamble,
                HeaderRows = header,
                Rows = body,
                Notes = notes,
                CellsAligned = true,
                Line = i + 1,
            };
        }
        var blocks = new List<RawBlock>();
        for (var i = 0; i < items.Count; i++)
        {
            if (tables.TryGetValue(i, out var table)) blocks.Add(table);
            else if (!items[i].Consumed && items[i].Text is { } text) blocks.Add(new RawParagraph(text) { Line = i + 1 });
        }
        return blocks;
    }
}
