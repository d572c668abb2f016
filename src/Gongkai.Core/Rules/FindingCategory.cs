namespace Gongkai.Core.Rules;

/// <summary>Finding categories of the check contract (contracts/check-output.md).</summary>
public enum FindingCategory
{
    /// <summary>row-sum: 类 = Σ款, 款 = Σ项, 合计 = Σ类 (表内)</summary>
    RowSum,
    /// <summary>column-identity: 合计 = 基本 + 项目 … (表内)</summary>
    ColumnIdentity,
    /// <summary>cross-table (表间)</summary>
    CrossTable,
    /// <summary>narrative-vs-table (表文)</summary>
    NarrativeVsTable,
    /// <summary>narrative-arithmetic (文内)</summary>
    NarrativeArithmetic,
    /// <summary>narrative-self-contradiction (文内)</summary>
    NarrativeSelfContradiction,
    /// <summary>completeness (完整性)</summary>
    Completeness,
    /// <summary>classification-code (科目编码)</summary>
    ClassificationCode,
    /// <summary>performance (绩效)</summary>
    Performance,
    /// <summary>other</summary>
    Other,
}

/// <summary>Contract names of <see cref="FindingCategory"/>.</summary>
public static class FindingCategoryNames
{
    public static string ToContractName(this FindingCategory category) => category switch
    {
        FindingCategory.RowSum => "row-sum",
        FindingCategory.ColumnIdentity => "column-identity",
        FindingCategory.CrossTable => "cross-table",
        FindingCategory.NarrativeVsTable => "narrative-vs-table",
        FindingCategory.NarrativeArithmetic => "narrative-arithmetic",
        FindingCategory.NarrativeSelfContradiction => "narrative-self-contradiction",
        FindingCategory.Completeness => "completeness",
        FindingCategory.ClassificationCode => "classification-code",
        FindingCategory.Performance => "performance",
        _ => "other",
    };

    /// <summary>Chinese name for reports.</summary>
    public static string ToChinese(this FindingCategory category) => category switch
    {
        FindingCategory.RowSum => "表内行合计",
        FindingCategory.ColumnIdentity => "表内列关系",
        FindingCategory.CrossTable => "表间关系",
        FindingCategory.NarrativeVsTable => "表文一致",
        FindingCategory.NarrativeArithmetic => "文内计算",
        FindingCategory.NarrativeSelfContradiction => "文内矛盾",
        FindingCategory.Completeness => "完整性",
        FindingCategory.ClassificationCode => "科目编码",
        FindingCategory.Performance => "绩效",
        _ => "其他",
    };
}
