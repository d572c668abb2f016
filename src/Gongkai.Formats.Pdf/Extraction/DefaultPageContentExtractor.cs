using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>
/// Reads glyphs from <see cref="Page.Letters"/> (the document must be opened with <c>ClipPaths = true</c>, so text
/// hidden by clipping is already removed by PdfPig; text outside the crop box is dropped too) and ruling segments from <see cref="Page.Paths"/>:
/// straight stroked lines, edges of stroked rectangles, and thin filled rectangles (Excel and WPS draw borders both ways).
/// </summary>
public sealed class DefaultPageContentExtractor : IPageContentExtractor
{
    private readonly PageExtractionOptions _options;

    public DefaultPageContentExtractor(PageExtractionOptions? options = null) => _options = options ?? PageExtractionOptions.Default;

    public PageContent Extract(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var glyphs = new List<PdfGlyph>(Math.Min(page.Letters.Count, _options.MaxGlyphsPerPage));
        var droppedGlyphs = 0;
        var crop = page.CropBox.Bounds;
        var visible = new Box(crop.Left, crop.Bottom, crop.Right, crop.Top);
        foreach (var letter in page.Letters)
        {
            if (letter.RenderingMode == TextRenderingMode.Neither) continue;
            var glyph = ToGlyph(letter);
            // Off-page text is invisible whatever the clipping paths say (overflow drawn past the page edge).
            if (!visible.Contains(glyph.Box.CenterX, glyph.Box.CenterY, 1)) continue;
            if (glyphs.Count >= _options.MaxGlyphsPerPage)
            {
                droppedGlyphs++;
                continue;
            }
            glyphs.Add(glyph);
        }

        var segments = new List<RulingSegment>();
        var droppedSegments = 0;
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled)) continue;
            if (segments.Count >= _options.MaxSegmentsPerPage)
            {
                droppedSegments += path.Count;
                continue;
            }
            if (path.IsFilled && !path.IsStroked && IsWhite(path.FillColor)) continue;
            foreach (var subpath in path)
            {
                if (path.IsStroked) AddStrokedSegments(subpath, segments);
                if (path.IsFilled) AddThinFill(subpath, segments);
            }
        }

        return new PageContent
        {
            PageNumber = page.Number,
            Width = page.Width,
            Height = page.Height,
            Glyphs = glyphs,
            Segments = segments,
            DroppedGlyphs = droppedGlyphs,
            DroppedSegments = droppedSegments,
        };
    }

    private static PdfGlyph ToGlyph(Letter letter)
    {
        var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
        if (letter.TextOrientation != TextOrientation.Horizontal)
        {
            // Rotated glyphs (vertical headers set with a rotated matrix): the baseline runs across, so use the outline box.
            var outline = letter.BoundingBox;
            var rotated = new Box(outline.Left, outline.Bottom, outline.Right, outline.Top);
            return new PdfGlyph(letter.Value, rotated, rotated.CenterY, size, letter.FontName ?? string.Empty);
        }
        var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
        var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
        if (right - left < 0.01)
        {
            left = letter.BoundingBox.Left;
            right = letter.BoundingBox.Right;
        }
        var baseline = letter.StartBaseLine.Y;
        var box = new Box(left, baseline - (0.15 * size), right, baseline + (0.85 * size));
        return new PdfGlyph(letter.Value, box, baseline, size, letter.FontName ?? string.Empty);
    }

    private void AddStrokedSegments(PdfSubpath subpath, List<RulingSegment> segments)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = move.Location;
                    current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddLine(line.From, line.To, segments);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.Close:
                    if (start is { } s && current is { } c) AddLine(c, s, segments);
                    current = start;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private void AddLine(PdfPoint from, PdfPoint to, List<RulingSegment> segments)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy <= _options.StraightTolerance && dx >= _options.MinSegmentLength)
        {
            segments.Add(new RulingSegment(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (dx <= _options.StraightTolerance && dy >= _options.MinSegmentLength)
        {
            segments.Add(new RulingSegment(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    private void AddThinFill(PdfSubpath subpath, List<RulingSegment> segments)
    {
        if (subpath.Commands.Any(c => c is PdfSubpath.BezierCurve)) return;
        var box = subpath.GetBoundingRectangle();
        if (box is not { } r) return;
        var width = r.Width;
        var height = r.Height;
        if (height <= _options.MaxRuleThickness && width >= _options.MinSegmentLength && width > height)
        {
            segments.Add(new RulingSegment(true, (r.Bottom + r.Top) / 2, r.Left, r.Right));
        }
        else if (width <= _options.MaxRuleThickness && height >= _options.MinSegmentLength && height > width)
        {
            segments.Add(new RulingSegment(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
        }
        else if (width > _options.MaxRuleThickness && height > _options.MaxRuleThickness && height <= _options.MaxShadedCellHeight
            && subpath.IsDrawnAsRectangle)
        {
            // A filled cell background: its edges bound cells as well as drawn borders do (Excel shading).
            // Only rectangles, so that glyph outlines drawn as paths do not become rulings.
            AddRectangleEdges(r, segments);
        }
    }

    private static void AddRectangleEdges(PdfRectangle r, List<RulingSegment> segments)
    {
        segments.Add(new RulingSegment(true, r.Bottom, r.Left, r.Right));
        segments.Add(new RulingSegment(true, r.Top, r.Left, r.Right));
        segments.Add(new RulingSegment(false, r.Left, r.Bottom, r.Top));
        segments.Add(new RulingSegment(false, r.Right, r.Bottom, r.Top));
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null) return false;
        var (r, g, b) = color.ToRGBValues();
        return r > 0.97 && g > 0.97 && b > 0.97;
    }
}
