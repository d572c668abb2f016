namespace Gongkai.Core.Recognition.Placement;

/// <summary>A vertical identity between rows, per column: <c>row[Target] = Σ row[Addends]</c> (within tolerance).</summary>
internal sealed record SumRelation(int Target, int[] Addends, decimal Tolerance);
