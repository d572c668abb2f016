using System.Text.RegularExpressions;
using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>
/// Joins wrapped lines into paragraphs. A new paragraph starts at a numbered heading (一、 （一） 1. 第…),
/// at an indented line, after a line that stops well short of the right margin, at a change of font size,
/// or after a wide vertical gap.
/// </summary>
public static partial class ParagraphBuilder
{
    public static List<TextParagraph> Build(IReadOnlyList<TextLine> lines)
    {
        var result = new List<TextParagraph>();
        if (lines.Count == 0) return result;
        var rightMargin = lines.Max(l => l.Box.Right);
        var leftMargin = lines.Min(l => l.Box.Left);
        var current = new List<TextLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && (StartsNew(current[^1], line, leftMargin, rightMargin) || EndsIndentedHeading(current, line, leftMargin)))
            {
                result.Add(Close(current));
                current = [];
            }
            current.Add(line);
        }
        result.Add(Close(current));
        return result;
    }

    private static bool StartsNew(TextLine previous, TextLine line, double leftMargin, double rightMargin)
    {
        var size = Math.Max(line.FontSize, 1);
        if (Math.Abs(previous.FontSize - line.FontSize) > 0.6) return true;
        if (previous.Box.Bottom - line.Box.Top > 1.0 * size) return true;
        if (previous.Box.Right < rightMargin - (2.5 * size)) return true;
        if (line.Box.Left > leftMargin + (1.2 * size) && line.Box.Left > previous.Box.Left + (0.8 * size)) return true;
        return HeadingStart().IsMatch(line.Text);
    }

    /// <summary>
    /// A numbered heading that fills its line (“（四）财政拨款收支预算情况的总体说明（详见表 4）”) followed by an indented first line
    /// of body text: a paragraph's wrapped lines return to the left margin, so a second line at the heading's own indent opens
    /// a new paragraph and the heading stands alone.
    /// </summary>
    private static bool EndsIndentedHeading(List<TextLine> current, TextLine line, double leftMargin)
    {
        if (current.Count != 1) return false;
        var heading = current[0];
        var size = Math.Max(line.FontSize, 1);
        return HeadingStart().IsMatch(heading.Text)
            && heading.Box.Left > leftMargin + (1.2 * size)
            && line.Box.Left > leftMargin + (1.2 * size)
            && Math.Abs(line.Box.Left - heading.Box.Left) < 0.8 * size;
    }

    private static TextParagraph Close(List<TextLine> lines)
    {
        var box = lines[0].Box;
        foreach (var line in lines.Skip(1)) box = box.Union(line.Box);
        return new TextParagraph(TextLineBuilder.JoinLines(lines.Select(l => l.Text.Trim())), box);
    }

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?=\D|\d{4}年)|第[一二三四五六七八九十\d]+[部分章节条])")]
    private static partial Regex HeadingStart();
}
