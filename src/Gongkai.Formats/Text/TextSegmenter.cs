using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Formats.Text;

/// <summary>
/// Splits decoded text into paragraphs and table regions.
/// <para>A table region starts at a printed number line (表一：/表 1/表4), a title line ending in 表 (…情况表, …绩效目标表), a
/// 目录 line, or a run of tab-separated lines, and ends at a chapter heading (第X部分, 一、…, （一）…), the next table, or
/// (for tab tables) a plain line. Tab-separated regions give aligned cells. Regions without tabs lost their layout: their
/// rows are rebuilt from tokens, rejoining names that wrapped over several lines, and page-break repetitions of the header
/// are dropped. Tables continued under a repeated number and title are merged.</para>
/// </summary>
internal static partial class TextSegmenter
{
    [GeneratedRegex(@"^表\s*([一二三四五六七八九十]+|\d+)\s*[：:]?$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、\S|[（(][一二三四五六七八九十]+[）)]\s*\S)")]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"^(备注|注\s*[：:]|注\s*\d|说明\s*[：:])")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"</?(b|p|br|strong|span|td|tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^[-−]?[\d,，０-９]+([.．][\d０-９]+)?$")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^[-−]?[\d,，０-９]*[.．][\d０-９]+$")]
    private static partial Regex DecimalToken();

    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})$")]
    private static partial Regex CodeToken();

    [GeneratedRegex(@"^\[\d{3,}\]($|[^\d\s])")]
    private static partial Regex UnitBracket();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record SourceLine(int Number, string Raw, string Text)
    {
        public bool IsBlank => Text.Length == 0;
        public bool HasTab => Text.Contains('\t', StringComparison.Ordinal);
    }

    private sealed class Region
    {
        public int StartLine;
        public string? Number;
        public string? Title;
        public bool Untitled;
        public bool HasContent;
        public readonly List<SourceLine> Lines = [];
    }

    public static RawDocument Segment(string source, string text, CancellationToken cancellationToken)
    {
        var lines = SplitLines(text);
        var blocks = new List<RawBlock>();
        var diagnostics = new List<ImportDiagnostic>();
        Region? region = null;

        void Close()
        {
            if (region is null) return;
            var r = region;
            region = null;
            var built = Build(r, diagnostics);
            if (built is null)
            {
                // A title with nothing under it: keep its lines as paragraphs.
                if (r.Number is not null) blocks.Add(new RawParagraph(r.Number) { Line = r.StartLine });
                foreach (var l in r.Lines.Where(l => !l.IsBlank)) blocks.Add(new RawParagraph(l.Text) { Line = l.Number });
                return;
            }
            if (blocks.Count > 0 && blocks[^1] is RawTable previous && IsContinuation(previous, built))
            {
                blocks[^1] = Merge(previous, built);
                diagnostics.Add(Continued(previous, r.StartLine));
                return;
            }
            blocks.Add(built);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            var t = line.Text;
            if (region is not null)
            {
                if (line.IsBlank)
                {
                    region.Lines.Add(line);
                    continue;
                }
                if (!line.HasTab && IsHeading(t))
                {
                    Close();
                }
                else if (!line.HasTab && NumberLine().IsMatch(Compact(t)))
                {
                    Close();
                }
                else if (!line.HasTab && IsTitle(t))
                {
                    if (region.Title is null && !region.HasContent && !region.Untitled)
                    {
                        region.Title = Compact(t) == "目录" ? "目录" : t.Trim();
                        continue;
                    }
                    Close();
                }
                else if (region.Untitled && !line.HasTab && !NoteStart().IsMatch(t))
                {
                    Close();
                }
                else if (!line.HasTab && region.Lines.Any(l => l.HasTab) && !IsNoteLike(t) && !IsPreamble(t))
                {
                    // A plain line after tab-separated rows ends the table.
                    Close();
                }
                else
                {
                    var afterCode = region.Lines.LastOrDefault(l => !l.IsBlank) is { } prev
                        && Compact(prev.Text).StartsWith("预算单位编码及名称", StringComparison.Ordinal)
                        && !Compact(t).Any(char.IsDigit) && Compact(t).Length <= 30;
                    region.Lines.Add(line);
                    if (!IsPreamble(t) && !IsNoteLike(t) && !afterCode) region.HasContent = true;
                    continue;
                }
            }
            if (line.IsBlank) continue;
            if (!line.HasTab && NumberLine().IsMatch(Compact(t)))
            {
                region = new Region { StartLine = line.Number, Number = t.Trim().TrimEnd('：', ':').Trim() };
            }
            else if (!line.HasTab && IsHeading(t))
            {
                blocks.Add(new RawParagraph(t) { Line = line.Number });
            }
            else if (!line.HasTab && IsTitle(t))
            {
                region = new Region { StartLine = line.Number, Title = Compact(t) == "目录" ? "目录" : t.Trim() };
            }
            else if (line.HasTab)
            {
                region = new Region { StartLine = line.Number, Untitled = true, HasContent = true };
                region.Lines.Add(line);
            }
            else
            {
                blocks.Add(new RawParagraph(t) { Line = line.Number });
            }
        }
        Close();
        return new RawDocument { Source = source, Format = TextImporter.Id, Blocks = blocks, Diagnostics = diagnostics };
    }

    private static List<SourceLine> SplitLines(string text)
    {
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var result = new List<SourceLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var cleaned = Clean(raw[i]);
            result.Add(new SourceLine(i + 1, raw[i], cleaned));
        }
        return result;
    }

    /// <summary>Removes markup (HTML tags, markdown heading marks, bold stars), a BOM and trailing spaces.</summary>
    private static string Clean(string line)
    {
        var s = line.Replace("\uFEFF", "", StringComparison.Ordinal);
        s = Tags().Replace(s, "");
        s = s.Replace("**", "", StringComparison.Ordinal);
        var trimmed = s.TrimStart(' ', '\u3000');
        if (trimmed.StartsWith('#'))
        {
            trimmed = trimmed.TrimStart('#').TrimStart(' ', '\u3000');
            s = trimmed;
        }
        if (!s.Contains('\t', StringComparison.Ordinal)) s = s.Trim(' ', '\u3000');
        else s = s.TrimEnd(' ', '\u3000');
        // A line of only tabs is blank.
        return s.Trim('\t', ' ').Length == 0 ? "" : s;
    }

    internal static string Compact(string s) => Whitespace().Replace(s, "");

    private static bool IsHeading(string t)
    {
        var s = t.Trim();
        if (!HeadingStart().IsMatch(s)) return false;
        foreach (var token in Whitespace().Split(s))
        {
            if (DecimalToken().IsMatch(token)) return false;
        }
        return true;
    }

    private static bool IsTitle(string t)
    {
        var s = Compact(t);
        if (s == "目录") return true;
        if (s.Length < 4 || s.Length > 80) return false;
        if (s.StartsWith('-') || s.StartsWith('•') || s.Contains('《', StringComparison.Ordinal)) return false;
        if (s.IndexOfAny(['，', '。', '；', '：', ':', ',']) >= 0) return false;
        if (HeadingStart().IsMatch(s)) return false;
        if (NumberToken().IsMatch(s)) return false;
        // "项目支出绩效目标表(六)" carries its sequence number after the title.
        return CaptionText.EndsAsTitle(s);
    }

    private static bool IsPreamble(string t) => CaptionText.IsPreamble(Compact(t));

    private static bool IsNoteLike(string t) => CaptionText.IsNote(Compact(t));

    private static bool IsPerformanceTitle(string? title) => CaptionText.IsPerformanceTitle(title);

    private static RawTable? Build(Region r, List<ImportDiagnostic> diagnostics)
    {
        var preamble = new List<string>();
        var notes = new List<string>();
        string? unit = null;
        var lines = r.Lines;
        var tabMode = lines.Any(l => l.HasTab);
        var body = new List<SourceLine>();
        var seenBody = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.IsBlank)
            {
                if (seenBody) body.Add(l);
                continue;
            }
            var s = Compact(l.Text);
            if (!l.HasTab && IsNoteLike(l.Text))
            {
                notes.Add(l.Text.Trim());
                continue;
            }
            if (!l.HasTab && !seenBody && IsPreamble(l.Text))
            {
                var text = l.Text.Trim();
                unit ??= UnitOf(s);
                // "预算单位编码及名称：（040002）" followed by the unit's name on its own line.
                if (s.StartsWith("预算单位编码及名称", StringComparison.Ordinal) && (s.EndsWith('）') || s.EndsWith(')')))
                {
                    var next = NextNonBlank(lines, i + 1);
                    if (next >= 0 && !lines[next].HasTab && !IsPreamble(lines[next].Text) && !IsTitle(lines[next].Text)
                        && Compact(lines[next].Text).Length <= 30 && !Compact(lines[next].Text).Any(char.IsDigit))
                    {
                        text += Compact(lines[next].Text);
                        i = next;
                    }
                }
                preamble.Add(text);
                continue;
            }
            if (tabMode && !l.HasTab)
            {
                unit ??= UnitOf(s);
                if (!seenBody) preamble.Add(l.Text.Trim());
                else notes.Add(l.Text.Trim());
                continue;
            }
            seenBody = true;
            body.Add(l);
        }
        while (body.Count > 0 && body[^1].IsBlank) body.RemoveAt(body.Count - 1);
        if (r.Title is null && r.Number is null && !tabMode) return null;
        if (body.Count == 0 && notes.Count == 0 && r.Number is null) return null;
        if (body.Count == 0 && notes.Count == 0 && r.Title is null) return null;

        var continuedAt = new List<int>();
        var table = tabMode ? BuildAligned(r, body, continuedAt) : BuildLayoutLost(r, body, notes, continuedAt);
        table = table with
        {
            PrintedNumber = r.Number,
            Title = r.Title,
            UnitText = unit,
            Preamble = preamble,
            Notes = [.. table.Notes, .. notes],
            Line = r.StartLine,
        };
        diagnostics.AddRange(continuedAt.Select(line => Continued(table, line)));
        return table;
    }

    private static int NextNonBlank(List<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank) return i;
        }
        return -1;
    }

    private static string? UnitOf(string compact)
    {
        var m = Regex.Match(compact, @"单位[：:](万元|元|千元|亿元)");
        return m.Success ? m.Groups[1].Value : null;
    }

    private static RawTable BuildAligned(Region r, List<SourceLine> body, List<int> continuedAt)
    {
        var performance = IsPerformanceTitle(r.Title);
        var header = new List<RawRow>();
        var rows = new List<RawRow>();
        var dataStarted = performance;
        var repeat = 0;
        foreach (var l in body)
        {
            if (l.IsBlank) continue;
            var cells = l.Text.Split('\t').Select(c => c.Trim()).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            var row = new RawRow(cells, l.Raw) { Line = l.Number };
            if (!dataStarted && !IsAlignedDataRow(cells))
            {
                header.Add(row);
                continue;
            }
            dataStarted = true;
            // A header repeated after a page break.
            if (header.Count > 0 && repeat < header.Count && SameCells(header[repeat].Cells, cells))
            {
                if (repeat == 0) continuedAt.Add(l.Number);
                repeat++;
                continue;
            }
            repeat = 0;
            rows.Add(row);
        }
        return new RawTable { Rows = rows, HeaderRows = header, CellsAligned = true };
    }

    private static bool SameCells(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        string.Join("", a.Select(Compact)) == string.Join("", b.Select(Compact));

    private static bool IsAlignedDataRow(List<string> cells)
    {
        foreach (var c in cells)
        {
            var s = Compact(c);
            if (s.Length == 0) continue;
            if (NumberToken().IsMatch(s)) return true;
        }
        return false;
    }

    private enum TokenKind { Number, Text }

    private sealed record Token(string Text, TokenKind Kind, int Group);

    private static ImportDiagnostic Continued(RawTable table, int line) =>
        new("IMPORT-TABLE-CONTINUED", Severity.Info,
            $"{table.PrintedNumber} {table.Title}：第 {line.ToString(System.Globalization.CultureInfo.InvariantCulture)} 行起为续表（重复了表头），已与前文合并为一张表。")
        { Line = line };

    private static RawTable BuildLayoutLost(Region r, List<SourceLine> body, List<string> notes, List<int> continuedAt)
    {
        var rows = new List<RawRow>();
        if (IsPerformanceTitle(r.Title))
        {
            foreach (var l in body.Where(l => !l.IsBlank))
            {
                rows.Add(new RawRow(Whitespace().Split(l.Text.Trim()), l.Raw) { Line = l.Number });
            }
            return new RawTable { Rows = rows, CellsAligned = false };
        }

        var first = body.FindIndex(l => !l.IsBlank && IsLayoutLostDataLine(l.Text));
        var headerLines = (first < 0 ? body : body.Take(first)).Where(l => !l.IsBlank).ToList();
        var header = headerLines.Select(l => new RawRow([l.Text.Trim()], l.Raw) { Line = l.Number }).ToList();
        if (first < 0) return new RawTable { Rows = rows, HeaderRows = header, CellsAligned = false };

        var headerKeys = headerLines.Select(l => Compact(l.Text)).ToList();
        var pending = new List<Token>();
        var pendingLines = new List<SourceLine>();
        var group = 0;
        var skip = -1;

        void Flush()
        {
            if (pending.Count == 0) return;
            var cells = new List<string>();
            Token? previous = null;
            foreach (var token in pending)
            {
                if (token.Kind == TokenKind.Text && previous is { Kind: TokenKind.Text } && previous.Group == token.Group)
                {
                    cells[^1] += token.Text;
                }
                else
                {
                    cells.Add(token.Text);
                }
                previous = token;
            }
            var quote = string.Join("\n", pendingLines.Select(l => l.Raw.Trim()));
            rows.Add(new RawRow(cells, quote) { Line = pendingLines[0].Number });
            pending.Clear();
            pendingLines.Clear();
        }

        for (var i = first; i < body.Count; i++)
        {
            var l = body[i];
            if (l.IsBlank)
            {
                group++;
                continue;
            }
            var key = Compact(l.Text);
            if (skip >= 0)
            {
                if (skip < headerKeys.Count && key == headerKeys[skip])
                {
                    skip++;
                    continue;
                }
                skip = -1;
            }
            if (headerKeys.Count > 0 && key == headerKeys[0])
            {
                Flush();
                skip = 1;
                continuedAt.Add(l.Number);
                continue;
            }
            var tokens = Whitespace().Split(l.Text.Trim())
                .Select(t => new Token(t, NumberToken().IsMatch(t) ? TokenKind.Number : TokenKind.Text, group))
                .ToList();
            var pendingHasText = pending.Any(t => t.Kind == TokenKind.Text);
            if (pending.Count > 0 && pendingHasText && StartsRow(tokens)) Flush();
            var pendingHadText = pending.Any(t => t.Kind == TokenKind.Text);
            var codesOnly = tokens.All(t => t.Kind == TokenKind.Number && t.Text.Length is 2 or 3 && !t.Text.Contains('.', StringComparison.Ordinal));
            pending.AddRange(tokens);
            pendingLines.Add(l);
            if (tokens[^1].Kind == TokenKind.Number && !(codesOnly && !pendingHadText))
            {
                Flush();
            }
            else if (IsCompleteTwoSided(tokens))
            {
                Flush();
            }
            // Text on following lines of the same row joins this group.
            group = tokens[^1].Kind == TokenKind.Text ? group : group + 1;
        }
        Flush();
        return new RawTable { Rows = rows, HeaderRows = header, CellsAligned = false };
    }

    /// <summary>A line that begins a new row: a classification code, a unit subtotal ("[040002]…") or a total.</summary>
    private static bool StartsRow(List<Token> tokens)
    {
        var t = tokens[0].Text;
        if (CodeToken().IsMatch(t)) return true;
        if (UnitBracket().IsMatch(t)) return true;
        var joined = string.Concat(tokens.TakeWhile(x => x.Kind == TokenKind.Text).Select(x => x.Text));
        return joined.EndsWith("合计", StringComparison.Ordinal) || joined.EndsWith("总计", StringComparison.Ordinal);
    }

    /// <summary>"上级一般公共预算安排转移支付 204 公共安全支出": an income label, then a 类 code and its name.</summary>
    private static bool IsCompleteTwoSided(List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[0].Kind != TokenKind.Text) return false;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && tokens[i].Text.Length == 3 && CodeToken().IsMatch(tokens[i].Text)
                && tokens[i + 1].Kind == TokenKind.Text)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLayoutLostDataLine(string text)
    {
        var tokens = Whitespace().Split(text.Trim());
        if (tokens.Any(t => DecimalToken().IsMatch(t))) return true;
        if (CodeToken().IsMatch(tokens[0]) && (tokens.Length > 1 || tokens[0].Length == 3)) return true;
        return UnitBracket().IsMatch(tokens[0]);
    }

    private static bool IsContinuation(RawTable previous, RawTable next) =>
        previous.PrintedNumber is not null && next.PrintedNumber is not null
        && Compact(previous.PrintedNumber) == Compact(next.PrintedNumber)
        && Compact(previous.Title ?? "") == Compact(next.Title ?? "")
        && previous.CellsAligned == next.CellsAligned;

    private static RawTable Merge(RawTable previous, RawTable next)
    {
        var rows = previous.Rows.ToList();
        foreach (var row in next.Rows)
        {
            rows.Add(row);
        }
        return previous with
        {
            Rows = rows,
            Notes = [.. previous.Notes, .. next.Notes.Where(n => !previous.Notes.Contains(n))],
        };
    }
}
