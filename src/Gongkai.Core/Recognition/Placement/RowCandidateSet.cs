namespace Gongkai.Core.Recognition.Placement;

/// <summary>The placements of one row that fit it best on its own.</summary>
internal sealed class RowCandidateSet
{
    /// <summary>Distinct placements (by resulting cell values) violating the fewest row identities, in enumeration
    /// order (leftmost-filling first).</summary>
    public required IReadOnlyList<PlacementCandidate> Fitting { get; init; }

    /// <summary>The subset of <see cref="Fitting"/> violating the fewest priors (never empty).</summary>
    public required PlacementCandidate[] Preferred { get; init; }

    /// <summary>Row identities violated by every candidate in <see cref="Fitting"/> (0 = the row can be satisfied).</summary>
    public required int IdentityViolations { get; init; }

    /// <summary>True when the enumeration hit a limit (some placements were not considered).</summary>
    public required bool Truncated { get; init; }
}
