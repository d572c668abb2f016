namespace Gongkai.Core.Recognition.Placement;

/// <summary>
/// 列定位求解器的搜索上限: bounds that keep <see cref="ColumnPlacementSolver"/> fast on pathological rows and tables.
/// </summary>
/// <remarks>The defaults solve real disclosure tables (≤ ~15 columns, a few hundred rows) exactly in practice.</remarks>
public sealed record ColumnPlacementOptions
{
    /// <summary>The defaults.</summary>
    public static ColumnPlacementOptions Default { get; } = new();

    /// <summary>Most distinct placements kept for one row (beyond that the row is reported as truncated).</summary>
    public int MaxCandidatesPerRow { get; init; } = 1024;

    /// <summary>Most search steps spent enumerating the placements of one row.</summary>
    public int MaxEnumerationStepsPerRow { get; init; } = 200_000;

    /// <summary>Most joint combinations tried when a family (a parent row and its children) is searched exhaustively;
    /// larger families are searched pair by pair.</summary>
    public int MaxFamilyCombinations { get; init; } = 128;

    /// <summary>Total budget of elementary moves for the joint search of one table (keeps the worst case bounded).</summary>
    public int MaxMoves { get; init; } = 100_000;

    /// <summary>Most rounds of (row-by-row descent, family search) before the fixed point is declared.</summary>
    public int MaxRounds { get; init; } = 16;
}
