namespace Gongkai.Formats.Pdf.Layout;

/// <summary>Tolerances of ruled-table detection (points).</summary>
public sealed record TableDetectionOptions
{
    public static readonly TableDetectionOptions Default = new();

    /// <summary>Segments on positions this close are the same ruling line.</summary>
    public double SnapTolerance { get; init; } = 1.5;

    /// <summary>Collinear segments with a gap up to this are joined.</summary>
    public double JoinTolerance { get; init; } = 2.0;

    /// <summary>A horizontal and a vertical segment this close are taken to touch.</summary>
    public double IntersectionTolerance { get; init; } = 2.0;

    /// <summary>Grid edges closer than this are merged (thin slivers between double lines).</summary>
    public double MinCellSize { get; init; } = 3.0;

    /// <summary>A cell border counts as drawn when segments cover at least this share of it.</summary>
    public double BorderCoverage { get; init; } = 0.5;
}
