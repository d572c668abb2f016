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

    /// <summary>
    /// Evidence in another document the finding was checked against (the prior year's disclosure, or the budget of a
    /// final account), or null for findings within one document.
    /// </summary>
    public FindingEvidence? Related { get; init; }
}

/// <summary>A place in another document: its source, table, row, column, page/line, quoted text and figure.</summary>
public sealed record FindingEvidence
{
    /// <summary>The path or name the other document was read from.</summary>
    public required string Source { get; init; }

    /// <summary>Canonical table id, or null when the figure comes from the explanation text.</summary>
    public string? Table { get; init; }

    /// <summary>Row code or key, or null.</summary>
    public string? Row { get; init; }

    /// <summary>Heading path of the explanation section, when the figure comes from the text.</summary>
    public string? Section { get; init; }

    /// <summary>Printed column header, or null.</summary>
    public string? Column { get; init; }

    public int? Page { get; init; }

    public int? Line { get; init; }

    /// <summary>Verbatim excerpt of the other document (a table row or a sentence).</summary>
    public string? Quote { get; init; }

    /// <summary>The figure printed there (in <see cref="Unit"/>), or null.</summary>
    public decimal? Value { get; init; }

    /// <summary>Chinese unit of <see cref="Value"/> (元, 万元, %), or null.</summary>
    public string? Unit { get; init; }
}
