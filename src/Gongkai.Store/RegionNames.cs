using System.Text.RegularExpressions;

namespace Gongkai.Store;

/// <summary>
/// 地区: the administrative-division prefix of an entity name or title ("上海市普陀区医疗保障局" → "上海市普陀区";
/// "新疆维吾尔自治区财政厅" → "新疆维吾尔自治区"; "克拉玛依市乌尔禾区医疗保障局" → "克拉玛依市乌尔禾区"), and its province.
/// A heuristic over the printed name: a known province name, then up to two levels ending in 市/州/盟/地区 and
/// 区/县/旗; a body name such as "医疗保障局" is never taken for a region.
/// </summary>
public static partial class RegionNames
{
    /// <summary>The 34 provincial-level divisions, full names.</summary>
    public static readonly IReadOnlyList<string> Provinces =
    [
        "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省",
        "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
        "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
        "香港特别行政区", "澳门特别行政区",
    ];

    // A prefecture-level name (2–6 characters) then 市/自治州/州/盟/地区, and a county-level name then 区/县/旗/市.
    // The name part must not contain the characters that start body names (局/厅/委/办/部/院/中/心/会/所/站/队).
    [GeneratedRegex(@"^(?<city>[^\s局厅委办部院心会所站队处室馆校团党政府人民]{1,6}?(?:自治州|地区|市|州|盟))?(?<county>[^\s局厅委办部院心会所站队处室馆校团党政府人民]{1,6}?(?:自治县|自治旗|区|县|旗|市))?")]
    private static partial Regex LowerLevels();

    /// <summary>The region prefix of <paramref name="entity"/>, else of <paramref name="title"/>, or null.</summary>
    public static string? Derive(string? entity, string? title = null) => FromName(entity) ?? FromName(title);

    /// <summary>The province a region starts with (full name), or null.</summary>
    public static string? ProvinceOf(string? region)
    {
        if (string.IsNullOrEmpty(region)) return null;
        return Provinces.FirstOrDefault(p => region.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>The province of a template id ("xinjiang-9", "shaanxi-16", "shanghai-…"), or null.</summary>
    public static string? ProvinceOfTemplate(string? templateId)
    {
        if (string.IsNullOrEmpty(templateId)) return null;
        var t = templateId.ToUpperInvariant();
        if (t.StartsWith("XINJIANG", StringComparison.Ordinal)) return "新疆维吾尔自治区";
        if (t.StartsWith("SHAANXI", StringComparison.Ordinal)) return "陕西省";
        if (t.StartsWith("SHANGHAI", StringComparison.Ordinal)) return "上海市";
        if (t.StartsWith("BEIJING", StringComparison.Ordinal)) return "北京市";
        return null;
    }

    private static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var text = name.Trim();
        if (text.StartsWith("中共", StringComparison.Ordinal)) text = text[2..];
        var province = Provinces.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal))
            ?? ShortProvince(text);
        var rest = province is null ? text : text[ProvinceLength(text, province)..];
        var m = LowerLevels().Match(rest);
        var lower = m.Success ? m.Value : "";
        // The lower levels must leave a body name behind ("乌尔禾区医疗保障局": "医疗保障局" remains).
        if (lower.Length > 0 && lower.Length >= rest.Length - 1) lower = "";
        var region = (province ?? "") + lower;
        return region.Length == 0 ? null : region;
    }

    // "新疆…" / "广西…" printed without the full suffix: the short name counts as the province.
    private static string? ShortProvince(string text)
    {
        foreach (var p in Provinces)
        {
            var shortName = p.Length > 3 && p.EndsWith("自治区", StringComparison.Ordinal) ? p[..2] : p[..^1];
            if (shortName.Length >= 2 && text.StartsWith(shortName, StringComparison.Ordinal)
                && !text.StartsWith(shortName + "市", StringComparison.Ordinal) == (p[^1] != '市'))
            {
                return p;
            }
        }
        return null;
    }

    private static int ProvinceLength(string text, string province)
    {
        if (text.StartsWith(province, StringComparison.Ordinal)) return province.Length;
        var shortName = province.EndsWith("自治区", StringComparison.Ordinal) ? province[..2] : province[..^1];
        return shortName.Length;
    }
}
