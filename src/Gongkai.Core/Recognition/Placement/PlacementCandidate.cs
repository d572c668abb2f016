namespace Gongkai.Core.Recognition.Placement;

/// <summary>One order-preserving placement of a row's printed numbers.</summary>
internal sealed class PlacementCandidate
{
    public PlacementCandidate(int[] columnOfNumber, long[] scaled, int priorViolations)
    {
        ColumnOfNumber = columnOfNumber;
        Scaled = scaled;
        PriorViolations = priorViolations;
        var nonZero = new List<int>(columnOfNumber.Length);
        for (var c = 0; c < scaled.Length; c++)
        {
            if (scaled[c] != 0) nonZero.Add(c);
        }
        NonZero = [.. nonZero];
    }

    /// <summary>Column index of each placed number.</summary>
    public int[] ColumnOfNumber { get; }

    /// <summary>The resulting value of every column (blank = 0), as whole multiples of the problem's finest printed
    /// digit, for exact sums in longs.</summary>
    public long[] Scaled { get; }

    /// <summary>Columns where <see cref="Scaled"/> is not zero.</summary>
    public int[] NonZero { get; }

    /// <summary>How many non-zero numbers stand in a column a prior says is blank for this row.</summary>
    public int PriorViolations { get; }
}
