namespace Gongkai.Core.Documents;

/// <summary>Severity of an import diagnostic or a finding.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Something the reader noticed or repaired while reading (not a finding about the document's figures):
/// a stable code (IMPORT-…), a Chinese message, and where.
/// </summary>
public sealed record ImportDiagnostic(string Code, Severity Severity, string Message)
{
    public int? Page { get; init; }

    public int? Line { get; init; }

    /// <summary>Canonical table id the diagnostic is about, if any.</summary>
    public string? Table { get; init; }
}
