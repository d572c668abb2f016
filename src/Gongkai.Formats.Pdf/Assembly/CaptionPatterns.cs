using System.Text.RegularExpressions;

namespace Gongkai.Formats.Pdf.Assembly;

/// <summary>Patterns of the text printed around a table: number, unit, preamble, notes.</summary>
internal static partial class CaptionPatterns
{
    /// <summary>表一, 表 1, 表1-2, 附表1, 预算01表, 决算02表, 部门公开表1, 公开03表.</summary>
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:(?:部门|单位)?(?:公开|附)?表\s*[0-9０-９一二三四五六七八九十]+(?:\s*[-－—]\s*[0-9０-９]+)?(?![0-9０-９])|(?:预算|决算|公开|部门预算|部门决算)\s*[0-9０-９]+(?:\s*[-－—]\s*[0-9０-９]+)?\s*表)")]
    public static partial Regex PrintedNumber();

    /// <summary>「单位：万元」「金额单位：元」, not 编制单位/预算单位/填报单位.</summary>
    [GeneratedRegex(@"(?<!编制|预算|填报|报送|部门|主管|公开|使用|实施)单位\s*[:：]?\s*(?<unit>万元|元|千元|亿元)")]
    public static partial Regex Unit();

    /// <summary>A note line printed under a table, also in brackets: “（注：…没有…支出。）” (central).</summary>
    [GeneratedRegex(@"^\s*[（(]?\s*(?:注|备注|说明|填表说明|附注)\s*[0-9０-９]?\s*[:：.、]|空表|^\s*[（(]?注[:：]?")]
    public static partial Regex Note();

    /// <summary>Preamble lines: 编制单位：…, 预算年度：…, 部门：….</summary>
    [GeneratedRegex(@"^\s*(?:编制单位|预算单位|填报单位|部门名称|单位名称|部门|单位|预算年度|年度|报送日期)\s*[:：]")]
    public static partial Regex Preamble();

    /// <summary>A page number line (- 3 -, 第 3 页, 3/20).</summary>
    [GeneratedRegex(@"^\s*(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,3})\s*$")]
    public static partial Regex PageNumber();

    /// <summary>A section heading that may stand above a table title (第二部分, 一、, （一）).</summary>
    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")]
    public static partial Regex SectionHeading();

    /// <summary>Empty brackets left after the unit was cut out of a caption.</summary>
    [GeneratedRegex(@"[（(]\s*[）)]")]
    public static partial Regex EmptyBrackets();

    /// <summary>A plain amount (1,234.56, -12, 0.00).</summary>
    [GeneratedRegex(@"^\s*[-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\s*%?\s*$")]
    public static partial Regex Amount();
}
