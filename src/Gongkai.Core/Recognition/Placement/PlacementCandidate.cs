namespace Gongkai.Core.Recognition.Placement;

/// <summary>One order-preserving placement of a row's printed numbers.</summary>
internal sealed class PlacementCandidate
{
    public PlacementCandidate(int[] columnOfNumber, decimal[] values, int priorViolations)
    {
        ColumnOfNumber = columnOfNumber;
        Values = values;
        PriorViolations = priorViolations;
    }

    /// <summary>Column index of each placed number (-1 for a number that could not be placed).</summary>
    public int[] ColumnOfNumber { get; }

    /// <summary>The resulting cell value of every column (blank = 0).</summary>
    public decimal[] Values { get; }

    /// <summary>How many non-zero numbers stand in a column a prior says is blank for this row.</summary>
    public int PriorViolations { get; }
}
