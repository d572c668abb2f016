namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>Tolerances and limits of the extraction stage.</summary>
public sealed record PageExtractionOptions
{
    public static readonly PageExtractionOptions Default = new();

    /// <summary>A filled rectangle no thicker than this (points) is read as a ruling line.</summary>
    public double MaxRuleThickness { get; init; } = 2.5;

    /// <summary>A filled (non-white) rectangle up to this height (points) is a shaded cell or row band: its edges are rulings.</summary>
    public double MaxShadedCellHeight { get; init; } = 60;

    /// <summary>A line whose ends differ by at most this across its axis (points) counts as straight.</summary>
    public double StraightTolerance { get; init; } = 0.8;

    /// <summary>Segments shorter than this (points) are ignored (dots, glyph fragments).</summary>
    public double MinSegmentLength { get; init; } = 2.0;

    /// <summary>At most this many glyphs are read per page; the rest is dropped with a warning.</summary>
    public int MaxGlyphsPerPage { get; init; } = 100_000;

    /// <summary>At most this many ruling segments are read per page (grid detection is quadratic in them); the rest is dropped with a warning.</summary>
    public int MaxSegmentsPerPage { get; init; } = 20_000;
}
