using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;

namespace Gongkai.Core.Narrative;

/// <summary>
/// Finds the numeric statements (<see cref="Claim"/>) in the explanation text: sentences split on 。 and line
/// breaks, clauses on ，；, the subject named at the head of a clause and carried to the following clauses of
/// the same sentence. Pure and total: garbled text yields fewer claims, never an exception.
/// </summary>
public static partial class ClaimExtractor
{
    private const int MaxSectionChars = 200_000;

    private static readonly (string Subject, Regex Pattern)[] s_keywords =
    [
        (ClaimSubjects.ThreePublic, new Regex("三公", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Abroad, new Regex(@"因公出国(?:[（(]境[)）])?", RegexOptions.CultureInvariant)),
        (ClaimSubjects.VehiclePurchase, new Regex("公务用车购置", RegexOptions.CultureInvariant)),
        ("公务用车购置及运行费", new Regex("公务用车购置及运行(?:维护)?", RegexOptions.CultureInvariant)),
        (ClaimSubjects.VehicleOperation, new Regex("公务用车运行", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Reception, new Regex("公务接待", RegexOptions.CultureInvariant)),
        (ClaimSubjects.OfficeOperation, new Regex("机关运行经费", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Procurement, new Regex("政府采购", RegexOptions.CultureInvariant)),
        (ClaimSubjects.ProcurementGoods, new Regex("政府采购货物|货物(?:类)?(?:采购)?预算", RegexOptions.CultureInvariant)),
        (ClaimSubjects.ProcurementWorks, new Regex("政府采购工程|工程(?:类)?(?:采购)?预算", RegexOptions.CultureInvariant)),
        (ClaimSubjects.ProcurementServices, new Regex("政府采购服务|服务(?:类)?(?:采购)?预算", RegexOptions.CultureInvariant)),
        (ClaimSubjects.SmeContracts, new Regex("中小企业", RegexOptions.CultureInvariant)),
        (ClaimSubjects.MicroContracts, new Regex("小微企业", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Personnel, new Regex("人员经费", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Public, new Regex("公用经费", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Basic, new Regex("基本支出", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Project, new Regex("项目支出", RegexOptions.CultureInvariant)),
        (ClaimSubjects.GeneralBudget, new Regex("一般公共预算", RegexOptions.CultureInvariant)),
        (ClaimSubjects.GovFund, new Regex("政府性基金", RegexOptions.CultureInvariant)),
        (ClaimSubjects.StateCapital, new Regex("国有资本经营预算", RegexOptions.CultureInvariant)),
        (ClaimSubjects.UnitFunds, new Regex("单位资金", RegexOptions.CultureInvariant)),
        (ClaimSubjects.BusinessIncome, new Regex("事业收入", RegexOptions.CultureInvariant)),
        (ClaimSubjects.OperatingIncome, new Regex("(?:事业单位)?经营收入", RegexOptions.CultureInvariant)),
        (ClaimSubjects.SuperiorSubsidy, new Regex("上级补助收入", RegexOptions.CultureInvariant)),
        (ClaimSubjects.AffiliatedRemittance, new Regex("附属单位上缴收入", RegexOptions.CultureInvariant)),
        (ClaimSubjects.OtherIncome, new Regex("(?<!单位)其他收入", RegexOptions.CultureInvariant)),
        (ClaimSubjects.SpecialAccount, new Regex("财政专户(?:管理资金|核拨)?", RegexOptions.CultureInvariant)),
        (ClaimSubjects.FiscalCarryover, new Regex("财政拨款结转|上年结转", RegexOptions.CultureInvariant)),
        (ClaimSubjects.FiscalIncome, new Regex("财政拨款收入", RegexOptions.CultureInvariant)),
        // "…政府性基金拨款收入16,778.16万元，本部门财政拨款支出较上年减少…": the change is the 财政拨款 total's.
        ("财政拨款支出", new Regex("财政拨款支出", RegexOptions.CultureInvariant)),
        (ClaimSubjects.IncomeTotal, new Regex("收入预算|本年收入|预算收入|收入总计|收入合计", RegexOptions.CultureInvariant)),
        (ClaimSubjects.ExpenditureTotal, new Regex("支出预算|本年支出|支出合计|支出总计", RegexOptions.CultureInvariant)),
        (ClaimSubjects.IncomeExpenditureTotal, new Regex("收支预算总计|收支总预算|收支总计", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Establishment, new Regex("编制数|人员编制", RegexOptions.CultureInvariant)),
        (ClaimSubjects.ActualStaff, new Regex("实有人数|实有人员", RegexOptions.CultureInvariant)),
        (ClaimSubjects.InService, new Regex("在职人员|在职", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Retired, new Regex("退休人员|退休", RegexOptions.CultureInvariant)),
        (ClaimSubjects.Veteran, new Regex("离休人员|离休", RegexOptions.CultureInvariant)),
        ("离退休人数", new Regex("离退休人员|离退休", RegexOptions.CultureInvariant)),
        // Spending items named after their fund source ("一般公共预算安排委托业务费233.3万元"): the item is the subject.
        ("委托业务费", new Regex("委托业务费", RegexOptions.CultureInvariant)),
        ("会议费", new Regex("会议费", RegexOptions.CultureInvariant)),
        ("培训费", new Regex("培训费", RegexOptions.CultureInvariant)),
    ];

    private static readonly HashSet<string> s_staffing =
    [
        ClaimSubjects.Establishment, ClaimSubjects.ActualStaff, ClaimSubjects.InService, ClaimSubjects.Retired,
        ClaimSubjects.Veteran, "离退休人数",
    ];

    /// <summary>Extracts the claims of every section of <paramref name="document"/>, in reading order.</summary>
    public static IReadOnlyList<Claim> Extract(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var claims = new List<Claim>();
        var path = new List<(int Level, string Heading)>();
        foreach (var section in document.Sections)
        {
            while (path.Count > 0 && path[^1].Level >= section.Level) path.RemoveAt(path.Count - 1);
            path.Add((section.Level, section.Heading));
            var heading = string.Join(" / ", path.Select(p => p.Heading));
            claims.AddRange(ExtractText(section.Text ?? "", heading, section.Line));
        }
        return claims;
    }

    /// <summary>Extracts the claims of one piece of explanation text (a section body).</summary>
    public static IReadOnlyList<Claim> ExtractText(string text, string section, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(section);
        if (text.Length > MaxSectionChars) text = text[..MaxSectionChars];
        var normal = Normalise(text);
        var claims = new List<Claim>();
        var sentenceIndex = 0;
        var start = 0;
        for (var i = 0; i <= normal.Length; i++)
        {
            // A line break ends the sentence only after sentence punctuation; otherwise it is a (mis-detected)
            // paragraph break inside a sentence and only ends a clause.
            if (i < normal.Length && normal[i] != '。' && !(normal[i] == '\n' && EndsSentence(normal, start, i))) continue;
            if (i > start)
            {
                ExtractSentence(text, normal, start, i, section, line, sentenceIndex, claims);
                sentenceIndex++;
            }
            start = i + 1;
        }
        return claims;
    }

    /// <summary>Full-width digits, point, percent and minus to ASCII, one char for one char (offsets stay valid).</summary>
    private static string Normalise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '０' and <= '９') chars[i] = (char)('0' + (c - '０'));
            else if (c == '．') chars[i] = '.';
            else if (c == '％') chars[i] = '%';
            else if (c is '－' or '—' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1])) chars[i] = '-';
            else if (c == '\r') chars[i] = '\n';
        }
        for (var i = 1; i + 3 < chars.Length; i++)
        {
            // "１，２６５．６７": a full-width comma between digit groups is a thousands separator.
            if (chars[i] == '，' && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1])
                && char.IsAsciiDigit(chars[i + 2]) && char.IsAsciiDigit(chars[i + 3])
                && (i + 4 >= chars.Length || !char.IsAsciiDigit(chars[i + 4])))
            {
                chars[i] = ',';
            }
        }
        return new string(chars);
    }

    private sealed class Builder
    {
        public required string Subject;
        public string? Code;
        public int Start;
        public int SentenceStart;
        public int End;
        public bool HasFigures;
        public decimal? Amount; public int AmountDecimals; public AmountUnit? Unit;
        public decimal? Share; public int ShareDecimals;
        public decimal? Change; public int ChangeDecimals; public string? Direction;
        public decimal? Rate; public int RateDecimals; public string? RateDirection;
        public decimal? Budget; public int BudgetDecimals;
        public decimal? Final; public int FinalDecimals;
        public decimal? Completion;
        public decimal? Variance; public int VarianceDecimals;
        public decimal? Count;
        public bool SecondChange;
        public List<string> Defects = [];
    }

    private static void ExtractSentence(string text, string normal, int from, int to, string section, int? line,
        int sentence, List<Claim> claims)
    {
        Builder? current = null;
        var clauseStart = from;
        var inReason = false;
        for (var i = from; i <= to; i++)
        {
            if (i < to && normal[i] is not ('，' or '；' or ';' or '\n') && !(normal[i] == ',' && !IsThousands(normal, i))
                && !(normal[i] == '、' && AfterFigure(normal, clauseStart, i))) continue;
            // "增加⏎0.06 万元", "减幅⏎55.76%": a line wrapped before a figure does not end the clause.
            if (i < to && normal[i] == '\n' && WrapsBeforeFigure(normal, i, to)) continue;
            if (i > clauseStart)
            {
                // A reason (主要原因是…) runs to the next ；: its figures are not the subject's.
                if (ReasonRegex().IsMatch(normal[clauseStart..i])) inReason = true;
                if (!inReason)
                {
                    current = Clause(text, normal, from, clauseStart, i, current, section, line, sentence, claims);
                }
            }
            if (i < to && normal[i] is '；' or ';') inReason = false;
            clauseStart = i + 1;
        }
        Emit(current, text, section, line, sentence, claims);
    }

    private static bool WrapsBeforeFigure(string s, int i, int to)
    {
        var j = i + 1;
        while (j < to && s[j] is ' ' or '\t' or '\u3000') j++;
        if (j >= to || !char.IsAsciiDigit(s[j])) return false;
        var k = i - 1;
        while (k >= 0 && s[k] is ' ' or '\t' or '\u3000') k--;
        return k >= 0 && !char.IsAsciiDigit(s[k]) && s[k] is not ('，' or '；' or ';' or '、' or '：' or ':' or '。' or '%' or '元');
    }

    private static bool EndsSentence(string s, int start, int i)
    {
        var t = s[start..i].TrimEnd();
        return t.Length == 0 || t[^1] is '。' or '！' or '？' or '：' or ':' or '；' or ';' or '!' or '?';
    }

    /// <summary>True when the text before <paramref name="i"/> ends with a figure's unit ("…万元、").</summary>
    private static bool AfterFigure(string s, int start, int i)
    {
        var t = s[start..i].TrimEnd();
        return t.EndsWith("万元", StringComparison.Ordinal) || t.EndsWith('元') || t.EndsWith('%') || t.EndsWith('人');
    }

    private static bool IsThousands(string s, int i) =>
        i > 0 && char.IsAsciiDigit(s[i - 1]) && i + 3 < s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
        && char.IsAsciiDigit(s[i + 3]) && (i + 4 >= s.Length || !char.IsAsciiDigit(s[i + 4]));

    private static Builder? Clause(string text, string normal, int sentenceStart, int from, int to, Builder? current, string section,
        int? line, int sentence, List<Claim> claims)
    {
        var clause = normal[from..to];
        var figures = FigureRegex().Matches(clause);
        var firstFigure = clause.Length;
        foreach (Match f in figures)
        {
            if (f.Groups["suf"].Success && f.Groups["suf"].Value is "万元" or "元" or "%" or "人" or "名")
            {
                firstFigure = f.Index;
                break;
            }
        }
        var regionEnd = firstFigure;
        foreach (var stop in new[] { "占", "比上年", "较上年", "与上年", "同比" })
        {
            var k = clause.IndexOf(stop, StringComparison.Ordinal);
            if (k >= 0 && k < regionEnd) regionEnd = k;
        }
        var region = clause[..regionEnd];
        var (subject, code) = FindSubject(region);
        var hasFigures = firstFigure < clause.Length
            || (subject is not null && s_staffing.Contains(subject) && figures.Any(f => !f.Groups["suf"].Success))
            || NoChangeRegex().IsMatch(clause);

        if (!hasFigures)
        {
            // "…；医疗卫生健康支出⏎ 288.66 万元": a subject alone in its clause names the figures of the next one.
            if (subject is null || (current is not null && !current.HasFigures && current.Subject == subject)) return current;
            Emit(current, text, section, line, sentence, claims);
            return new Builder { Subject = subject, Code = code, Start = from, End = to, SentenceStart = sentenceStart };
        }
        if (subject is not null && (current is null || current.HasFigures || current.Subject != subject))
        {
            Emit(current, text, section, line, sentence, claims);
            current = new Builder { Subject = subject, Code = code, Start = from, End = to, SentenceStart = sentenceStart };
        }
        if (current is null) return null;
        current.End = to;
        var previousEnd = 0;
        foreach (Match f in figures)
        {
            var context = clause[previousEnd..f.Index];
            previousEnd = f.Index + f.Length;
            Apply(current, f, context, clause);
        }
        if (NoChangeRegex().IsMatch(clause) && current.Change is null)
        {
            current.Change = 0m;
            current.Direction = "持平";
            current.HasFigures = true;
        }
        return current;
    }

    private static void Apply(Builder b, Match f, string context, string clause)
    {
        var raw = f.Groups["num"].Value;
        var suffix = f.Groups["suf"].Success ? f.Groups["suf"].Value : "";
        if (!TryParseNumber(raw, out var value, out var decimals, out var defect)) return;
        if (defect is not null) b.Defects.Add($"“{f.Value.Trim()}”{defect}");
        var (sign, word) = DirectionOf(context);
        switch (suffix)
        {
            case "%":
                b.HasFigures = true;
                if (context.Contains("差异率", StringComparison.Ordinal))
                {
                    b.Variance = value; b.VarianceDecimals = decimals;
                }
                else if (context.Contains("完成", StringComparison.Ordinal))
                {
                    b.Completion = value;
                }
                else if (context.Contains('占'))
                {
                    b.Share ??= value; b.ShareDecimals = b.Share == value ? decimals : b.ShareDecimals;
                }
                else if (sign != 0 && b.Rate is null && !b.SecondChange)
                {
                    b.Rate = sign * value; b.RateDecimals = decimals; b.RateDirection = word;
                }
                break;
            case "万元":
            case "元":
                b.HasFigures = true;
                var unit = suffix == "万元" ? AmountUnit.WanYuan : AmountUnit.Yuan;
                if (context.Contains("差异", StringComparison.Ordinal)) break;
                if (sign != 0 && b.Change is null)
                {
                    b.Change = sign * value; b.ChangeDecimals = decimals; b.Direction = word; b.Unit ??= unit;
                }
                else if (sign != 0)
                {
                    // "减少20,766.6万元…，扣除中央基建后…增加2,775.6万元，增幅20.26%": a rate after a second change is that change's.
                    b.SecondChange = true;
                    break;
                }
                else if (context.Contains("决算数", StringComparison.Ordinal))
                {
                    b.Final = value; b.FinalDecimals = decimals; b.Unit ??= unit;
                    if (b.Amount is null) { b.Amount = value; b.AmountDecimals = decimals; }
                }
                else if (YearBudgetRegex().IsMatch(context))
                {
                    b.Budget = value; b.BudgetDecimals = decimals; b.Unit ??= unit;
                }
                else if (b.Amount is null)
                {
                    b.Amount = value; b.AmountDecimals = decimals; b.Unit ??= unit;
                }
                break;
            case "人":
            case "名":
                b.HasFigures = true;
                if (sign != 0)
                {
                    b.Change ??= sign * value;
                    b.Direction ??= word;
                }
                else
                {
                    b.Count ??= value;
                }
                break;
            case "":
                if (s_staffing.Contains(b.Subject) && b.Count is null && decimals == 0)
                {
                    b.HasFigures = true;
                    b.Count = value;
                }
                break;
        }
    }

    private static (int Sign, string? Word) DirectionOf(string context)
    {
        var m = DirectionRegex().Matches(context);
        if (m.Count == 0) return (0, null);
        var w = m[^1].Value;
        return (w is "减少" or "下降" or "降低" or "减" or "下降了" or "减少了" ? -1 : 1, w);
    }

    private static bool TryParseNumber(string raw, out decimal value, out int decimals, out string? defect)
    {
        defect = null;
        var s = raw.Replace(",", "", StringComparison.Ordinal);
        s = string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        if (s.EndsWith('.'))
        {
            defect = "小数点后缺少数字";
            s = s[..^1];
        }
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        decimals = dot < 0 ? 0 : s.Length - dot - 1;
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static (string? Subject, string? Code) FindSubject(string region)
    {
        // 类/款/项 by code: "社会保障和就业支出（208）…（05）…（05）", "行政运行(2101501)", "(208 类)".
        var codes = CodeRegex().Matches(region);
        if (codes.Count > 0)
        {
            var code = "";
            var name = "";
            var last = 0;
            foreach (Match m in codes)
            {
                var part = m.Groups["code"].Value;
                var before = CleanName(region[last..m.Index]);
                last = m.Index + m.Length;
                if (code.Length == 0 || part.Length > 2) code = part;
                else code += part;
                if (before.Length > 0) name = before;
            }
            if (code.Length is 3 or 5 or 7) return (name.Length > 0 ? name : code, code);
        }
        var levels = LevelRegex().Matches(region);
        if (levels.Count > 0)
        {
            var previousEnd = levels.Count > 1 ? levels[^2].Index + levels[^2].Length : 0;
            var name = CleanName(region[previousEnd..levels[^1].Index]);
            if (name.Length > 0) return (name, levels.Count == 1 ? Recognition.FunctionClassNames.CodeOf(name) : null);
        }
        if (region.Contains("小微企业", StringComparison.Ordinal)) return (ClaimSubjects.MicroContracts, null);
        if (region.Contains("中小企业", StringComparison.Ordinal)) return (ClaimSubjects.SmeContracts, null);
        string? best = null;
        var bestEnd = -1;
        var bestLength = 0;
        foreach (var (subject, pattern) in s_keywords)
        {
            foreach (Match m in pattern.Matches(region))
            {
                var end = m.Index + m.Length;
                // "基本支出预算11161.56万元": 支出预算 shares its 支出 with 基本支出 — the 基本支出 budget, not the total.
                if (subject == ClaimSubjects.ExpenditureTotal && best is ClaimSubjects.Basic or ClaimSubjects.Project && m.Index < bestEnd) continue;
                if (end > bestEnd || (end == bestEnd && m.Length > bestLength))
                {
                    best = subject; bestEnd = end; bestLength = m.Length;
                }
            }
        }
        foreach (var name in Recognition.FunctionClassNames.Names)
        {
            var k = region.LastIndexOf(name, StringComparison.Ordinal);
            if (k >= 0 && k + name.Length > bestEnd)
            {
                best = name; bestEnd = k + name.Length; bestLength = name.Length;
            }
        }
        if (best is not null && Recognition.FunctionClassNames.CodeOf(best) is { } classCode
            && PathAfterClassRegex().Match(region, bestEnd) is { Success: true } path)
        {
            // "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目…": the figure is the 项's, named last in the path.
            var last = CleanName(path.Groups["path"].Value.Split(['-', '—', '－']).Last(p => CleanName(p).Length > 0));
            return (last.Length > 0 ? last : best, null);
        }
        return (best, best is null ? null : Recognition.FunctionClassNames.CodeOf(best));
    }

    private static string CleanName(string s)
    {
        var t = LeadingNoiseRegex().Replace(s, "");
        t = t.Trim(' ', '-', '—', '－', '、', ':', '：', '“', '”', '"');
        return t;
    }

    private static void Emit(Builder? b, string text, string section, int? line, int sentence, List<Claim> claims)
    {
        if (b is null || !b.HasFigures) return;
        var quote = text[b.Start..b.End].Trim();
        var scopeMatches = ScopeRegex().Matches(text[b.SentenceStart..b.End]);
        string? scope = scopeMatches.Count == 0 ? null : scopeMatches[^1].Value switch
        {
            "一般公共预算" => ClaimSubjects.GeneralBudget,
            "政府性基金" => ClaimSubjects.GovFund,
            _ => "财政拨款",
        };
        claims.Add(new Claim
        {
            Section = section,
            Quote = quote,
            Line = line,
            Sentence = sentence,
            Subject = b.Subject,
            SubjectCode = b.Code,
            Scope = scope,
            Amount = b.Amount, AmountDecimals = b.AmountDecimals, Unit = b.Unit,
            SharePercent = b.Share, SharePercentDecimals = b.ShareDecimals,
            Change = b.Change, ChangeDecimals = b.ChangeDecimals, Direction = b.Direction,
            ChangePercent = b.Rate, ChangePercentDecimals = b.RateDecimals, RateDirection = b.RateDirection,
            Budget = b.Budget, BudgetDecimals = b.BudgetDecimals,
            Final = b.Final, FinalDecimals = b.FinalDecimals,
            CompletionPercent = b.Completion,
            VarianceRatePercent = b.Variance, VarianceRateDecimals = b.VarianceDecimals,
            Count = b.Count,
            Defects = b.Defects,
        });
    }

    /// <summary>A printed number and what follows it.</summary>
    [GeneratedRegex(@"(?<num>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\s*\d+|\.(?=\s*(?:万元|元|%)))?)\s*(?<suf>万元|元|%|人|名|年|月|日|家|个|项|辆|次)?", RegexOptions.CultureInvariant)]
    private static partial Regex FigureRegex();

    [GeneratedRegex(@"增加了?|减少了?|增长|下降了?|上升|降低|(?<![增减])增(?![长加])|(?<![增减])减(?![少])", RegexOptions.CultureInvariant)]
    private static partial Regex DirectionRegex();

    [GeneratedRegex(@"^\s*(?:其中[:：]?\s*)?(?:主要原因|原因是|原因为|主要用于|主要包括)", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonRegex();

    [GeneratedRegex(@"一般公共预算|政府性基金|财政拨款", RegexOptions.CultureInvariant)]
    private static partial Regex ScopeRegex();

    [GeneratedRegex(@"持平|无增减|没有变化|无变化|未发生变化", RegexOptions.CultureInvariant)]
    private static partial Regex NoChangeRegex();

    [GeneratedRegex(@"年初预算|全年预算|调整预算", RegexOptions.CultureInvariant)]
    private static partial Regex YearBudgetRegex();

    [GeneratedRegex(@"[（(]\s*(?<code>\d{2,7})\s*(?:类|款|项)?\s*[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"[（(](?:类|款|项)[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex LevelRegex();

    [GeneratedRegex(@"\G\s*[-—－]\s*(?<path>[^”""，。；]+?)\s*[”""]?\s*(科目|项目|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathAfterClassRegex();

    [GeneratedRegex(@"^[\s\-—－*•·\d.、．（）()]+|^其中[:：]?|\d{4}\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNoiseRegex();
}
