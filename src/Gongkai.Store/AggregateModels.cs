using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Tables;

namespace Gongkai.Store;

/// <summary>How <see cref="IDocumentStore.AggregateAsync"/> groups its sums.</summary>
public enum AggregateGroup
{
    Year,
    Region,
    Code,
    Entity,
}

/// <summary>
/// 汇总条件: sum one column (<see cref="Column"/>, default 合计) of rows of one canonical table (default the 支出总表:
/// B03 for budgets, F03 for final accounts) over the matching documents, grouped by <see cref="GroupBy"/>. Rows are
/// those whose code starts with <see cref="Code"/> and is exactly <see cref="CodeLength"/> digits long (3 = 类,
/// 5 = 款, 7 = 项), or the 合计 row when <see cref="Code"/> is null. Amounts are converted to <see cref="Unit"/>.
/// Department and unit documents of the same body are both counted: filter by <see cref="Level"/> to avoid that.
/// </summary>
public sealed record AggregateQuery
{
    public AggregateGroup GroupBy { get; init; } = AggregateGroup.Year;

    /// <summary>Canonical table id; null means B03 for budgets and F03 for final accounts.</summary>
    public TableId? Table { get; init; }

    public ColumnKey Column { get; init; } = ColumnKey.Total;

    /// <summary>Classification code prefix, or null for the table's 合计 row.</summary>
    public string? Code { get; init; }

    /// <summary>Length of the codes summed (3, 5 or 7); null: exactly the length of <see cref="Code"/>.</summary>
    public int? CodeLength { get; init; }

    public int? Year { get; init; }

    /// <summary>Region prefix.</summary>
    public string? Region { get; init; }

    public DocumentKind? Kind { get; init; }

    public DocumentLevel? Level { get; init; }

    public AmountUnit Unit { get; init; } = AmountUnit.WanYuan;
}

/// <summary>One group's sum: the group key (year as text, region, code or entity), its name (code name), amount and document count.</summary>
public sealed record AggregateRow(string Key, string? Name, decimal Amount, int Documents);
