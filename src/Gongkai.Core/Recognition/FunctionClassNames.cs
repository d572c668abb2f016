namespace Gongkai.Core.Recognition;

/// <summary>
/// 支出功能分类 类 names (current and earlier wordings, DOMAIN.md §7.1) → 3-digit codes, for summary tables that print the
/// 类 by name only (Shaanxi 财政拨款收支总表: "10、卫生健康支出").
/// </summary>
internal static class FunctionClassNames
{
    private static readonly Dictionary<string, string> s_codes = new(StringComparer.Ordinal)
    {
        ["一般公共服务支出"] = "201", ["外交支出"] = "202", ["国防支出"] = "203", ["公共安全支出"] = "204", ["教育支出"] = "205",
        ["科学技术支出"] = "206", ["文化旅游体育与传媒支出"] = "207", ["文化体育与传媒支出"] = "207", ["社会保障和就业支出"] = "208",
        ["社会保险基金支出"] = "209", ["卫生健康支出"] = "210", ["医疗卫生与计划生育支出"] = "210", ["节能环保支出"] = "211",
        ["城乡社区支出"] = "212", ["农林水支出"] = "213", ["交通运输支出"] = "214", ["资源勘探工业信息等支出"] = "215",
        ["资源勘探信息等支出"] = "215", ["商业服务业等支出"] = "216", ["金融支出"] = "217", ["援助其他地区支出"] = "219",
        ["自然资源海洋气象等支出"] = "220", ["国土海洋气象等支出"] = "220", ["住房保障支出"] = "221", ["粮油物资储备支出"] = "222",
        ["粮油物资管理事务"] = "222", ["国有资本经营预算支出"] = "223", ["灾害防治及应急管理支出"] = "224", ["预备费"] = "227",
        ["其他支出"] = "229", ["转移性支出"] = "230", ["债务还本支出"] = "231", ["债务付息支出"] = "232", ["债务发行费用支出"] = "233",
        ["债务发行费支出"] = "233", ["抗疫特别国债安排的支出"] = "234",
    };

    /// <summary>The 类 code for a printed name (numbering and whitespace removed), or null.</summary>
    /// <summary>Every printed 类 name known (current and older names).</summary>
    public static IEnumerable<string> Names => s_codes.Keys;

    public static string? CodeOf(string label) => s_codes.GetValueOrDefault(label);
}
