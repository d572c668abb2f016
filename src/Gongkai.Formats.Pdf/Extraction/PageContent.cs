namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>What the extraction stage reads from one page: visible glyphs and ruling segments.</summary>
public sealed record PageContent
{
    /// <summary>1-based page number.</summary>
    public required int PageNumber { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    /// <summary>Visible glyphs in content-stream order (clipped ones removed).</summary>
    public required IReadOnlyList<PdfGlyph> Glyphs { get; init; }

    /// <summary>Horizontal and vertical ruling segments, not yet merged.</summary>
    public required IReadOnlyList<RulingSegment> Segments { get; init; }

    /// <summary>Glyphs dropped because a limit was reached (0 normally).</summary>
    public int DroppedGlyphs { get; init; }

    /// <summary>Path segments dropped because a limit was reached (0 normally).</summary>
    public int DroppedSegments { get; init; }
}
