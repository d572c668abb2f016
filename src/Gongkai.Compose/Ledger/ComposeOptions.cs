namespace Gongkai.Compose.Ledger;

/// <summary>Switches of composing and of the input checks. Immutable.</summary>
public sealed record ComposeOptions
{
    public static readonly ComposeOptions Default = new();

    /// <summary>
    /// A change from the previous year larger than this (万元, absolute) needs the officer's reason (主要原因);
    /// default 0: every change needs one.
    /// </summary>
    public decimal ReasonThresholdWanYuan { get; init; }

    /// <summary>A line count above which the input check warns (the composer still runs).</summary>
    public int MaxLineItems { get; init; } = 100_000;
}
