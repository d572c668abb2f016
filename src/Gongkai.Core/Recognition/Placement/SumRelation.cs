namespace Gongkai.Core.Recognition.Placement;

/// <summary>A vertical identity between rows, per column: <c>row[Target] = Σ row[Addends]</c> (within tolerance).</summary>
/// <remarks><see cref="Tolerance"/> is in the scaled units of <see cref="PlacementCandidate.Scaled"/>.</remarks>
internal sealed record SumRelation(int Target, int[] Addends, long Tolerance);
