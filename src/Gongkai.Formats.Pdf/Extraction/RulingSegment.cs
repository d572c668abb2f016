namespace Gongkai.Formats.Pdf.Extraction;

/// <summary>
/// A horizontal or vertical ruling line of a table: a stroked line, a rectangle edge, or a thin filled rectangle.
/// <see cref="Position"/> is y for a horizontal segment and x for a vertical one; <see cref="Start"/> &lt; <see cref="End"/>
/// run along the other axis.
/// </summary>
public readonly record struct RulingSegment(bool IsHorizontal, double Position, double Start, double End)
{
    public double Length => End - Start;
}
