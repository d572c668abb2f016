using Gongkai.Core.Documents;
using Gongkai.Core.Money;

namespace Gongkai.Store;

/// <summary>An entity's disclosures, one point per document, ordered by year then kind (预算 before 决算).</summary>
public sealed record EntityHistory(string Entity, IReadOnlyList<EntityYear> Years);

/// <summary>
/// 一年的数据: the figures of one document of the entity, in <see cref="Unit"/> (万元; amounts printed in 元 are
/// converted exactly). Null where the document has no such table or figure.
/// Totals and 基本/项目 come from the 支出总表 (B03/F03) 合计 row; 类 from its class rows; 三公 from B07/F07's
/// total row; 机关运行经费 from a 机关运行经费 column of B07 (Shanghai) or else the explanation's claim.
/// </summary>
public sealed record EntityYear
{
    public required long DocumentId { get; init; }

    public required int? Year { get; init; }

    public required DocumentKind? Kind { get; init; }

    public DocumentLevel? Level { get; init; }

    public AmountUnit Unit { get; init; } = AmountUnit.WanYuan;

    /// <summary>支出合计.</summary>
    public decimal? Total { get; init; }

    /// <summary>基本支出.</summary>
    public decimal? Basic { get; init; }

    /// <summary>项目支出.</summary>
    public decimal? Project { get; init; }

    /// <summary>支出 by 功能分类 类 (code, name, amount), in code order.</summary>
    public IReadOnlyList<CodeAmount> ByClass { get; init; } = [];

    /// <summary>“三公”经费合计.</summary>
    public decimal? ThreePublicTotal { get; init; }

    /// <summary>因公出国（境）费.</summary>
    public decimal? Abroad { get; init; }

    /// <summary>公务用车购置费.</summary>
    public decimal? VehiclePurchase { get; init; }

    /// <summary>公务用车运行（维护）费.</summary>
    public decimal? VehicleOperation { get; init; }

    /// <summary>公务接待费.</summary>
    public decimal? Reception { get; init; }

    /// <summary>机关运行经费.</summary>
    public decimal? OfficeOperation { get; init; }

    public int ErrorCount { get; init; }

    public int WarningCount { get; init; }

    /// <summary>Number of standard tables recognised (for a completeness score).</summary>
    public int TableCount { get; init; }
}

/// <summary>An amount under a classification code.</summary>
public sealed record CodeAmount(string Code, string Name, decimal Amount);
