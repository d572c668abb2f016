using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules;

/// <summary>
/// One inconsistency, with evidence: the rule (stable id), severity, Chinese message, where (table, row code,
/// column, page, quoted source text) and the printed figure against the figure it should be.
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    public required FindingCategory Category { get; init; }

    /// <summary>Chinese message naming the place and the figures.</summary>
    public required string Message { get; init; }

    /// <summary>Canonical table id ("B03"), or null.</summary>
    public string? Table { get; init; }

    /// <summary>Row classification code, or the row key/name for uncoded rows, or null.</summary>
    public string? Row { get; init; }

    /// <summary>Printed column header, or null.</summary>
    public string? Column { get; init; }

    public int? Page { get; init; }

    public int? Line { get; init; }

    /// <summary>Verbatim excerpt of the source that locates the finding.</summary>
    public string? Quote { get; init; }

    /// <summary>The figure as printed (in the table's unit, or percent).</summary>
    public decimal? Actual { get; init; }

    /// <summary>The figure it should be.</summary>
    public decimal? Expected { get; init; }
}
