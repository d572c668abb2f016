namespace Gongkai.Core.Documents;

/// <summary>预算 (budget) or 决算 (final accounts).</summary>
public enum DocumentKind
{
    Budget,
    FinalAccounts,
}

/// <summary>部门 (department, consolidating its units) or 单位 (a single budget unit).</summary>
public enum DocumentLevel
{
    Department,
    Unit,
}
