using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Render.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Gongkai.Render.Pdf;

/// <summary>
/// PDF 版公开文件, drawn in-process with PDFsharp: A4 pages (landscape for wide tables), a Chinese font found at run time
/// and embedded (see <see cref="CjkFont"/>), the cover title, chapters and paragraphs, and every table under its number,
/// title, 编制部门 and 单位 lines, ruled like published tables (each cell framed, merged cells framed as one), its header
/// rows repeated at the top of every page it runs onto, amounts right-aligned, notes under it; page numbers (— 1 —).
/// </summary>
/// <remarks>Throws <see cref="InvalidOperationException"/> with a Chinese message when no Chinese font is installed.</remarks>
public sealed class PdfDisclosureRenderer : IDisclosureRenderer
{
    private static readonly object s_fontLock = new();
    private static CjkFont? s_font;

    public string Format => "pdf";

    public string Extension => ".pdf";

    /// <summary>The embedded font (found once per process).</summary>
    public static CjkFont Font
    {
        get
        {
            lock (s_fontLock)
            {
                if (s_font is not null) return s_font;
                var font = CjkFont.Find();
                GlobalFontSettings.FontResolver ??= new CjkFontResolver(font);
                s_font = font;
                return font;
            }
        }
    }

    public void Render(DisclosureDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        _ = Font;
        PdfLicense.Ensure();
        var flow = new PdfFlow();
        flow.Document.Info.Title = document.Info.Title ?? "预决算公开";
        flow.Document.Info.Creator = "Gongkai";
        foreach (var block in DocumentLayout.Lay(document))
        {
            switch (block)
            {
                case TitleBlock t:
                    flow.Title(t.Text);
                    break;
                case HeadingBlock h:
                    flow.Heading(h.Text, h.Level);
                    break;
                case ParagraphBlock p:
                    flow.Paragraph(p.Text);
                    break;
                case TableBlock t:
                    flow.Table(t.Table);
                    break;
            }
        }
        flow.Finish(output);
    }
}

/// <summary>Lays text and tables onto pages top to bottom.</summary>
internal sealed class PdfFlow
{
    private const double Margin = 56;
    private const double BodySize = 11;
    private const double TableSize = 8.5;
    private const double Pad = 2.5;
    private static readonly XPdfFontOptions s_options = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<double, XFont> _fonts = [];
    private readonly Dictionary<(char, double), double> _widths = [];
    private XGraphics? _gfx;
    private PdfPage? _page;
    private bool _landscape;
    private double _y;
    private int _pageNumber;
    private int _freeTables;

    public PdfDocument Document { get; } = new();

    private double PageWidth => _landscape ? 841.89 : 595.28;

    private double PageHeight => _landscape ? 595.28 : 841.89;

    private double Bottom => PageHeight - Margin;

    private double TextWidth => PageWidth - (2 * Margin);

    private XGraphics G => _gfx ?? NewPage(false);

    private XFont FontOf(double size)
    {
        if (!_fonts.TryGetValue(size, out var font))
        {
            font = new XFont(CjkFontResolver.Family, size, XFontStyleEx.Regular, s_options);
            _fonts[size] = font;
        }
        return font;
    }

    private XGraphics NewPage(bool landscape)
    {
        _gfx?.Dispose();
        _landscape = landscape;
        _page = Document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        if (landscape) _page.Orientation = PdfSharp.PageOrientation.Landscape;
        _gfx = XGraphics.FromPdfPage(_page);
        _pageNumber++;
        var footer = "— " + _pageNumber.ToString(CultureInfo.InvariantCulture) + " —";
        _gfx.DrawString(footer, FontOf(9), XBrushes.Black, new XRect(0, PageHeight - 34, PageWidth, 12), XStringFormats.TopCenter);
        _y = Margin;
        return _gfx;
    }

    private void Need(double height, bool landscape)
    {
        if (_gfx is null || landscape != _landscape || _y + height > Bottom) NewPage(landscape);
    }

    private double Width(string text, double size)
    {
        var total = 0.0;
        foreach (var c in text)
        {
            if (!_widths.TryGetValue((c, size), out var w))
            {
                w = G.MeasureString(c.ToString(), FontOf(size)).Width;
                _widths[(c, size)] = w;
            }
            total += w;
        }
        return total;
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/> (the first line <paramref name="indent"/> narrower).</summary>
    private List<string> Wrap(string text, double size, double width, double indent = 0)
    {
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        var used = indent;
        foreach (var c in text)
        {
            var w = Width(c.ToString(), size);
            if (used + w > width && current.Length > 0)
            {
                // Numbers and Latin words are not broken: their run moves to the next line whole.
                var run = 0;
                while (run < current.Length && IsWordChar(current[current.Length - 1 - run])) run++;
                var carry = IsWordChar(c) && run > 0 && run < current.Length ? current.ToString(current.Length - run, run) : "";
                lines.Add(current.ToString(0, current.Length - carry.Length));
                current.Clear().Append(carry);
                used = Width(carry, size);
            }
            current.Append(c);
            used += w;
        }
        if (current.Length > 0 || lines.Count == 0) lines.Add(current.ToString());
        return lines;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or ',' or '%' or '-';

    private void Lines(IReadOnlyList<string> lines, double size, double lineHeight, XStringFormat format, double indent = 0)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Need(lineHeight, _landscape);
            var x = Margin + (i == 0 ? indent : 0);
            G.DrawString(lines[i], FontOf(size), XBrushes.Black, new XRect(x, _y, TextWidth - (x - Margin), lineHeight), format);
            _y += lineHeight;
        }
    }

    public void Title(string text)
    {
        Need(80, false);
        _y += 30;
        Lines(Wrap(text, 20, TextWidth), 20, 32, XStringFormats.TopCenter);
        _y += 24;
    }

    public void Heading(string text, int level)
    {
        var size = level switch { 1 => 15, 2 => 13, 3 => 12, _ => 11.5 };
        Need((size * 1.8) + (BodySize * 2), false);
        _y += size * 0.6;
        Lines(Wrap(text, size, TextWidth), size, size * 1.7, XStringFormats.TopLeft);
    }

    public void Paragraph(string text)
    {
        if (_gfx is null || _landscape) NewPage(false);
        Lines(Wrap(text, BodySize, TextWidth, 2 * BodySize), BodySize, BodySize * 1.75, XStringFormats.TopLeft, 2 * BodySize);
    }

    // ---- tables ----------------------------------------------------------------------------------------------------

    private sealed record CellBox(PlacedCell Placed, double X, double Width);

    public void Table(PrintedTable t)
    {
        var landscape = t.IsWide;
        if (_gfx is null || landscape != _landscape) NewPage(landscape);
        var total = t.ColumnWeights.Sum();
        // Consecutive free tables (one 绩效目标表 per project, all titled alike) alternate their width a little, so a
        // reader never takes the one that starts a page for the rest of the one before it (续表 share their columns).
        var tableWidth = t.IsFree && _freeTables++ % 2 == 1 ? TextWidth - 12 : TextWidth;
        var widths = t.ColumnWeights.Select(w => tableWidth * w / total).ToList();
        var xs = new double[widths.Count + 1];
        xs[0] = Margin;
        for (var i = 0; i < widths.Count; i++) xs[i + 1] = xs[i] + widths[i];

        var header = GridPlacement.Place(t.HeaderRows, t.ColumnCount);
        var headerHeights = Heights(header, xs);
        var body = GridPlacement.Place(t.Rows, t.ColumnCount);
        var bodyHeights = Heights(body, xs);

        // Caption: number, title, preamble and unit lines, kept on the page with the header and the first row.
        var caption = new List<(string Text, double Size, XStringFormat Format)>();
        if (t.Number is { Length: > 0 } number && !t.CaptionInside) caption.Add((number, 10.5, XStringFormats.TopLeft));
        caption.Add((t.Title, 14, XStringFormats.TopCenter));
        if (!t.CaptionInside)
        {
            caption.AddRange(t.Preamble.Select(p => (p, 9.5, XStringFormats.TopLeft)));
            if (t.UnitLine is { } unit) caption.Add((unit, 9.5, XStringFormats.TopRight));
        }
        var captionHeight = caption.Sum(c => Wrap(c.Text, c.Size, TextWidth).Count * c.Size * 1.5) + 8;
        // A table that fits on a page starts on a new page rather than break; a longer one starts where it must.
        var whole = captionHeight + headerHeights.Sum() + bodyHeights.Sum() + 8 + (t.Notes.Count * 20);
        var first = captionHeight + headerHeights.Sum() + (bodyHeights.Count > 0 ? bodyHeights[0] : 0);
        Need(whole <= PageHeight - (2 * Margin) ? whole : first, landscape);
        _y += 6;
        foreach (var (text, size, format) in caption) Lines(Wrap(text, size, TextWidth), size, size * 1.5, format);
        _y += 2;

        DrawRows(header, headerHeights, xs, isHeader: true);
        for (var r = 0; r < body.Count; r++)
        {
            if (_y + bodyHeights[r] > Bottom)
            {
                // 续表: the header rows again at the top of the next page.
                NewPage(landscape);
                DrawRows(header, headerHeights, xs, isHeader: true);
            }
            DrawRows([body[r]], [bodyHeights[r]], xs, isHeader: false);
        }
        _y += 4;
        foreach (var note in t.Notes) Lines(Wrap(note, 9, TextWidth), 9, 9 * 1.5, XStringFormats.TopLeft);
        _y += 10;
    }

    private double CellSize(PrintedCell cell, double width)
    {
        if (cell.Kind != PrintedCellKind.Amount) return TableSize;
        // Amounts stay on one line: a long figure is set smaller rather than broken.
        var size = TableSize;
        while (size > 5 && Width(cell.Text, size) > width - (2 * Pad)) size -= 0.5;
        return size;
    }

    private List<double> Heights(IReadOnlyList<IReadOnlyList<PlacedCell>> rows, double[] xs)
    {
        var line = TableSize * 1.3;
        var heights = rows.Select(_ => line + (2 * Pad)).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var p in rows[r].Where(p => !p.Covered))
            {
                var width = xs[Math.Min(xs.Length - 1, p.Column + Math.Max(1, p.Cell.ColumnSpan))] - xs[p.Column];
                var size = CellSize(p.Cell, width);
                var needed = (Wrap(p.Cell.Text, size, width - (2 * Pad)).Count * size * 1.3) + (2 * Pad);
                var span = Math.Min(Math.Max(1, p.Cell.RowSpan), rows.Count - r);
                var have = heights.Skip(r).Take(span).Sum();
                if (needed > have) heights[r + span - 1] += needed - have;
            }
        }
        return heights;
    }

    private void DrawRows(IReadOnlyList<IReadOnlyList<PlacedCell>> rows, IReadOnlyList<double> heights, double[] xs, bool isHeader)
    {
        var pen = new XPen(XColors.Black, 0.6);
        var top = _y;
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var p in rows[r].Where(p => !p.Covered))
            {
                var cell = p.Cell;
                var x0 = xs[p.Column];
                var x1 = xs[Math.Min(xs.Length - 1, p.Column + Math.Max(1, cell.ColumnSpan))];
                var span = Math.Min(Math.Max(1, cell.RowSpan), rows.Count - r);
                var height = heights.Skip(r).Take(span).Sum();
                if (isHeader) G.DrawRectangle(new XSolidBrush(XColor.FromArgb(242, 242, 242)), x0, top, x1 - x0, height);
                G.DrawRectangle(pen, x0, top, x1 - x0, height);
                if (cell.Text.Length == 0) continue;
                var size = CellSize(cell, x1 - x0);
                var lines = Wrap(cell.Text, size, x1 - x0 - (2 * Pad));
                var lineHeight = size * 1.3;
                var y = top + ((height - (lines.Count * lineHeight)) / 2);
                var format = cell.Kind switch
                {
                    PrintedCellKind.Header => XStringFormats.TopCenter,
                    PrintedCellKind.Amount => XStringFormats.TopRight,
                    _ => XStringFormats.TopLeft,
                };
                foreach (var line in lines)
                {
                    G.DrawString(line, FontOf(size), XBrushes.Black, new XRect(x0 + Pad, y, x1 - x0 - (2 * Pad), lineHeight), format);
                    y += lineHeight;
                }
            }
            top += heights[r];
        }
        _y = top;
    }

    public void Finish(Stream output)
    {
        if (_gfx is null) NewPage(false);
        _gfx!.Dispose();
        Document.Save(output, false);
    }
}
