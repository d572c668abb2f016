using System.Text.RegularExpressions;

namespace Gongkai.Core.Import;

/// <summary>
/// How the lines around a table are told apart, shared by every reader that builds <see cref="RawTable"/>s from
/// lines (text, DOCX/XLSX, HTML): a printed table number (表一 / 表1), a title ending in 表, a preamble line
/// (编制单位, 预算年度, 单位：万元 …) and a note (备注, 注：, 空表 sentences). Inputs are whitespace-free text.
/// </summary>
public static partial class CaptionText
{
    [GeneratedRegex(@"^表\s*([一二三四五六七八九十]+|\d+)\s*[：:]?$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"表\s*([（(][^（()）]*[）)])?$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"^(编制单位|编制部门|填报部门|填报单位|预算单位编码及名称|预算年度|金额单位|单位[：:]|部门名称[：:]|保密审查|部门主要负责人)")]
    private static partial Regex PreambleStart();

    [GeneratedRegex(@"^([（(]\s*\d{4}\s*年?度?\s*[）)]|\d{4}|[（(][一二三四五六七八九十]+[）)])$")]
    private static partial Regex PreambleWhole();

    [GeneratedRegex(@"^(备注|注\s*[：:]|注\s*\d|说明\s*[：:])")]
    private static partial Regex NoteStart();

    /// <summary>"表一：", "表 1" alone on its line.</summary>
    public static bool IsTableNumber(string compact) => NumberLine().IsMatch(compact);

    /// <summary>The match of a printed table number line (group 1: the number), for readers that keep it.</summary>
    public static Match MatchTableNumber(string compact) => NumberLine().Match(compact);

    /// <summary>Ends like a table title: "…表", "…表（按经济分类）".</summary>
    public static bool EndsAsTitle(string compact) => TitleEnd().IsMatch(compact);

    /// <summary>A header line above the columns: 编制单位, 预算年度, 单位：万元, a lone year …</summary>
    public static bool IsPreamble(string compact) => PreambleStart().IsMatch(compact) || PreambleWhole().IsMatch(compact);

    /// <summary>A note under a table: 备注, 注：, or a sentence about an empty table (空表).</summary>
    public static bool IsNote(string compact) =>
        NoteStart().IsMatch(compact) || (compact.Contains("空表", StringComparison.Ordinal) && compact.Length > 8);

    /// <summary>A performance table's title (绩效目标表, 自评表): such tables have no amount header rows.</summary>
    public static bool IsPerformanceTitle(string? title) =>
        title is not null && (title.Contains("绩效", StringComparison.Ordinal) || title.Contains("自评", StringComparison.Ordinal));
}
