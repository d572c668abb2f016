namespace Gongkai.Core.Rules;

/// <summary>Named tolerances and switches for rules (DOMAIN.md §5). Immutable; share freely.</summary>
public sealed record RuleOptions
{
    public static readonly RuleOptions Default = new();

    /// <summary>
    /// A difference up to this many units of the last printed digit is a rounding difference (四舍五入差异):
    /// reported as info, not error. Default 1 (0.01 of the unit for two-decimal tables).
    /// </summary>
    public decimal RoundingToleranceDigits { get; init; } = 1m;

    /// <summary>Report rounding differences as info findings (true) or drop them (false).</summary>
    public bool ReportRoundingDifferences { get; init; } = true;
}
