using Gongkai.Core.Documents;

namespace Gongkai.Compose.Ledger;

/// <summary>单位概况: who discloses (name, code, region, level, unit type) and what it does (主要职能).</summary>
public sealed record EntityProfile
{
    /// <summary>部门/单位名称.</summary>
    public required string Name { get; init; }

    /// <summary>预算单位编码 ("040002").</summary>
    public string? Code { get; init; }

    /// <summary>行政区划 (e.g. "新疆维吾尔自治区克拉玛依市乌尔禾区").</summary>
    public string? Region { get; init; }

    /// <summary>部门 (consolidating its units) or 单位.</summary>
    public DocumentLevel Level { get; init; } = DocumentLevel.Unit;

    /// <summary>单位性质: 行政/参公/事业.</summary>
    public UnitType UnitType { get; init; } = UnitType.Administrative;

    /// <summary>主要职能, one function per entry.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];

    /// <summary>内设机构 (the offices), for 机构设置.</summary>
    public IReadOnlyList<string> Offices { get; init; } = [];

    /// <summary>下属预算单位 (for a 部门): code, name and type.</summary>
    public IReadOnlyList<SubUnit> SubUnits { get; init; } = [];
}
