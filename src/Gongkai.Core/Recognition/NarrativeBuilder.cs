using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;

namespace Gongkai.Core.Recognition;

/// <summary>
/// Splits the explanation text into <see cref="NarrativeSection"/>s by its headings (第X部分 = 1, 一、 = 2, （一） = 3,
/// short "1." lines = 4) and removes hard line breaks inside sentences (text extracted from PDFs wraps lines mid-sentence).
/// </summary>
internal static partial class NarrativeBuilder
{
    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex Part();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]\s*\S")]
    private static partial Regex Section();

    [GeneratedRegex(@"^\d+[.、．]\s*\S")]
    private static partial Regex Item();

    [GeneratedRegex(@"^(-\s|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|[①-⑩])")]
    private static partial Regex ListStart();

    public static IReadOnlyList<NarrativeSection> Build(IEnumerable<RawParagraph> paragraphs)
    {
        var sections = new List<NarrativeSection>();
        string? heading = null;
        var level = 0;
        int? line = null, page = null;
        var body = new List<string>();

        void Flush()
        {
            if (heading is null && body.Count == 0) return;
            sections.Add(new NarrativeSection
            {
                Heading = heading ?? "",
                Level = heading is null ? 0 : level,
                Text = JoinLines(body),
                Line = line,
                Page = page,
            });
            body.Clear();
        }

        var list = paragraphs.Where(p => p.Text.Trim().Length > 0).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var p = list[i];
            var text = p.Text.Trim();
            var headingLevel = LevelOf(text);
            if (headingLevel > 0)
            {
                Flush();
                // A long heading wrapped onto the next line ("…收支预算情况的" + "总体说明").
                if (headingLevel is 2 or 3 && text.Length >= 18 && i + 1 < list.Count && IsHeadingTail(list[i + 1].Text.Trim()))
                {
                    text += list[++i].Text.Trim();
                }
                heading = text;
                level = headingLevel;
                line = p.Line;
                page = p.Page;
                continue;
            }
            if (heading is null && body.Count == 0)
            {
                line = p.Line;
                page = p.Page;
            }
            body.Add(text);
        }
        Flush();
        return sections;
    }

    internal static int LevelOf(string text)
    {
        // "（七）一般公共预算“三公”经费预算情况说明（详见表 7）": the table reference does not count to the heading's length.
        text = TableReference().Replace(text, "");
        if (Part().IsMatch(text)) return 1;
        if (Chapter().IsMatch(text) && !EndsSentence(text) && text.Length <= 60) return 2;
        if (Section().IsMatch(text) && !EndsSentence(text) && text.Length <= 24) return 3;
        if (Item().IsMatch(text) && text.Length <= 24 && text.TrimEnd('。').IndexOfAny(['，', '；', '。', ':', '：', '、', '%']) < 0
            && !text.Contains("万元", StringComparison.Ordinal)) return 4;
        return 0;
    }

    [GeneratedRegex(@"\s*[（(]\s*详?见\s*(附)?表\s*[\d\-－—、至]{1,12}\s*[）)]\s*$")]
    private static partial Regex TableReference();

    private static bool IsHeadingTail(string next) =>
        next.Length <= 12 && next.IndexOfAny(['，', '；', '。', ':', '：', '、', '，']) < 0 && LevelOf(next) == 0 && !next.Any(char.IsAsciiDigit);

    /// <summary>Body text, not a heading: a long sentence, or one with a colon/comma inside ("一、财政拨款：指…").</summary>
    private static bool EndsSentence(string text)
    {
        var inner = text.TrimEnd('。', '：', ':');
        if (inner.IndexOfAny(['：', ':', '，', '。', '；']) >= 0) return true;
        return text.EndsWith('。') && text.Length > 20;
    }

    /// <summary>Joins wrapped lines: a line that does not end a sentence continues on the next, unless that starts a list item.</summary>
    internal static string JoinLines(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                var previous = lines[i - 1];
                var continues = !EndsParagraph(previous) && !ListStart().IsMatch(line);
                sb.Append(continues ? "" : "\n");
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static bool EndsParagraph(string line)
    {
        var last = line.TrimEnd()[^1];
        return last is '。' or '！' or '？' or '；' or '：' or ':' or '”' or '」' || line.Length < 12;
    }
}
