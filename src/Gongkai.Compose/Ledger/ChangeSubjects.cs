namespace Gongkai.Compose.Ledger;

/// <summary>
/// Keys of the figures the explanation compares with the previous year (比上年增减): each prior-year figure and
/// each reason (主要原因) names its subject with one of these keys; the workbook shows the Chinese label.
/// </summary>
public static class ChangeSubjects
{
    /// <summary>收入（支出）总计.</summary>
    public const string Total = "Total";
    /// <summary>基本支出.</summary>
    public const string Basic = "Basic";
    /// <summary>项目支出.</summary>
    public const string Project = "Project";
    /// <summary>一般公共预算拨款 基本支出.</summary>
    public const string GeneralBasic = "General.Basic";
    /// <summary>一般公共预算拨款 项目支出.</summary>
    public const string GeneralProject = "General.Project";
    /// <summary>“三公”经费合计.</summary>
    public const string ThreePublic = "ThreePublic";
    /// <summary>因公出国（境）费.</summary>
    public const string Abroad = "ThreePublic.Abroad";
    /// <summary>公务用车购置费.</summary>
    public const string VehiclePurchase = "ThreePublic.VehiclePurchase";
    /// <summary>公务用车运行费.</summary>
    public const string VehicleOperation = "ThreePublic.VehicleOperation";
    /// <summary>公务接待费.</summary>
    public const string Reception = "ThreePublic.Reception";
    /// <summary>机关运行经费.</summary>
    public const string OperatingCosts = "OperatingCosts";

    /// <summary>A 资金来源 (收入): "Income.GeneralBudget".</summary>
    public static string Income(FundSource source) => "Income." + source;

    /// <summary>A 功能分类 项 of 一般公共预算: "Item.2101501".</summary>
    public static string Item(string functionCode) => "Item." + functionCode;

    /// <summary>Final accounts: the difference of a subject's 决算 from its 年初预算 ("Budget.Item.2101501").</summary>
    public static string VersusBudget(string subject) => BudgetPrefix + subject;

    private const string BudgetPrefix = "Budget.";
    private const string BudgetLabel = "决算与年初预算差异：";

    /// <summary>The Chinese label of a key (for the workbook and messages).</summary>
    public static string Label(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith(BudgetPrefix, StringComparison.Ordinal)) return BudgetLabel + Label(key[BudgetPrefix.Length..]);
        if (key.StartsWith("Income.", StringComparison.Ordinal) && Enum.TryParse<FundSource>(key["Income.".Length..], out var source))
        {
            return "收入：" + FundSources.Label(source);
        }
        if (key.StartsWith("Item.", StringComparison.Ordinal)) return "一般公共预算功能分类项 " + key["Item.".Length..];
        return key switch
        {
            Total => "收支总计",
            Basic => "基本支出",
            Project => "项目支出",
            GeneralBasic => "一般公共预算基本支出",
            GeneralProject => "一般公共预算项目支出",
            ThreePublic => "“三公”经费合计",
            Abroad => "因公出国（境）费",
            VehiclePurchase => "公务用车购置费",
            VehicleOperation => "公务用车运行费",
            Reception => "公务接待费",
            OperatingCosts => "机关运行经费",
            _ => key,
        };
    }

    /// <summary>The key of a Chinese label written by <see cref="Label"/> (or a key itself), or null.</summary>
    public static string? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var t = string.Concat(label.Where(c => !char.IsWhiteSpace(c)));
        if (t.StartsWith(BudgetLabel, StringComparison.Ordinal)) return FromLabel(t[BudgetLabel.Length..]) is { } inner ? VersusBudget(inner) : null;
        if (t.StartsWith(BudgetPrefix, StringComparison.Ordinal)) return FromLabel(t[BudgetPrefix.Length..]) is { } inner2 ? VersusBudget(inner2) : null;
        foreach (var key in new[] { Total, Basic, Project, GeneralBasic, GeneralProject, ThreePublic, Abroad, VehiclePurchase, VehicleOperation, Reception, OperatingCosts })
        {
            if (t == key || t == string.Concat(Label(key).Where(c => !char.IsWhiteSpace(c)))) return key;
        }
        foreach (var source in Enum.GetValues<FundSource>())
        {
            if (t == Income(source) || t == "收入：" + FundSources.Label(source) || t == FundSources.Label(source)) return Income(source);
        }
        if (t.StartsWith("Item.", StringComparison.Ordinal)) return t;
        const string itemPrefix = "一般公共预算功能分类项";
        if (t.StartsWith(itemPrefix, StringComparison.Ordinal)) return Item(t[itemPrefix.Length..]);
        if (t.Length == 7 && t.All(char.IsAsciiDigit)) return Item(t);
        return null;
    }
}
