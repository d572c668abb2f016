using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Import;
using Gongkai.Core.Money;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using static Gongkai.Core.Recognition.RecognitionText;

namespace Gongkai.Core.Recognition;

/// <summary>
/// The recogniser for every format: document info (title, entity, code, level, year, kind), the template (by the tables'
/// titles and the template markers), each table by its title (never its position) read with the template's definition,
/// the Shaanxi 目录 (是否空表 / 公开空表理由), and the explanation text as sections.
/// <para>Tables the 目录 marks 空表 that the body does not print are still represented: a table with that id,
/// <c>IsEmpty = true</c>, no rows, and <c>EmptyNote</c> = the 公开空表理由 (an info diagnostic says so).</para>
/// </summary>
public sealed partial class DefaultDocumentRecognizer : IDocumentRecognizer
{
    private readonly TemplateRegistry _templates;
    private readonly Func<PlacementProblem, PlacementResult> _solve;

    /// <summary>Uses the built-in templates and <see cref="ColumnPlacementSolver"/>.</summary>
    public DefaultDocumentRecognizer()
        : this(TemplateRegistry.Default)
    {
    }

    /// <param name="templates">Template data.</param>
    /// <param name="placementSolver">Places the numbers of layout-lost rows into columns; null = <see cref="ColumnPlacementSolver"/>.</param>
    public DefaultDocumentRecognizer(TemplateRegistry templates, Func<PlacementProblem, PlacementResult>? placementSolver = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates;
        _solve = placementSolver ?? new ColumnPlacementSolver().Solve;
    }

    [GeneratedRegex(@"(?<year>20\d{2})\s*年度?")]
    private static partial Regex Year();

    [GeneratedRegex(@"预算单位编码及名称[：:]?\s*[（(](?<code>\d+)[）)]\s*(?<name>\S*)")]
    private static partial Regex EntityCode();

    [GeneratedRegex(@"(部门|单位)(综合)?(预算|决算)")]
    private static partial Regex LevelWords();

    [GeneratedRegex(@"^(?<pre>.*?)(?<year>20\d{2})\s*年度?\s*(?<mid>.*?)(部门|单位)?(综合)?(预算|决算)")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^20\d{2}年度?")]
    private static partial Regex CoverYear();

    [GeneratedRegex(@"^(部门|单位)(综合)?(预算|决算)(公开)?$")]
    private static partial Regex CoverKind();

    [GeneratedRegex(@"(局|委员会|委|办公室|办|院|中心|厅|部|会|馆|所|站|队|处|社|署|政府|街道办事处)(（本级）)?$")]
    private static partial Regex EntitySuffix();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分\s*")]
    private static partial Regex PartPrefix();

    public DisclosureDocument Recognize(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var diagnostics = new List<ImportDiagnostic>(raw.Diagnostics);
        var paragraphs = raw.Blocks.OfType<RawParagraph>().ToList();
        var rawTables = JoinContinuations(MarkUntitledContinuations(TitleFromLeadIn(raw.Blocks)), raw.Source, diagnostics);
        var allText = string.Join("\n", raw.Blocks.Select(b => b switch
        {
            RawParagraph p => p.Text,
            RawTable t => string.Join("\n", new[] { t.Title ?? "" }.Concat(t.Preamble).Concat(t.Notes)),
            _ => "",
        }));

        var info = ReadInfo(paragraphs, rawTables, allText);
        var template = ChooseTemplate(info.Kind ?? DocumentKind.Budget, rawTables, allText);
        info = info with { TemplateId = template?.Id };
        var defaultUnit = rawTables.Select(t => t.UnitText).FirstOrDefault(u => u is not null) is { } unitText
            && AmountUnitExtensions.TryParse(unitText, out var unit) ? unit : AmountUnit.WanYuan;

        var tables = new List<DisclosureTable>();
        var contents = new List<TableOfContentsEntry>();
        var subUnits = new List<string>();
        var noGeneralBudgetProjects = rawTables.Any(rt => FindDefinition(rt.Title, template)?.Id == TableId.B10 && rt.Rows.Count == 0);
        foreach (var rt in rawTables)
        {
            if (IsContents(rt))
            {
                contents.AddRange(ReadContents(rt));
                continue;
            }
            if (IsUnitList(rt))
            {
                subUnits.AddRange(rt.Rows.Select(r => r.Cells.Count > 1 ? Compact(r.Cells[1]) : "").Where(s => s.Length > 0));
                continue;
            }
            var def = FindDefinition(rt.Title, template);
            var table = new TableReader(rt, def, _solve, diagnostics, defaultUnit, DocumentPriors(def, tables, noGeneralBudgetProjects)).Read();
            if (def is null)
            {
                diagnostics.Add(new ImportDiagnostic("IMPORT-UNKNOWN-TABLE", Severity.Warning,
                    $"文件“{Path.GetFileName(raw.Source)}”第 {rt.Line?.ToString(CultureInfo.InvariantCulture) ?? "?"} 行的表格“{rt.Title ?? rt.PrintedNumber ?? "（无标题）"}”不是已知的公开表，已原样保留，未作核对。")
                { Line = rt.Line, Page = rt.Page });
            }
            tables.Add(table);
        }
        AddEmptyTablesFromContents(contents, tables, template, diagnostics);
        if (subUnits.Count > 0) info = info with { SubUnits = subUnits };
        info = WithSeparateTables(info, paragraphs, template, raw.Source, diagnostics, rawTables.Count == 0);

        return new DisclosureDocument
        {
            Source = raw.Source,
            Format = raw.Format,
            Info = info,
            Tables = tables,
            Sections = NarrativeBuilder.Build(paragraphs),
            Contents = contents,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// 续表: a table block that continues the previous page's table (<see cref="RawTable.ContinuesPrevious"/>) is attached
    /// to it: its data rows are appended (each keeps its own page), its repeated header rows are dropped, its notes kept.
    /// A continuation with nothing before it stays a table of its own.
    /// </summary>
    private static List<RawTable> JoinContinuations(IEnumerable<RawTable> blocks, string source, List<ImportDiagnostic> diagnostics)
    {
        var result = new List<RawTable>();
        var panelWidth = 0;
        List<RawRow> left = [], right = [];
        foreach (var block in blocks)
        {
            if (!block.ContinuesPrevious || result.Count == 0)
            {
                var unfolded = UnfoldSidePanels(block, out panelWidth);
                if (panelWidth > 0) (left, right) = Split(block.Rows, panelWidth);
                result.Add(unfolded);
                continue;
            }
            var previous = result[^1];
            IReadOnlyList<RawRow> rows;
            if (panelWidth > 0)
            {
                // Two panels over several pages: every left half first, then every right half.
                var (l, r) = Split(block.Rows, panelWidth);
                left.AddRange(l);
                right.AddRange(r);
                rows = left.Concat(right).ToList();
            }
            else
            {
                rows = previous.Rows.Concat(block.Rows).ToList();
            }
            var pageText = block.Page?.ToString(CultureInfo.InvariantCulture) ?? "?";
            result[^1] = previous with
            {
                Rows = rows.Select(r => r.Page is null ? r with { Page = block.Page } : r).ToList(),
                Notes = previous.Notes.Concat(block.Notes).ToList(),
            };
            diagnostics.Add(new ImportDiagnostic("IMPORT-TABLE-CONTINUED", Severity.Info,
                $"文件“{Path.GetFileName(source)}”第 {pageText} 页为续表“{previous.PrintedNumber} {previous.Title}”（重复了表头），已与前页合并为一张表。")
            { Page = block.Page, Line = block.Line });
        }
        return result;
    }

    /// <summary>
    /// A table without title or number that opens the page right after a table that ran to the end of the previous page
    /// (nothing but stray fragments of at most two characters between them) continues that table, even when the reader
    /// did not see a repeated header (a 绩效目标表 whose rows go on over the page break).
    /// </summary>
    private static IEnumerable<RawTable> MarkUntitledContinuations(IReadOnlyList<RawBlock> blocks)
    {
        RawTable? previous = null;
        var between = false;
        var overflow = false;
        foreach (var block in blocks)
        {
            if (block is RawParagraph p)
            {
                var lastRowPage = previous?.Rows.Select(r => r.Page).LastOrDefault(pg => pg is not null) ?? previous?.Page;
                if (IsCellOverflow(p, lastRowPage)) overflow = true;
                else if (Compact(p.Text).Length > 2) between = true;
                continue;
            }
            if (block is not RawTable t) continue;
            var lastPage = previous?.Rows.Select(r => r.Page).LastOrDefault(pg => pg is not null) ?? previous?.Page;
            if (!t.ContinuesPrevious && previous is not null && !between && t.Title is null && t.PrintedNumber is null
                && t.Page is { } page && lastPage is { } last && page == last + 1 && t.Rows.Count > 0
                && (!overflow || SameRowShape(previous, t)))
            {
                // No header repeated: what the reader took for header rows are rows of the table.
                t = t with { ContinuesPrevious = true, Rows = t.HeaderRows.Concat(t.Rows).ToList(), HeaderRows = [] };
            }
            yield return t;
            previous = t;
            between = false;
            overflow = false;
        }
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])")]
    private static partial Regex HeadingNumber();

    /// <summary>
    /// A table printed with no title of its own inside the explanation, right under the heading that names it
    /// (Guangzhou: “七、重点项目预算绩效目标情况” / “2026年，本部门重点项目绩效目标情况如下：” / the table): the heading, without its
    /// number, is the table's title when it names a known table. Other untitled tables are left as they are.
    /// </summary>
    private IReadOnlyList<RawBlock> TitleFromLeadIn(IReadOnlyList<RawBlock> blocks)
    {
        var result = blocks.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is not RawTable { Title: null, PrintedNumber: null, ContinuesPrevious: false } table) continue;
            for (var k = i - 1; k >= 0 && k >= i - 3 && result[k] is RawParagraph p; k--)
            {
                var text = Compact(p.Text);
                if (text.Length is < 4 or > 40 || !HeadingNumber().IsMatch(text)) continue;
                var title = HeadingNumber().Replace(text, "");
                if (FindDefinition(title, null) is null) continue;
                result[i] = table with { Title = title };
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// A few characters printed under a table on its last page, with no digit and no sentence mark (“管效能”): the end of a
    /// cell's text that ran below the table's last rule, not text between two tables.
    /// </summary>
    private static bool IsCellOverflow(RawParagraph paragraph, int? tablePage)
    {
        var text = Compact(paragraph.Text);
        return tablePage is not null && paragraph.Page == tablePage && text.Length is > 0 and <= 8
            && !text.Any(char.IsDigit) && text.IndexOfAny(['。', '：', ':', '；', '注']) < 0;
    }

    /// <summary>
    /// The untitled table's first rows fill as many cells as the previous table's last rows (blank cells of a spanning
    /// layout not counted): the same columns, so the same table going on.
    /// </summary>
    private static bool SameRowShape(RawTable previous, RawTable next)
    {
        static int Filled(RawRow row) => row.Cells.Count(c => !string.IsNullOrWhiteSpace(c));
        var before = previous.Rows.TakeLast(3).Select(Filled).ToHashSet();
        var after = next.HeaderRows.Concat(next.Rows).Take(3).Select(Filled).ToList();
        return after.Count > 0 && after.Any(before.Contains);
    }

    /// <summary>
    /// A table printed as two identical panels side by side ("经济分类科目编码 | 科目名称 | 决算数" twice, the 人员经费 lines
    /// on the left and the 公用经费 lines on the right): read as one list, the left panel's rows first, then the right's.
    /// </summary>
    private static RawTable UnfoldSidePanels(RawTable t, out int panelWidth)
    {
        panelWidth = 0;
        if (!t.CellsAligned || t.HeaderRows.Count == 0) return t;
        var first = t.HeaderRows[0].Cells;
        if (first.Count < 4 || first.Count % 2 != 0) return t;
        var half = first.Count / 2;
        for (var i = 0; i < half; i++)
        {
            if (Compact(first[i]) != Compact(first[half + i])) return t;
        }
        if (first.Take(half).All(c => Compact(c).Length == 0)) return t;
        panelWidth = half;
        return Unfold(t, half);
    }

    private static RawRow Slice(RawRow r, int from, int count)
    {
        var cells = r.Cells.Skip(from).Take(count).ToList();
        while (cells.Count < count) cells.Add("");
        return new RawRow(cells, string.Join('\t', cells)) { Page = r.Page, Line = r.Line };
    }

    private static (List<RawRow> Left, List<RawRow> Right) Split(IReadOnlyList<RawRow> rows, int half)
    {
        static bool HasText(RawRow r) => r.Cells.Any(c => Compact(c).Length > 0);
        if (rows.All(r => r.Cells.Count <= half)) return (rows.ToList(), []);
        return (rows.Select(r => Slice(r, 0, half)).Where(HasText).ToList(), rows.Select(r => Slice(r, half, half)).Where(HasText).ToList());
    }

    /// <summary>Splits every row of a two-panel table at <paramref name="half"/>: the left halves, then the right halves.</summary>
    private static RawTable Unfold(RawTable t, int half)
    {
        var (left, right) = Split(t.Rows, half);
        return t with { HeaderRows = t.HeaderRows.Select(r => Slice(r, 0, half)).ToList(), Rows = left.Concat(right).ToList() };
    }

    // ---- document info -----------------------------------------------------------------------------------------------

    private static DocumentInfo ReadInfo(List<RawParagraph> paragraphs, List<RawTable> tables, string allText)
    {
        string? title = null, entity = null, partHeading = null;
        int? year = null;
        var head = paragraphs.Take(120).ToList();
        for (var i = 0; i < head.Count; i++)
        {
            var text = head[i].Text.Trim();
            if (text.Length > 60) continue;
            var m = TitleLine().Match(text);
            if (!m.Success) continue;
            var isPart = PartPrefix().IsMatch(text);
            if (!isPart && partHeading is not null && !LooksLikeCoverTitle(text)) continue;
            var pre = PartPrefix().Replace(m.Groups["pre"].Value, "").Trim();
            var mid = m.Groups["mid"].Value.Trim();
            if (isPart)
            {
                // "第二部分 2022年单位预算公开表" names a part, not the document: keep its year and entity, look on for a cover title.
                partHeading ??= text;
                year ??= int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (entity is null && pre.Length >= 2) entity = Compact(pre);
                else if (entity is null && mid.Length >= 2) entity = Compact(mid);
                continue;
            }
            title = text;
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (pre.Length >= 2) entity = Compact(pre);
            else if (mid.Length >= 2) entity = Compact(mid);
            else if (i > 0 && head[i - 1].Text.Trim() is { Length: > 2 and <= 30 } previous
                && !previous.Contains('、', StringComparison.Ordinal) && !previous.Any(char.IsAsciiDigit) && !previous.EndsWith('。'))
            {
                entity = Compact(previous);
                title = previous + " " + text;
            }
            break;
        }
        if (title is not null && Regex.IsMatch(Compact(title), @"20\d{2}年度?(省|市|区|县|州|旗)级(部门|单位)"))
        {
            // "上海市普陀区2025年区级单位预算" names the government level; the entity is the line under it
            // ("预算单位：上海市普陀区人民政府办公室", "预算主管部门：…").
            var unitLine = head.Select(p => Regex.Match(Compact(p.Text), @"^(预算单位|预算主管部门|主管部门|部门名称|单位名称)[：:](?<name>\S{2,40})$"))
                .FirstOrDefault(m => m.Success);
            if (unitLine is not null) entity = unitLine.Groups["name"].Value;
        }
        if (entity is null)
        {
            var overview = head.Select(p => Compact(p.Text)).FirstOrDefault(t => Regex.IsMatch(t, @"^第一部分.+概况$"));
            if (overview is not null)
            {
                var name = Regex.Replace(overview, @"^第一部分|概况$", "");
                if (!Year().IsMatch(name) && name.Length >= 2 && name is not ("部门" or "单位" or "本部门" or "本单位")) entity = name;
            }
        }
        if (entity is null)
        {
            // A cover of two lines: "2026年度福州市医疗保障局" above "部门预算".
            for (var i = 0; i + 1 < Math.Min(head.Count, 8); i++)
            {
                var line = Compact(head[i].Text);
                var name = CoverYear().Replace(line, "");
                if (name.Length is >= 4 and <= 30 && !Year().IsMatch(name) && CoverKind().IsMatch(Compact(head[i + 1].Text))
                    && EntitySuffix().IsMatch(name))
                {
                    entity = name;
                    title ??= line + Compact(head[i + 1].Text);
                    if (CoverYear().Match(line) is { Success: true } y) year ??= int.Parse(y.Value[..4], CultureInfo.InvariantCulture);
                    break;
                }
            }
        }
        if (entity is null)
        {
            foreach (var line in tables.SelectMany(t => t.Preamble))
            {
                var m = Regex.Match(Compact(line), @"^(编制单位|编制部门|填报部门|部门名称)[：:](?<name>[^单]+?)(单位[：:].*)?$");
                if (m.Success)
                {
                    entity = m.Groups["name"].Value;
                    break;
                }
            }
        }
        if (entity is null || year is null)
        {
            // A file of tables only (Beijing's 报表 attachment): a table's own “部门名称 | 北京市医疗保障局” header row and
            // “（2026年度）” line under its title are the only places naming the department and the year.
            var (tableEntity, tableYear) = EntityAndYearInTables(tables);
            entity ??= tableEntity;
            year ??= tableYear;
        }
        if (entity is { Length: > 6 } named0 && named0.EndsWith("部门", StringComparison.Ordinal) && EntitySuffix().IsMatch(named0[..^2]))
        {
            entity = named0[..^2]; // "北京市医疗保障局部门 2026 年度部门预算": the department is 北京市医疗保障局
        }
        string? code = null;
        foreach (var line in tables.SelectMany(t => t.Preamble))
        {
            var m = EntityCode().Match(line);
            if (m.Success)
            {
                code = m.Groups["code"].Value;
                if (entity is null && m.Groups["name"].Value.Length > 0) entity = m.Groups["name"].Value;
                break;
            }
        }
        if (year is null)
        {
            var m = Regex.Match(allText, @"预算年度[：:]\s*(?<y>20\d{2})");
            if (m.Success) year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        var named = title ?? partHeading;
        var levelSource = named is not null && LevelWords().IsMatch(named) ? named : allText;
        var levelMatch = LevelWords().Match(levelSource);
        DocumentLevel? level = levelMatch.Success ? levelMatch.Groups[1].Value == "单位" ? DocumentLevel.Unit : DocumentLevel.Department : null;
        var kindSource = named ?? allText;
        DocumentKind kind = kindSource.Contains("决算", StringComparison.Ordinal) ? DocumentKind.FinalAccounts : DocumentKind.Budget;
        if (named is null && levelMatch.Success) kind = levelMatch.Groups[3].Value == "决算" ? DocumentKind.FinalAccounts : DocumentKind.Budget;
        var composed = false;
        if (title is null && entity is not null && year is not null)
        {
            // No cover title: compose it as the documents write theirs ("乌尔禾区医疗保障局2022年单位预算公开").
            title = entity + year.Value.ToString(CultureInfo.InvariantCulture) + "年"
                + (level == DocumentLevel.Unit ? "单位" : "部门") + (kind == DocumentKind.FinalAccounts ? "决算" : "预算") + "公开";
            composed = true;
        }
        return new DocumentInfo { Title = title, TitleComposed = composed, Entity = entity, EntityCode = code, Level = level, Year = year, Kind = kind };
    }

    /// <summary>A cover title line, not a list entry, numbered heading or sentence ("一、关于…2020年收支预算情况的总体说明").</summary>
    private static bool LooksLikeCoverTitle(string text) =>
        !Regex.IsMatch(text, @"^([-*>]\s|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")
        && !text.Contains("关于", StringComparison.Ordinal) && !text.Contains('，') && !text.Contains('。')
        && Regex.IsMatch(text, @"(预算|决算)(公开|公开说明|公开表|报告)?$");

    private static (string? Entity, int? Year) EntityAndYearInTables(List<RawTable> tables)
    {
        string? entity = null;
        int? year = null;
        foreach (var t in tables)
        {
            if (year is null)
            {
                var y = t.Preamble.Select(l => Regex.Match(Compact(l), @"^[（(](?<y>20\d{2})年度?[）)]$")).FirstOrDefault(m => m.Success);
                if (y is not null) year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
            }
            if (entity is null)
            {
                foreach (var row in t.HeaderRows.Concat(t.Rows.Take(3)))
                {
                    var filled = row.Cells.Select(Compact).Where(c => c.Length > 0).ToList();
                    if (filled.Count >= 2 && filled[0] is "部门名称" or "单位名称" or "部门（单位）名称" && filled[1].Length is >= 4 and <= 30
                        && EntitySuffix().IsMatch(filled[1]))
                    {
                        entity = filled[1];
                        break;
                    }
                }
            }
            if (entity is not null && year is not null) break;
        }
        return (entity, year);
    }

    // ---- tables published apart from the document ------------------------------------------------------------------

    [GeneratedRegex(@"(报表|公开表|决算表|预算表)\s*[（(]\s*(详)?见附表|(报表|公开表|决算表|预算表).{0,6}(另行公开|单独公开|见附件)")]
    private static partial Regex SeparateTablesHeading();

    /// <summary>"附件：北京市医疗保障局 2026 年度部门预算报表" in a file that prints no table: the 报表 are another file.</summary>
    [GeneratedRegex(@"^附件\d*[：:].{0,40}(报表|公开表)$")]
    private static partial Regex AttachmentHeading();

    [GeneratedRegex(@"《(?<title>[^《》]+)》")]
    private static partial Regex BookTitle();

    /// <summary>
    /// "第四部分 部门决算报表（见附表）" followed by a list of 《…》 titles: the tables are published apart from this file.
    /// Records the fact and the listed titles (each list once, however often the document repeats it).
    /// </summary>
    private DocumentInfo WithSeparateTables(DocumentInfo info, List<RawParagraph> paragraphs, TemplateDefinition? template, string source,
        List<ImportDiagnostic> diagnostics, bool noTables)
    {
        var titles = new List<string>();
        RawParagraph? first = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Text.Length > 60) continue;
            var compact = Compact(paragraphs[i].Text);
            if (!SeparateTablesHeading().IsMatch(compact) && !(noTables && AttachmentHeading().IsMatch(compact))) continue;
            first ??= paragraphs[i];
            for (var j = i + 1; j < paragraphs.Count; j++)
            {
                var found = BookTitle().Matches(paragraphs[j].Text).Select(m => m.Groups["title"].Value.Trim()).Where(t => t.Length > 0).ToList();
                if (found.Count == 0) break;
                titles.AddRange(found.Where(t => !titles.Contains(t)));
            }
        }
        if (first is null) return info;
        var ids = titles.Select(t => FindDefinition(t, template)?.Id).OfType<TableId>().Distinct().ToList();
        // Text files give a line, PDFs a page: the place is whichever the reader knows.
        var place = first.Line is { } line ? $"第 {line.ToString(CultureInfo.InvariantCulture)} 行"
            : first.Page is { } page ? $"第 {page.ToString(CultureInfo.InvariantCulture)} 页" : "文中";
        diagnostics.Add(new ImportDiagnostic("IMPORT-TABLES-SEPARATE", Severity.Info,
            $"文件“{Path.GetFileName(source)}”{place}注明报表见附表：" +
            (titles.Count > 0 ? string.Join("、", titles.Select(t => "《" + t + "》")) : "（未列出表名）") + " 未随本文件公开。")
        { Line = first.Line, Page = first.Page });
        return info with { TablesPublishedSeparately = true, SeparatelyPublishedTables = titles, SeparatelyPublishedTableIds = ids };
    }

    // ---- template and table definitions --------------------------------------------------------------------------

    private TemplateDefinition? ChooseTemplate(DocumentKind kind, List<RawTable> tables, string allText)
    {
        TemplateDefinition? best = null;
        var bestScore = 0;
        foreach (var template in _templates.All.Where(t => t.Kind == kind))
        {
            var score = 0;
            foreach (var t in tables)
            {
                if (t.Title is not null && Match(template, t.Title) is not null) score += 2;
            }
            score += template.Markers.Count(m => allText.Contains(m, StringComparison.Ordinal));
            if (score > bestScore)
            {
                best = template;
                bestScore = score;
            }
        }
        return best;
    }

    private TemplateTableDefinition? FindDefinition(string? title, TemplateDefinition? template)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        if (template is not null && Match(template, title) is { } own) return own;
        foreach (var other in _templates.All)
        {
            if (Match(other, title) is { } found) return found;
        }
        return null;
    }

    private static TemplateTableDefinition? Match(TemplateDefinition template, string title)
    {
        var compact = Compact(title);
        return template.Tables.FirstOrDefault(t => t.TitlePatterns.Any(p => Regex.IsMatch(compact, p, RegexOptions.CultureInvariant)));
    }

    // ---- placement priors from other tables ------------------------------------------------------------------------

    private static readonly string[] s_fundKeys =
    [
        SummaryRowKeys.GeneralBudget, SummaryRowKeys.GeneralBudgetTransfer, SummaryRowKeys.GovFund, SummaryRowKeys.GovFundTransfer,
        SummaryRowKeys.StateCapital, SummaryRowKeys.StateCapitalTransfer, SummaryRowKeys.SpecialAccount, SummaryRowKeys.UnitFunds,
        SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome, SummaryRowKeys.SuperiorSubsidy, SummaryRowKeys.AffiliatedRemittance,
        SummaryRowKeys.OtherIncome, SummaryRowKeys.BusinessFundMakeUp, SummaryRowKeys.FiscalCarryover, SummaryRowKeys.NonFiscalCarryover,
    ];

    /// <summary>
    /// What other tables already tell about where numbers cannot stand: a fund source the 收支总表 prints as blank or 0
    /// has no amounts in the source columns of 收入总表, 财政拨款收支总表 and the “三公” table by source; with no
    /// 一般公共预算项目支出 (an empty 项目支出表), the 一般公共预算支出表 has no 项目支出.
    /// </summary>
    private static List<PlacementPrior> DocumentPriors(TemplateTableDefinition? def, List<DisclosureTable> read, bool noGeneralBudgetProjects)
    {
        var priors = new List<PlacementPrior>();
        if (def is null) return priors;
        if (def.Id == TableId.B05 && noGeneralBudgetProjects) priors.Add(new PlacementPrior(null, ColumnKey.Project));
        if (def.Id != TableId.B02 && def.Id != TableId.B04 && def.Id != TableId.B07 && def.Id != TableId.B11) return priors;
        var summary = read.FirstOrDefault(t => t.Id == TableId.B01);
        if (summary is null) return priors;
        var income = summary.IndexOf(ColumnKey.Total, TableSide.Income);
        if (income < 0) return priors;
        foreach (var key in s_fundKeys)
        {
            var row = summary.Rows.FirstOrDefault(r => r.Key == key && r.Side == TableSide.Income);
            if (row is not null && row.Values[income].OrZero == 0m)
            {
                priors.Add(new PlacementPrior(null, new ColumnKey(key)));
                if (key is SummaryRowKeys.FiscalCarryover or SummaryRowKeys.NonFiscalCarryover)
                {
                    // 上年结转结余明细 splits each carry-over into 人员经费 / 公用经费 / 项目支出.
                    priors.AddRange(new[] { "Personnel", "Public", "Project" }.Select(part => new PlacementPrior(null, new ColumnKey(key + part))));
                }
            }
        }
        return priors;
    }

    // ---- 目录 ------------------------------------------------------------------------------------------------------

    private static bool IsContents(RawTable t) =>
        Compact(t.Title) == "目录" || t.HeaderRows.Concat(t.Rows).Take(2).Any(r => r.Cells.Any(c => Compact(c) is "是否空表" or "报表名称"));

    private static bool IsUnitList(RawTable t) =>
        t.Title is null && t.HeaderRows.Concat(t.Rows).FirstOrDefault() is { } first
        && first.Cells.Any(c => Compact(c) == "单位名称") && first.Cells.Any(c => Compact(c) == "序号");

    private static IEnumerable<TableOfContentsEntry> ReadContents(RawTable t)
    {
        var all = t.HeaderRows.Concat(t.Rows).ToList();
        var header = all.FirstOrDefault(r => r.Cells.Any(c => Compact(c) is "是否空表" or "报表名称"));
        int number = 0, title = 1, empty = -1, reason = -1;
        if (header is not null)
        {
            for (var i = 0; i < header.Cells.Count; i++)
            {
                var h = Compact(header.Cells[i]);
                if (h is "报表" or "表号" or "序号") number = i;
                else if (h.Contains("名称", StringComparison.Ordinal)) title = i;
                else if (h.Contains("是否空表", StringComparison.Ordinal)) empty = i;
                else if (h.Contains("理由", StringComparison.Ordinal) || h.Contains("说明", StringComparison.Ordinal)) reason = i;
            }
        }
        foreach (var row in all.Where(r => !ReferenceEquals(r, header)))
        {
            string Cell(int i) => i >= 0 && i < row.Cells.Count ? row.Cells[i].Trim() : "";
            if (Cell(title).Length == 0) continue;
            bool? isEmpty = Compact(Cell(empty)) switch { "是" => true, "否" => false, _ => null };
            var why = Cell(reason);
            yield return new TableOfContentsEntry(Cell(number).Length > 0 ? Cell(number) : null, Cell(title), isEmpty, why.Length > 0 ? why : null);
        }
    }

    private void AddEmptyTablesFromContents(List<TableOfContentsEntry> contents, List<DisclosureTable> tables,
        TemplateDefinition? template, List<ImportDiagnostic> diagnostics)
    {
        foreach (var entry in contents.Where(e => e.IsEmpty == true))
        {
            var def = FindDefinition(entry.Title, template);
            var present = tables.FindIndex(t => (def is not null && t.Id == def.Id)
                || entry.PrintedNumber is not null && t.PrintedNumber is not null && Compact(t.PrintedNumber) == Compact(entry.PrintedNumber));
            if (present >= 0)
            {
                if (tables[present].EmptyNote is null && entry.EmptyReason is not null)
                {
                    tables[present] = tables[present] with { EmptyNote = entry.EmptyReason };
                }
                continue;
            }
            tables.Add(new DisclosureTable
            {
                Id = def?.Id,
                Title = entry.Title,
                PrintedNumber = entry.PrintedNumber,
                IsEmpty = true,
                EmptyNote = entry.EmptyReason,
                Columns = def?.Columns.Select(c => new TableColumn(c.Header, c.Key, c.Side)).ToList() ?? [],
                Rows = [],
                Definition = def,
            });
            diagnostics.Add(new ImportDiagnostic("IMPORT-EMPTY-TABLE-FROM-CONTENTS", Severity.Info,
                $"目录注明“{entry.PrintedNumber} {entry.Title}”为空表（{entry.EmptyReason ?? "未说明理由"}），正文未印该表，按空表处理。")
            { Table = def?.Id.Value });
        }
    }
}
