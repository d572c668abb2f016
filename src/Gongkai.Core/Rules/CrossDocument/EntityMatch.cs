using System.Text;
using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>
/// Tells whether two disclosures are of the same entity: by 单位编码 when both print one, else by the normalised name
/// (whitespace, brackets and “本级” dropped, 医保局 read as 医疗保障局), one name ending with the other
/// (“克拉玛依市乌尔禾区医疗保障局” and “乌尔禾区医疗保障局”).
/// </summary>
public static class EntityMatch
{
    private const int MinNameLength = 4;

    private static readonly (string From, string To)[] s_aliases =
    [
        ("医保局", "医疗保障局"), ("人社局", "人力资源和社会保障局"), ("发改委", "发展和改革委员会"),
    ];

    /// <summary>The normalised entity name, or null when the document names none.</summary>
    public static string? Key(DocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return Normalise(info.Entity);
    }

    /// <summary>Normalised name: letters and digits only, “本级”/“（部门）” dropped, common abbreviations expanded.</summary>
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var b = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c)) b.Append(c);
        }
        var s = b.ToString().Replace("本级", "", StringComparison.Ordinal);
        foreach (var (from, to) in s_aliases) s = s.Replace(from, to, StringComparison.Ordinal);
        return s.Length == 0 ? null : s;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are disclosures of the same entity.</summary>
    public static bool SameEntity(DocumentInfo a, DocumentInfo b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.IsNullOrWhiteSpace(a.EntityCode) && !string.IsNullOrWhiteSpace(b.EntityCode))
        {
            return string.Equals(a.EntityCode.Trim(), b.EntityCode.Trim(), StringComparison.Ordinal);
        }
        var x = Key(a);
        var y = Key(b);
        if (x is null || y is null) return false;
        if (x == y) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= MinNameLength && longer.EndsWith(shorter, StringComparison.Ordinal);
    }
}
