namespace Gongkai.Compose.Ledger;

/// <summary>主要原因: the officer's explanation of a subject's change from the previous year (or of 决算 vs 预算).</summary>
public sealed record ChangeReason(string Subject, string Text)
{
    public CellLocation? Location { get; init; }
}
