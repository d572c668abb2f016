using Gongkai.Core.Documents;

namespace Gongkai.Compose.Composing;

/// <summary>Collects the explanation chapters in order (第一部分 = level 1, 一、 = 2, （一） = 3).</summary>
internal sealed class SectionWriter
{
    private static readonly string[] s_chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];
    private readonly List<NarrativeSection> _sections = [];
    private int _part;
    private int _chapter;
    private int _sub;

    public IReadOnlyList<NarrativeSection> Sections => _sections;

    public static string Chinese(int n) => n >= 1 && n <= s_chinese.Length ? s_chinese[n - 1] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Part(string title, string text = "")
    {
        _part++;
        _chapter = 0;
        _sections.Add(new NarrativeSection { Heading = "第" + Chinese(_part) + "部分 " + title, Level = 1, Text = text });
    }

    public void Chapter(string title, params string[] paragraphs)
    {
        _chapter++;
        _sub = 0;
        _sections.Add(new NarrativeSection { Heading = Chinese(_chapter) + "、" + title, Level = 2, Text = string.Join("\n", paragraphs.Where(p => p.Length > 0)) });
    }

    public void Sub(string title, params string[] paragraphs)
    {
        _sub++;
        _sections.Add(new NarrativeSection { Heading = "（" + Chinese(_sub) + "）" + title, Level = 3, Text = string.Join("\n", paragraphs.Where(p => p.Length > 0)) });
    }
}
