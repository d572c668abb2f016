using System.Text;
using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>
/// Groups glyphs into lines by baseline and joins them. CJK text takes no spaces; a space is kept between
/// Latin letters or digits that stand apart, and (for free text) wherever a wide gap separates two runs.
/// Fake-bold duplicates (the same glyph drawn twice a fraction of a point apart) are dropped.
/// </summary>
public static class TextLineBuilder
{
    /// <summary>Builds lines top to bottom.</summary>
    /// <param name="glyphs">Glyphs in any order.</param>
    /// <param name="spaceWideGaps">True for free text (a gap wider than one em becomes a space); false inside table cells.</param>
    public static List<TextLine> Build(IEnumerable<PdfGlyph> glyphs, bool spaceWideGaps)
    {
        var sorted = glyphs.Where(g => !g.IsWhiteSpace)
            .OrderByDescending(g => g.BaselineY).ThenBy(g => g.Box.Left).ToList();
        var groups = new List<List<PdfGlyph>>();
        List<PdfGlyph>? current = null;
        double currentBaseline = 0;
        double currentSize = 0;
        foreach (var glyph in sorted)
        {
            var tolerance = 0.45 * Math.Max(Math.Min(glyph.FontSize, currentSize), 1);
            if (current is null || Math.Abs(currentBaseline - glyph.BaselineY) > tolerance)
            {
                current = [glyph];
                groups.Add(current);
                currentBaseline = glyph.BaselineY;
                currentSize = glyph.FontSize;
            }
            else
            {
                current.Add(glyph);
                currentSize = Math.Max(currentSize, glyph.FontSize);
            }
        }

        var lines = new List<TextLine>(groups.Count);
        foreach (var group in groups)
        {
            group.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
            var kept = RemoveDuplicates(group);
            lines.Add(new TextLine(Join(kept, spaceWideGaps), Bounds(kept), kept.Max(g => g.FontSize), kept));
        }
        return lines;
    }

    /// <summary>Joins lines of one cell or paragraph: no separator between CJK, a space between Latin words.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if (sb.Length > 0 && IsLatin(sb[^1]) && IsLatin(line[0])) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    internal static Box Bounds(IReadOnlyList<PdfGlyph> glyphs)
    {
        var box = glyphs[0].Box;
        for (var i = 1; i < glyphs.Count; i++) box = box.Union(glyphs[i].Box);
        return box;
    }

    private static List<PdfGlyph> RemoveDuplicates(List<PdfGlyph> group)
    {
        var kept = new List<PdfGlyph>(group.Count);
        foreach (var glyph in group)
        {
            var duplicate = false;
            for (var i = kept.Count - 1; i >= 0 && i >= kept.Count - 3; i--)
            {
                var other = kept[i];
                if (string.Equals(other.Value, glyph.Value, StringComparison.Ordinal)
                    && Math.Abs(other.Box.Left - glyph.Box.Left) < 0.3 * glyph.FontSize
                    && Math.Abs(other.BaselineY - glyph.BaselineY) < 0.3 * glyph.FontSize)
                {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) kept.Add(glyph);
        }
        return kept;
    }

    private static string Join(List<PdfGlyph> glyphs, bool spaceWideGaps)
    {
        var sb = new StringBuilder();
        PdfGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (previous is not null && glyph.Value.Length > 0 && sb.Length > 0)
            {
                var gap = glyph.Box.Left - previous.Box.Right;
                var size = Math.Max(Math.Min(glyph.FontSize, previous.FontSize), 1);
                var wide = spaceWideGaps && gap > 1.0 * size;
                var latinGap = gap > 0.25 * size && IsLatin(sb[^1]) && IsLatin(glyph.Value[0]);
                if (wide || latinGap) sb.Append(' ');
            }
            sb.Append(glyph.Value);
            previous = glyph;
        }
        return sb.ToString();
    }

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);
}
