using Gongkai.Core.Templates;

namespace Gongkai.Core.Recognition.Placement;

/// <summary>A <see cref="ColumnIdentity"/> resolved to column indices of one placement problem.</summary>
internal sealed record CompiledIdentity(int Target, int[] Addends, ColumnIdentity Source)
{
    /// <summary>The rightmost column the identity involves: it can be checked once placement has passed it.</summary>
    public int MaxColumn => Math.Max(Target, Addends.Length == 0 ? -1 : Addends.Max());

    public decimal Difference(decimal[] values)
    {
        var sum = 0m;
        foreach (var a in Addends) sum += values[a];
        return values[Target] - sum;
    }

    public bool Holds(decimal[] values, decimal tolerance) => Math.Abs(Difference(values)) <= tolerance;

    /// <summary>Target minus the sum of the addends, on scaled values.</summary>
    public long Difference(long[] scaled)
    {
        var difference = scaled[Target];
        var addends = Addends;
        for (var i = 0; i < addends.Length; i++) difference -= scaled[addends[i]];
        return difference;
    }

    /// <summary>The identity on scaled values, within <paramref name="tolerance"/> scaled units.</summary>
    public bool Holds(long[] scaled, long tolerance)
    {
        var difference = scaled[Target];
        var addends = Addends;
        for (var i = 0; i < addends.Length; i++) difference -= scaled[addends[i]];
        return difference >= -tolerance && difference <= tolerance;
    }
}
