namespace Gongkai.Core.Classification;

/// <summary>The three expenditure classifications a catalogue carries.</summary>
public enum ClassificationScheme
{
    /// <summary>支出功能分类 (2xx 类/款/项).</summary>
    Function,

    /// <summary>部门预算支出经济分类 (3xx 类/款).</summary>
    DepartmentalEconomic,

    /// <summary>政府预算支出经济分类 (5xx 类/款).</summary>
    GovernmentEconomic,
}

/// <summary>Helpers for <see cref="ClassificationScheme"/>.</summary>
public static class ClassificationSchemes
{
    /// <summary>The catalogue scheme of an economic scheme.</summary>
    public static ClassificationScheme From(EconomicScheme scheme) =>
        scheme == EconomicScheme.Government ? ClassificationScheme.GovernmentEconomic : ClassificationScheme.DepartmentalEconomic;

    /// <summary>The scheme a code's first digit denotes (2 = 功能, 3 = 部门经济, 5 = 政府经济), or null.</summary>
    public static ClassificationScheme? FromFirstDigit(char digit) => digit switch
    {
        '2' => ClassificationScheme.Function,
        '3' => ClassificationScheme.DepartmentalEconomic,
        '5' => ClassificationScheme.GovernmentEconomic,
        _ => null,
    };

    /// <summary>Official Chinese name: 支出功能分类 / 部门预算支出经济分类 / 政府预算支出经济分类.</summary>
    public static string ToChinese(this ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Function => "支出功能分类",
        ClassificationScheme.DepartmentalEconomic => "部门预算支出经济分类",
        _ => "政府预算支出经济分类",
    };

    /// <summary>True for the two economic schemes.</summary>
    public static bool IsEconomic(this ClassificationScheme scheme) => scheme != ClassificationScheme.Function;
}
