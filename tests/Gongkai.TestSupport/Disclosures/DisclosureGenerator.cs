using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.TestSupport.Disclosures;

/// <summary>
/// Random but fully consistent 部门预算 disclosures for property tests: B01–B09 with template definitions (column and
/// row identities), a 类/款/项 hierarchy (optionally under per-unit subtotal rows), 一般公共预算 / 上年结转 /
/// 政府性基金 / 国资 / 事业 / 其他 funding, a 基本支出 economic breakdown, a “三公” table covering B06's 30217/30231,
/// 空表 for absent funds (with their notes), explanation chapters and (sometimes) a Shaanxi-style 目录.
/// Amounts in 万元 with 2 decimals, generated in whole 分 of 万元 so every identity holds exactly.
/// The same seed always gives the same document.
/// </summary>
public static class DisclosureGenerator
{
    public const string TemplateId = "generated-9";

    private sealed record ItemSpec(string Code, string Name);

    private sealed record SectionSpec(string Code, string Name, ItemSpec[] Items);

    private sealed record ClassSpec(string Code, string Name, Fund Fund, SectionSpec[] Sections);

    private enum Fund { General, GovFund, StateCapital }

    private static readonly ClassSpec[] s_catalogue =
    [
        new("201", "一般公共服务支出", Fund.General,
        [
            new("20103", "政府办公厅（室）及相关机构事务", [new("2010301", "行政运行"), new("2010302", "一般行政管理事务"), new("2010350", "事业运行")]),
        ]),
        new("208", "社会保障和就业支出", Fund.General,
        [
            new("20805", "行政事业单位养老支出", [new("2080505", "机关事业单位基本养老保险缴费支出"), new("2080506", "机关事业单位职业年金缴费支出")]),
            new("20899", "其他社会保障和就业支出", [new("2089999", "其他社会保障和就业支出")]),
        ]),
        new("210", "卫生健康支出", Fund.General,
        [
            new("21011", "行政事业单位医疗", [new("2101101", "行政单位医疗"), new("2101103", "公务员医疗补助")]),
            new("21015", "医疗保障管理事务", [new("2101501", "行政运行"), new("2101502", "一般行政管理事务"), new("2101550", "事业运行")]),
        ]),
        new("221", "住房保障支出", Fund.General,
        [
            new("22102", "住房改革支出", [new("2210201", "住房公积金"), new("2210203", "购房补贴")]),
        ]),
        new("212", "城乡社区支出", Fund.GovFund,
        [
            new("21208", "国有土地使用权出让收入安排的支出", [new("2120899", "其他国有土地使用权出让收入安排的支出")]),
        ]),
        new("223", "国有资本经营预算支出", Fund.StateCapital,
        [
            new("22301", "解决历史遗留问题及改革成本支出", [new("2230199", "其他解决历史遗留问题及改革成本支出")]),
        ]),
    ];

    private static readonly (string Code, string Name, (string Code, string Name)[] Sections)[] s_economic =
    [
        ("301", "工资福利支出", [("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30108", "机关事业单位基本养老保险缴费"), ("30113", "住房公积金")]),
        ("302", "商品和服务支出", [("30201", "办公费"), ("30211", "差旅费"), ("30217", "公务接待费"), ("30231", "公务用车运行维护费"), ("30299", "其他商品和服务支出")]),
        ("303", "对个人和家庭的补助", [("30302", "退休费"), ("30305", "生活补助")]),
        ("310", "资本性支出", [("31002", "办公设备购置")]),
    ];

    /// <summary>Amounts of one 项 in 分 of 万元 by source and by 基本/项目.</summary>
    private sealed class Item(string classCode, string sectionCode, ItemSpec spec)
    {
        public string ClassCode { get; } = classCode;
        public string SectionCode { get; } = sectionCode;
        public ItemSpec Spec { get; } = spec;
        public long GbBasic { get; set; }
        public long GbProject { get; set; }
        public long CarryProject { get; set; }
        public long BizBasic { get; set; }
        public long OtherProject { get; set; }
        public long GfProject { get; set; }
        public long ScProject { get; set; }
        public long Basic => GbBasic + BizBasic;
        public long Project => GbProject + CarryProject + OtherProject + GfProject + ScProject;
        public long Total => Basic + Project;
        public long GbAll => GbBasic + GbProject + CarryProject;
        public long Gb => GbBasic + GbProject;
    }

    private sealed class Style
    {
        public bool BlankZeros { get; init; }
        public bool TotalFirst { get; init; }
        public int UnitRows { get; init; } // 0 none, 1 unit, 2 department + unit
        public int Year { get; init; }
    }

    /// <summary>A consistent budget disclosure (B01–B09) for <paramref name="seed"/>.</summary>
    public static GeneratedDisclosure Budget(int seed)
    {
        var rnd = new Random(seed);
        var style = new Style
        {
            BlankZeros = rnd.Next(2) == 0,
            TotalFirst = rnd.Next(3) != 0,
            UnitRows = rnd.Next(4) switch { 0 => 1, 1 => 2, _ => 0 },
            Year = 2020 + rnd.Next(6),
        };
        var withCarry = rnd.Next(4) == 0;
        var withNonFiscal = rnd.Next(3) == 0;
        var withGovFund = rnd.Next(5) < 2;
        var withStateCapital = rnd.Next(5) == 0;

        // 1. Function classification tree and amounts per 项.
        var items = new List<Item>();
        var classes = new List<ClassSpec>();
        foreach (var c in s_catalogue)
        {
            var include = c.Fund switch
            {
                Fund.GovFund => withGovFund,
                Fund.StateCapital => withStateCapital,
                _ => c.Code == "210" || rnd.Next(10) < 6,
            };
            if (!include) continue;
            var chosen = Subset(rnd, c.Sections).Select(s => s with { Items = Subset(rnd, s.Items) }).ToArray();
            classes.Add(c with { Sections = chosen });
            foreach (var s in chosen)
            {
                foreach (var i in s.Items)
                {
                    var item = new Item(c.Code, s.Code, i);
                    switch (c.Fund)
                    {
                        case Fund.General:
                            item.GbBasic = rnd.Next(1, 300_000);
                            item.GbProject = rnd.Next(3) == 0 ? 0 : rnd.Next(0, 200_000);
                            item.CarryProject = withCarry && rnd.Next(2) == 0 ? rnd.Next(1, 50_000) : 0;
                            item.BizBasic = withNonFiscal && rnd.Next(2) == 0 ? rnd.Next(1, 80_000) : 0;
                            item.OtherProject = withNonFiscal && rnd.Next(3) == 0 ? rnd.Next(1, 30_000) : 0;
                            break;
                        case Fund.GovFund:
                            item.GfProject = rnd.Next(1, 150_000);
                            break;
                        default:
                            item.ScProject = rnd.Next(1, 90_000);
                            break;
                    }
                    items.Add(item);
                }
            }
        }

        // 2. 基本支出 by economic classification (一般公共预算 only), split exactly.
        var basicTotal = items.Sum(i => i.GbBasic);
        var economic = SplitEconomic(rnd, basicTotal);

        // 3. “三公”: covers B06's 30217 / 30231 (plus project-funded parts).
        var reception = economic.GetValueOrDefault("30217") + rnd.Next(100, 20_000);
        var vehicleOperation = economic.GetValueOrDefault("30231") + rnd.Next(0, 20_000);
        var vehiclePurchase = rnd.Next(5) == 0 ? rnd.Next(100_00, 300_000) : 0;
        var abroad = rnd.Next(3) == 0 ? rnd.Next(100, 50_000) : 0;

        var defs = Definitions();
        var tables = new List<DisclosureTable>
        {
            B01(classes, items, defs[0], style),
            B02(classes, items, defs[1], style),
            B03(classes, items, defs[2], style),
            B04(classes, items, defs[3], style),
            B05(classes, items, defs[4], style),
            B06(economic, defs[5], style),
            B07(abroad, vehiclePurchase, vehicleOperation, reception, defs[6], style),
            FundTable(TableId.B08, "政府性基金预算支出情况表", "表八", "政府性基金预算拨款", classes, items.Where(i => i.GfProject > 0).ToList(), i => i.GfProject, defs[7], style),
            FundTable(TableId.B09, "国有资本经营预算支出情况表", "表九", "国有资本经营预算拨款", classes, items.Where(i => i.ScProject > 0).ToList(), i => i.ScProject, defs[8], style),
        };

        var sections = new List<NarrativeSection>
        {
            new() { Heading = "一、部门职责及机构设置情况", Level = 2, Text = "主要职能：贯彻执行医疗保障政策。" },
            new() { Heading = "二、收支预算总体情况", Level = 2, Text = "按照全口径预算的原则，编制收支预算。" },
            new() { Heading = "（八）“三公”经费预算情况", Level = 3, Text = "“三公”经费预算按公务接待费、公务用车购置及运行费、因公出国（境）费列示。" },
            new() { Heading = "（二）政府采购情况", Level = 3, Text = "政府采购预算总额按货物、工程、服务列示。" },
            new() { Heading = "四、名词解释", Level = 2, Text = "财政拨款收入：指本级财政当年拨付的资金。" },
        };
        if (rnd.Next(2) == 0)
        {
            // The 空表 reasons repeated in the explanation (seeds 000/002 do this).
            var empties = tables.Where(t => t.IsEmpty).Select(t => $"本单位{style.Year}年没有{t.Title}的收支，{t.Title}为空表。");
            sections.Add(new NarrativeSection { Heading = "五、空表说明", Level = 2, Text = string.Join("\n", empties) });
        }

        var contents = rnd.Next(2) == 0
            ? tables.Select(t => new TableOfContentsEntry(t.PrintedNumber, t.Title, t.IsEmpty, t.IsEmpty ? "本单位无此项收支" : null)).ToList()
            : [];

        var template = new TemplateDefinition
        {
            Id = TemplateId,
            Name = "生成的部门预算模板（9表）",
            Kind = DocumentKind.Budget,
            Tables = defs,
            RequiredChapters =
            [
                new ChapterRequirement("three-public", "“三公”经费预算情况说明", ["三公"]),
                new ChapterRequirement("procurement", "政府采购情况", ["政府采购"]),
                new ChapterRequirement("glossary", "名词解释", ["名词解释"]),
            ],
        };
        var document = new DisclosureDocument
        {
            Source = $"generated-budget-{seed}.txt",
            Format = "text",
            Info = new DocumentInfo
            {
                Title = $"某区医疗保障局{style.Year}年单位预算公开",
                Entity = "某区医疗保障局",
                EntityCode = "040002",
                Level = DocumentLevel.Unit,
                Year = style.Year,
                Kind = DocumentKind.Budget,
                TemplateId = TemplateId,
            },
            Tables = tables,
            Sections = sections,
            Contents = contents,
        };
        return new GeneratedDisclosure(document, template, seed);
    }

    private static T[] Subset<T>(Random rnd, T[] all)
    {
        var chosen = all.Where(_ => rnd.Next(3) != 0).ToArray();
        return chosen.Length > 0 ? chosen : [all[rnd.Next(all.Length)]];
    }

    private static Dictionary<string, long> SplitEconomic(Random rnd, long total)
    {
        var sections = s_economic.SelectMany(c => c.Sections).Where(s => s.Code != "31002" || rnd.Next(3) == 0).ToList();
        var weights = sections.Select(_ => (long)rnd.Next(1, 100)).ToList();
        var sum = weights.Sum();
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        long assigned = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var share = i == sections.Count - 1 ? total - assigned : total * weights[i] / sum;
            result[sections[i].Code] = share;
            assigned += share;
        }
        return result;
    }

    // ---- printing helpers ----

    private static decimal? V(long fen, Style style, bool force = false) =>
        fen == 0 && style.BlankZeros && !force ? null : fen / 100m;

    private static decimal?[] Vs(Style style, bool force, params long[] fen) => fen.Select(f => V(f, style, force)).ToArray();

    private static IEnumerable<(string Code, string Name, List<Item> Items)> Nodes(IEnumerable<ClassSpec> classes, IReadOnlyList<Item> items)
    {
        foreach (var c in classes)
        {
            var ci = items.Where(i => i.ClassCode == c.Code).ToList();
            if (ci.Count == 0) continue;
            yield return (c.Code, c.Name, ci);
            foreach (var s in c.Sections)
            {
                var si = ci.Where(i => i.SectionCode == s.Code).ToList();
                if (si.Count == 0) continue;
                yield return (s.Code, s.Name, si);
                foreach (var i in si) yield return (i.Spec.Code, i.Spec.Name, [i]);
            }
        }
    }

    /// <summary>A coded detail table: 合计 (first or last), optional unit subtotal rows, then 类/款/项 rows.</summary>
    private static DisclosureTable Coded(TableBuilder b, IEnumerable<ClassSpec> classes, IReadOnlyList<Item> items,
        Func<IReadOnlyList<Item>, long[]> values, Style style)
    {
        var total = Vs(style, true, values(items));
        if (style.TotalFirst) b.Total(total);
        if (style.UnitRows == 2) b.UnitSubtotal("[040]某区医疗保障局", total);
        if (style.UnitRows >= 1) b.UnitSubtotal("[040002]某区医疗保障局（本级）", total);
        foreach (var (code, name, list) in Nodes(classes, items)) b.Row(code, name, Vs(style, false, values(list)));
        if (!style.TotalFirst) b.Total(total);
        return b.Build();
    }

    private static DisclosureTable B01(List<ClassSpec> classes, List<Item> items, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(TableId.B01, "收支总体情况表", "表一").Definition(def)
            .Column("预算数", ColumnKey.Total, TableSide.Income)
            .Column("预算数", ColumnKey.Total, TableSide.Expenditure);
        long gb = items.Sum(i => i.Gb), gf = items.Sum(i => i.GfProject), sc = items.Sum(i => i.ScProject),
            biz = items.Sum(i => i.BizBasic), other = items.Sum(i => i.OtherProject), carry = items.Sum(i => i.CarryProject);
        var current = gb + gf + sc + biz + other;
        void In(string key, string name, long v) => b.Line(key, name, TableSide.Income, V(v, style, true), null);
        void Out(string key, string name, long v) => b.Line(key, name, TableSide.Expenditure, null, V(v, style, true));
        In(SummaryRowKeys.GeneralBudget, "一般公共预算拨款收入", gb);
        In(SummaryRowKeys.GovFund, "政府性基金预算拨款收入", gf);
        In(SummaryRowKeys.StateCapital, "国有资本经营预算拨款收入", sc);
        In(SummaryRowKeys.BusinessIncome, "事业收入", biz);
        In(SummaryRowKeys.OtherIncome, "其他收入", other);
        In(SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", current);
        In(SummaryRowKeys.PriorYearCarryover, "上年结转", carry);
        In(SummaryRowKeys.IncomeGrandTotal, "收入总计", current + carry);
        foreach (var c in classes)
        {
            b.SideRow(TableSide.Expenditure, c.Code, c.Name, null, V(items.Where(i => i.ClassCode == c.Code).Sum(i => i.Total), style, true));
        }
        var spent = items.Sum(i => i.Total);
        Out(SummaryRowKeys.CurrentYearExpenditureTotal, "本年支出合计", spent);
        Out(SummaryRowKeys.CarryForward, "结转下年", 0);
        Out(SummaryRowKeys.ExpenditureGrandTotal, "支出总计", spent);
        return b.Build();
    }

    private static DisclosureTable B02(List<ClassSpec> classes, List<Item> items, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(TableId.B02, "收入总体情况表", "表二").Definition(def);
        foreach (var c in def.Columns) b.Column(c.Header, c.Key, c.Side);
        return Coded(b, classes, items, l => [l.Sum(i => i.Total), l.Sum(i => i.CarryProject), l.Sum(i => i.Gb), l.Sum(i => i.GfProject),
            l.Sum(i => i.ScProject), l.Sum(i => i.BizBasic), l.Sum(i => i.OtherProject)], style);
    }

    private static DisclosureTable B03(List<ClassSpec> classes, List<Item> items, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(TableId.B03, "支出总体情况表", "表三").Definition(def);
        foreach (var c in def.Columns) b.Column(c.Header, c.Key, c.Side);
        return Coded(b, classes, items, l => [l.Sum(i => i.Total), l.Sum(i => i.Basic), l.Sum(i => i.Project)], style);
    }

    private static DisclosureTable B04(List<ClassSpec> classes, List<Item> items, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(TableId.B04, "财政拨款收支总体情况表", "表四").Definition(def);
        foreach (var c in def.Columns) b.Column(c.Header, c.Key, c.Side);
        long gb = items.Sum(i => i.Gb), gf = items.Sum(i => i.GfProject), sc = items.Sum(i => i.ScProject), carry = items.Sum(i => i.CarryProject);
        void In(string key, string name, long v) => b.Line(key, name, TableSide.Income, V(v, style, true), null, null, null, null);
        In(SummaryRowKeys.GeneralBudget, "一般公共预算拨款", gb);
        In(SummaryRowKeys.GovFund, "政府性基金预算拨款", gf);
        In(SummaryRowKeys.StateCapital, "国有资本经营预算拨款", sc);
        In(SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", gb + gf + sc);
        In(SummaryRowKeys.PriorYearCarryover, "上年结转", carry);
        In(SummaryRowKeys.IncomeGrandTotal, "收入总计", gb + gf + sc + carry);
        decimal?[] Out(long g, long f, long s, bool force) => [null, V(g + f + s, style, force), V(g, style, force), V(f, style, force), V(s, style, force)];
        foreach (var c in classes)
        {
            var ci = items.Where(i => i.ClassCode == c.Code).ToList();
            b.SideRow(TableSide.Expenditure, c.Code, c.Name, Out(ci.Sum(i => i.GbAll), ci.Sum(i => i.GfProject), ci.Sum(i => i.ScProject), false));
        }
        long gbAll = items.Sum(i => i.GbAll);
        b.Line(SummaryRowKeys.CurrentYearExpenditureTotal, "本年支出合计", TableSide.Expenditure, Out(gbAll, gf, sc, true));
        b.Line(SummaryRowKeys.CarryForward, "结转下年", TableSide.Expenditure, Out(0, 0, 0, false));
        b.Line(SummaryRowKeys.ExpenditureGrandTotal, "支出总计", TableSide.Expenditure, Out(gbAll, gf, sc, true));
        return b.Build();
    }

    private static DisclosureTable B05(List<ClassSpec> classes, List<Item> items, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(TableId.B05, "一般公共预算支出情况表", "表五").Definition(def);
        foreach (var c in def.Columns) b.Column(c.Header, c.Key, c.Side);
        var gbItems = items.Where(i => i.GbAll > 0).ToList();
        return Coded(b, classes, gbItems, l => [l.Sum(i => i.GbAll), l.Sum(i => i.GbBasic), l.Sum(i => i.GbProject + i.CarryProject)], style);
    }

    private static DisclosureTable B06(Dictionary<string, long> economic, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(TableId.B06, "一般公共预算基本支出情况表", "表六").Definition(def);
        foreach (var c in def.Columns) b.Column(c.Header, c.Key, c.Side);
        static bool IsPersonnel(string code) => code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal);
        long[] Split(string code, long v) => IsPersonnel(code) ? [v, v, 0] : [v, 0, v];
        var total = economic.Values.Sum();
        var personnel = economic.Where(p => IsPersonnel(p.Key)).Sum(p => p.Value);
        if (style.TotalFirst) b.Total(Vs(style, true, total, personnel, total - personnel));
        foreach (var (code, name, sections) in s_economic)
        {
            var present = sections.Where(s => economic.ContainsKey(s.Code)).ToList();
            if (present.Count == 0) continue;
            b.Row(code, name, Vs(style, false, Split(code, present.Sum(s => economic[s.Code]))));
            foreach (var s in present) b.Row(s.Code, s.Name, Vs(style, false, Split(s.Code, economic[s.Code])));
        }
        if (!style.TotalFirst) b.Total(Vs(style, true, total, personnel, total - personnel));
        return b.Build();
    }

    private static DisclosureTable B07(long abroad, long purchase, long operation, long reception, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(TableId.B07, "一般公共预算“三公”经费支出情况表", "表七").Definition(def);
        foreach (var c in def.Columns) b.Column(c.Header, c.Key, c.Side);
        b.Plain($"{style.Year}年预算数", RowKind.Line, Vs(style, true, abroad + purchase + operation + reception, abroad, purchase + operation, purchase, operation, reception));
        return b.Build();
    }

    private static DisclosureTable FundTable(TableId id, string title, string number, string fundName, List<ClassSpec> classes,
        List<Item> items, Func<Item, long> amount, TemplateTableDefinition def, Style style)
    {
        var b = new TableBuilder(id, title, number).Definition(def);
        foreach (var c in def.Columns) b.Column(c.Header, c.Key, c.Side);
        if (items.Count == 0)
        {
            b.Empty($"本单位{style.Year}年没有使用{fundName}安排的支出，故本表为空表。");
            b.Total(null, null, null);
            return b.Build();
        }
        return Coded(b, classes, items, l => [l.Sum(amount), 0, l.Sum(amount)], style);
    }

    // ---- template definitions ----

    private static ColumnDefinition Col(ColumnKey key, string header, TableSide side = TableSide.None) => new(key, header, [], side);

    /// <summary>The nine table definitions of the generated template, in order.</summary>
    public static IReadOnlyList<TemplateTableDefinition> Definitions()
    {
        ColumnDefinition[] totalBasicProject = [Col(ColumnKey.Total, "合计"), Col(ColumnKey.Basic, "基本支出"), Col(ColumnKey.Project, "项目支出")];
        ColumnIdentity[] tbp = [new(ColumnKey.Total, [ColumnKey.Basic, ColumnKey.Project])];
        RowDefinition Line(string key, string label, TableSide side) => new(key, label, side, []);
        return
        [
            new()
            {
                Id = TableId.B01, Name = "部门收支总表", TitlePatterns = ["收支总体情况表"], RowAxis = TableRowAxis.Summary,
                Columns = [Col(ColumnKey.Total, "预算数", TableSide.Income), Col(ColumnKey.Total, "预算数", TableSide.Expenditure)],
                RowDefinitions =
                [
                    Line(SummaryRowKeys.GeneralBudget, "一般公共预算拨款收入", TableSide.Income),
                    Line(SummaryRowKeys.GovFund, "政府性基金预算拨款收入", TableSide.Income),
                    Line(SummaryRowKeys.StateCapital, "国有资本经营预算拨款收入", TableSide.Income),
                    Line(SummaryRowKeys.BusinessIncome, "事业收入", TableSide.Income),
                    Line(SummaryRowKeys.OtherIncome, "其他收入", TableSide.Income),
                    Line(SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", TableSide.Income),
                    Line(SummaryRowKeys.PriorYearCarryover, "上年结转", TableSide.Income),
                    Line(SummaryRowKeys.IncomeGrandTotal, "收入总计", TableSide.Income),
                    Line(SummaryRowKeys.CurrentYearExpenditureTotal, "本年支出合计", TableSide.Expenditure),
                    Line(SummaryRowKeys.CarryForward, "结转下年", TableSide.Expenditure),
                    Line(SummaryRowKeys.ExpenditureGrandTotal, "支出总计", TableSide.Expenditure),
                ],
                RowIdentities =
                [
                    new(SummaryRowKeys.CurrentYearIncomeTotal, [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital, SummaryRowKeys.BusinessIncome, SummaryRowKeys.OtherIncome]),
                    new(SummaryRowKeys.IncomeGrandTotal, [SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.PriorYearCarryover]),
                    new(SummaryRowKeys.ExpenditureGrandTotal, [SummaryRowKeys.CurrentYearExpenditureTotal, SummaryRowKeys.CarryForward]),
                ],
            },
            new()
            {
                Id = TableId.B02, Name = "部门收入总表", TitlePatterns = ["收入总体情况表"], RowAxis = TableRowAxis.FunctionClassification,
                Columns =
                [
                    Col(ColumnKey.Total, "合计"), Col(ColumnKey.PriorYearCarryover, "上年结转"), Col(ColumnKey.GeneralBudget, "一般公共预算拨款"),
                    Col(ColumnKey.GovFund, "政府性基金预算拨款"), Col(ColumnKey.StateCapital, "国有资本经营预算"), Col(ColumnKey.BusinessIncome, "事业收入"),
                    Col(ColumnKey.OtherIncome, "其他收入"),
                ],
                ColumnIdentities =
                [
                    new(ColumnKey.Total, [ColumnKey.PriorYearCarryover, ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.StateCapital, ColumnKey.BusinessIncome, ColumnKey.OtherIncome]),
                ],
            },
            new()
            {
                Id = TableId.B03, Name = "部门支出总表", TitlePatterns = ["支出总体情况表"], RowAxis = TableRowAxis.FunctionClassification,
                Columns = totalBasicProject, ColumnIdentities = tbp,
            },
            new()
            {
                Id = TableId.B04, Name = "财政拨款收支总表", TitlePatterns = ["财政拨款收支总体情况表"], RowAxis = TableRowAxis.Summary,
                Columns =
                [
                    Col(ColumnKey.Total, "预算数", TableSide.Income), Col(ColumnKey.Total, "合计", TableSide.Expenditure),
                    Col(ColumnKey.GeneralBudget, "一般公共预算", TableSide.Expenditure), Col(ColumnKey.GovFund, "政府性基金预算", TableSide.Expenditure),
                    Col(ColumnKey.StateCapital, "国有资本经营预算", TableSide.Expenditure),
                ],
                ColumnIdentities = [new(ColumnKey.Total, [ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.StateCapital], TableSide.Expenditure)],
                RowDefinitions =
                [
                    Line(SummaryRowKeys.GeneralBudget, "一般公共预算拨款", TableSide.Income),
                    Line(SummaryRowKeys.GovFund, "政府性基金预算拨款", TableSide.Income),
                    Line(SummaryRowKeys.StateCapital, "国有资本经营预算拨款", TableSide.Income),
                    Line(SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", TableSide.Income),
                    Line(SummaryRowKeys.PriorYearCarryover, "上年结转", TableSide.Income),
                    Line(SummaryRowKeys.IncomeGrandTotal, "收入总计", TableSide.Income),
                    Line(SummaryRowKeys.CurrentYearExpenditureTotal, "本年支出合计", TableSide.Expenditure),
                    Line(SummaryRowKeys.CarryForward, "结转下年", TableSide.Expenditure),
                    Line(SummaryRowKeys.ExpenditureGrandTotal, "支出总计", TableSide.Expenditure),
                ],
                RowIdentities =
                [
                    new(SummaryRowKeys.CurrentYearIncomeTotal, [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital]),
                    new(SummaryRowKeys.IncomeGrandTotal, [SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.PriorYearCarryover]),
                    new(SummaryRowKeys.ExpenditureGrandTotal, [SummaryRowKeys.CurrentYearExpenditureTotal, SummaryRowKeys.CarryForward]),
                ],
            },
            new()
            {
                Id = TableId.B05, Name = "一般公共预算支出表", TitlePatterns = ["一般公共预算支出情况表"], RowAxis = TableRowAxis.FunctionClassification,
                Columns = totalBasicProject, ColumnIdentities = tbp,
            },
            new()
            {
                Id = TableId.B06, Name = "一般公共预算基本支出表", TitlePatterns = ["一般公共预算基本支出情况表"], RowAxis = TableRowAxis.EconomicClassification,
                Columns = [Col(ColumnKey.Total, "合计"), Col(ColumnKey.Personnel, "人员经费"), Col(ColumnKey.Public, "公用经费")],
                ColumnIdentities = [new(ColumnKey.Total, [ColumnKey.Personnel, ColumnKey.Public])],
            },
            new()
            {
                Id = TableId.B07, Name = "一般公共预算“三公”经费支出表", TitlePatterns = ["三公"], RowAxis = TableRowAxis.SingleRow,
                Columns =
                [
                    Col(ColumnKey.Total, "合计"), Col(ColumnKey.Abroad, "因公出国（境）费"), Col(ColumnKey.VehicleSubtotal, "公务用车购置及运行费"),
                    Col(ColumnKey.VehiclePurchase, "公务用车购置费"), Col(ColumnKey.VehicleOperation, "公务用车运行费"), Col(ColumnKey.Reception, "公务接待费"),
                ],
                ColumnIdentities =
                [
                    new(ColumnKey.Total, [ColumnKey.Abroad, ColumnKey.VehicleSubtotal, ColumnKey.Reception]),
                    new(ColumnKey.VehicleSubtotal, [ColumnKey.VehiclePurchase, ColumnKey.VehicleOperation]),
                ],
            },
            new()
            {
                Id = TableId.B08, Name = "政府性基金预算支出表", TitlePatterns = ["政府性基金预算支出情况表"], RowAxis = TableRowAxis.FunctionClassification,
                Columns = totalBasicProject, ColumnIdentities = tbp,
            },
            new()
            {
                Id = TableId.B09, Name = "国有资本经营预算支出表", TitlePatterns = ["国有资本经营预算支出情况表"], RowAxis = TableRowAxis.FunctionClassification,
                Columns = totalBasicProject, ColumnIdentities = tbp,
            },
        ];
    }
}
