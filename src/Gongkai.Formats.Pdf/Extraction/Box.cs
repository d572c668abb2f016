namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>An axis-aligned rectangle in PDF user space (points, y grows upwards).</summary>
public readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;

    public Box Union(Box other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    /// <summary>Length of the overlap of the two horizontal extents (0 when apart).</summary>
    public double HorizontalOverlap(Box other) => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left));

    /// <summary>Length of the overlap of the two vertical extents (0 when apart).</summary>
    public double VerticalOverlap(Box other) => Math.Max(0, Math.Min(Top, other.Top) - Math.Max(Bottom, other.Bottom));
}
