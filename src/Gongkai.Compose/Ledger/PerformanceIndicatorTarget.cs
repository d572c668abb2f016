namespace Gongkai.Compose.Ledger;

/// <summary>One 三级指标 of a 绩效目标表 with its 一级/二级 指标 and 指标值 ("≥1600人", "有效降低").</summary>
public sealed record PerformanceIndicatorTarget(string Level1, string Level2, string Name, string Value);
