using Gongkai.Core.Documents;

namespace Gongkai.Web.Quality;

/// <summary>
/// 公开质量评分 (0–100) of one document, defined in docs/portal.md:
/// completeness (standard tables recognised ÷ tables the template requires, at most 1) weighs 0.4, consistency
/// (1 − 0.1 per error − 0.02 per warning finding, at least 0) 0.4, and timeliness (published by the deadline = 1,
/// then − 1/90 per day late) 0.2 — only when both dates are known; otherwise the other two weigh 0.5 each.
/// </summary>
public static class DisclosureQualityScore
{
    /// <summary>Tables required when the template is not known: the nine tables of the common budget and final-accounts sets.</summary>
    public const int DefaultRequiredTables = 9;

    /// <summary>The parts and the total of one document's score.</summary>
    public sealed record Result(decimal Score, decimal Completeness, decimal Consistency, decimal? Timeliness);

    public static Result Compute(int recognisedTables, int requiredTables, int errors, int warnings,
        DateOnly? published = null, DateOnly? deadline = null)
    {
        var completeness = requiredTables <= 0 ? 1m : Math.Min(1m, (decimal)Math.Max(0, recognisedTables) / requiredTables);
        var consistency = Math.Max(0m, 1m - 0.1m * Math.Max(0, errors) - 0.02m * Math.Max(0, warnings));
        decimal? timeliness = null;
        if (published is { } p && deadline is { } d)
        {
            var late = p.DayNumber - d.DayNumber;
            timeliness = late <= 0 ? 1m : Math.Max(0m, 1m - late / 90m);
        }
        var score = timeliness is { } t
            ? 0.4m * completeness + 0.4m * consistency + 0.2m * t
            : 0.5m * completeness + 0.5m * consistency;
        return new Result(Math.Round(score * 100m, 1, MidpointRounding.AwayFromZero), completeness, consistency, timeliness);
    }

    /// <summary>
    /// The legal deadline of a disclosure, where a rule fixes one without knowing the approval date: final accounts are
    /// published within 20 days of approval, at latest by 30 September of the following year in practice (configurable
    /// by the caller; budgets need the approval date, so null).
    /// </summary>
    public static DateOnly? Deadline(DocumentKind? kind, int? year) =>
        kind == DocumentKind.FinalAccounts && year is { } y ? new DateOnly(y + 1, 9, 30) : null;
}
