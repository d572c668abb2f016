using Gongkai.Compose.Ledger;
using Gongkai.Core.Documents;

namespace Gongkai.Compose.Demo;

/// <summary>
/// 演示数据: realistic but fictitious 医疗保障局 ledgers over several years — a city bureau (部门, with two subordinate
/// units) in the Xinjiang templates, a county bureau (单位) in the Shaanxi template, and final-accounts years when that
/// template is available. Deterministic: the same seed gives the same ledgers. Names, codes and figures are invented.
/// </summary>
public static class DemoLedgers
{
    /// <summary>Every demo ledger for <paramref name="seed"/>, in a stable order.</summary>
    public static IReadOnlyList<DemoLedger> All(int seed = 1)
    {
        var list = new List<DemoLedger>();
        var city = CityProfile();
        var county = CountyProfile();
        list.Add(new("city-2021-budget", "天山市医疗保障局 2021 年部门预算（新疆 9 表）", Generate(seed * 7919 + 1, "xinjiang-9", 2021, city)));
        list.Add(new("city-2022-budget", "天山市医疗保障局 2022 年部门预算（新疆 9 表）", Generate(seed * 7919 + 2, "xinjiang-9", 2022, city)));
        list.Add(new("city-2023-budget", "天山市医疗保障局 2023 年部门预算（新疆 11 表）", Generate(seed * 7919 + 3, "xinjiang-11", 2023, city)));
        list.Add(new("city-2024-budget", "天山市医疗保障局 2024 年部门预算（新疆 11 表）", Generate(seed * 7919 + 4, "xinjiang-11", 2024, city)));
        list.Add(new("county-2022-budget", "秦川县医疗保障局 2022 年部门综合预算（陕西 16 表）", Generate(seed * 7919 + 5, "shaanxi-16", 2022, county)));
        list.Add(new("county-2023-budget", "秦川县医疗保障局 2023 年部门综合预算（陕西 16 表）", Generate(seed * 7919 + 6, "shaanxi-16", 2023, county)));
        if (Composing.DisclosureComposer.SupportedTemplates.Contains("final-9"))
        {
            list.Add(new("city-2022-final", "天山市医疗保障局 2022 年部门决算", Generate(seed * 7919 + 7, "final-9", 2022, city)));
            list.Add(new("county-2023-final", "秦川县医疗保障局 2023 年部门决算", Generate(seed * 7919 + 8, "final-9", 2023, county)));
        }
        return list;
    }

    /// <summary>A random ledger of one template (for property tests and benchmarks): random entity size, funds and changes.</summary>
    public static BudgetLedger Random(int seed, string templateId, int? year = null)
    {
        var rnd = new Random(seed);
        var y = year ?? 2020 + rnd.Next(6);
        var profile = rnd.Next(2) == 0 ? CityProfile() : CountyProfile();
        profile = profile with { Name = profile.Name.Replace("医疗保障局", "医疗保障局", StringComparison.Ordinal), UnitType = rnd.Next(4) == 0 ? UnitType.CivilServiceManaged : profile.UnitType };
        return Generate(seed, templateId, y, profile);
    }

    private static EntityProfile CityProfile() => new()
    {
        Name = "天山市医疗保障局",
        Code = "118001",
        Region = "新疆维吾尔自治区天山市（虚构）",
        Level = DocumentLevel.Department,
        UnitType = UnitType.Administrative,
        Functions =
        [
            "贯彻执行国家和自治区医疗保险、生育保险、医疗救助等医疗保障制度，拟订全市医疗保障政策并组织实施",
            "组织实施医疗保障基金监督管理办法，建立健全医疗保障基金安全防控机制",
            "组织实施医疗保障筹资和待遇政策，统筹城乡医疗保障待遇标准",
            "组织实施药品、医用耗材价格和医疗服务项目收费等政策",
            "负责医疗保障经办管理、公共服务体系和信息化建设",
        ],
        Offices = ["办公室", "待遇保障科", "医药服务管理科", "基金监管科"],
        SubUnits =
        [
            new SubUnit("118002", "天山市医疗保障服务中心", UnitType.Institution),
            new SubUnit("118003", "天山市医疗保障基金稽核中心", UnitType.Institution),
        ],
    };

    private static EntityProfile CountyProfile() => new()
    {
        Name = "秦川县医疗保障局",
        Code = "406001",
        Region = "陕西省秦川县（虚构）",
        Level = DocumentLevel.Unit,
        UnitType = UnitType.Administrative,
        Functions =
        [
            "贯彻落实医疗保险、生育保险、医疗救助等医疗保障法律法规和政策",
            "负责全县医疗保障基金的监督管理",
            "组织落实定点医药机构协议和支付管理办法",
        ],
        Offices = ["综合股", "基金监管股", "待遇保障股"],
    };

    private static readonly string[] s_reasonsUp =
    [
        "按照人员经费定额标准调整，人员经费相应增加",
        "新增医保基金监管专项工作任务",
        "参保人数增加，财政补助资金相应增加",
        "落实医保信息平台建设任务，项目经费增加",
        "在职人员工资标准调整",
    ];

    private static readonly string[] s_reasonsDown =
    [
        "严格落实过紧日子要求，压减一般性支出",
        "部分项目已完成，本年不再安排",
        "人员退休，人员经费相应减少",
        "厉行节约，压减公务接待和公务用车支出",
        "上年一次性项目本年未安排",
    ];

    private sealed record ProjectSpec(string Name, string FunctionCode, string EconomicCode, string Policy, string Content, int MinFen, int MaxFen);

    private static readonly ProjectSpec[] s_projects =
    [
        new("城乡居民基本医疗保险财政补助", "2101202", "31302", "《关于做好城乡居民基本医疗保障工作的通知》", "按参保人数和补助标准拨付城乡居民医保基金财政补助", 300_000, 2_000_000),
        new("城乡医疗救助资金", "2101301", "30399", "《医疗救助工作规程》", "资助困难群众参保并对其医疗费用给予救助", 50_000, 600_000),
        new("医疗保障信息化建设", "2101504", "31007", "国家医疗保障信息平台建设要求", "医保信息系统运维和网络安全建设", 5_000, 90_000),
        new("医保基金监管专项经费", "2101502", "30227", "《医疗保障基金使用监督管理条例》", "开展基金专项检查、聘请第三方机构审核", 2_000, 40_000),
        new("医疗保障政策宣传经费", "2101505", "30299", "年度医疗保障宣传工作安排", "制作宣传资料、开展政策进社区活动", 500, 8_000),
        new("医保经办服务能力提升", "2101506", "30226", "医疗保障经办服务规范", "经办窗口服务人员劳务和培训", 1_000, 30_000),
    ];

    private static BudgetLedger Generate(int seed, string templateId, int year, EntityProfile entity)
    {
        var rnd = new Random(seed);
        var items = new List<LineItem>();
        var scale = entity.Level == DocumentLevel.Department ? 3 : 1;
        var staff = new Staffing
        {
            Establishment = (8 + rnd.Next(10)) * scale,
            InService = (7 + rnd.Next(9)) * scale,
            Retired = rnd.Next(4) * scale,
            Veteran = 0,
            Vehicles = rnd.Next(3),
        };
        decimal W(int min, int max) => rnd.Next(min, max) / 100m;
        static decimal R(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);
        void Basic(string function, string economic, decimal amount, string? unit = null, FundSource source = FundSource.GeneralBudget)
        {
            if (amount <= 0m) return;
            items.Add(new LineItem { FunctionCode = function, EconomicCode = economic, Source = source, Kind = ExpenditureKind.Basic, AmountWanYuan = amount, UnitCode = unit });
        }

        // 基本支出 of the bureau itself (行政运行) and, for the city, of its two centres (事业运行).
        var units = new List<(string? Code, string Function, int People, FundSource Source)> { (null, "2101501", staff.InService, FundSource.GeneralBudget) };
        if (entity.SubUnits.Count > 0) units.AddRange(entity.SubUnits.Select(u => ((string?)u.Code, "2101550", 3 + rnd.Next(6), FundSource.GeneralBudget)));
        foreach (var (code, function, people, source) in units)
        {
            var wage = people * rnd.Next(600, 900);
            Basic(function, "30101", wage / 100m, code, source);
            Basic(function, "30102", people * rnd.Next(500, 1200) / 100m, code, source);
            Basic(function, "30103", people * rnd.Next(100, 400) / 100m, code, source);
            Basic(function, "30107", function == "2101550" ? people * rnd.Next(300, 700) / 100m : 0m, code, source);
            Basic("2080505", "30108", R(wage * 16 / 10000m), code, source);
            Basic("2080506", "30109", R(wage * 8 / 10000m), code, source);
            Basic(function == "2101550" ? "2101102" : "2101101", "30110", R(wage * 8 / 10000m), code, source);
            if (function == "2101501") Basic("2101103", "30111", R(wage * 4 / 10000m), code, source);
            Basic("2210201", "30113", R(wage * 12 / 10000m), code, source);
            Basic(function, "30201", W(50, 300), code, source);
            Basic(function, "30207", W(30, 150), code, source);
            Basic(function, "30211", W(50, 200), code, source);
            Basic(function, "30228", W(20, 80), code, source);
            Basic(function, "30229", W(20, 90), code, source);
            Basic(function, "30299", W(10, 120), code, source);
            if (function == "2101501")
            {
                Basic(function, "30217", W(50, 150), code, source);
                if (staff.Vehicles > 0) Basic(function, "30231", W(100, 400), code, source);
            }
        }
        if (staff.Retired > 0) Basic("2080501", "30302", staff.Retired * rnd.Next(300, 600) / 100m);
        if (templateId != "xinjiang-9" && entity.SubUnits.Count > 0 && templateId != "final-9")
        {
            // 事业收入 of the service centre (单位资金).
            Basic("2101550", "30107", W(500, 3000), entity.SubUnits[0].Code, FundSource.BusinessIncome);
        }
        else if (templateId == "final-9" && entity.SubUnits.Count > 0)
        {
            Basic("2101550", "30107", W(500, 3000), entity.SubUnits[0].Code, FundSource.BusinessIncome);
        }

        // 项目支出
        var chosen = s_projects.Where((_, i) => i < 2 || rnd.Next(3) != 0).ToList();
        foreach (var p in chosen)
        {
            var amount = rnd.Next(p.MinFen * scale, p.MaxFen * scale) / 100m;
            items.Add(new LineItem { FunctionCode = p.FunctionCode, EconomicCode = p.EconomicCode, Source = FundSource.GeneralBudget, Kind = ExpenditureKind.Project, ProjectName = p.Name, AmountWanYuan = amount });
        }
        if (templateId is "xinjiang-11" or "shaanxi-16" && rnd.Next(3) != 0)
        {
            // 上年结转 of the information project.
            items.Add(new LineItem { FunctionCode = "2101504", EconomicCode = "31007", Source = FundSource.FiscalCarryover, Kind = ExpenditureKind.Project, ProjectName = "医疗保障信息化建设（上年结转）", AmountWanYuan = W(1_000, 20_000) });
        }

        // “三公”经费 covering the 基本支出 30217/30231.
        var reception = items.Where(i => i.EconomicCode == "30217" && i.Kind == ExpenditureKind.Basic).Sum(i => i.AmountWanYuan);
        var operation = items.Where(i => i.EconomicCode == "30231" && i.Kind == ExpenditureKind.Basic).Sum(i => i.AmountWanYuan);
        var three = new ThreePublicExpenses
        {
            AbroadWanYuan = 0m,
            VehiclePurchaseWanYuan = staff.Vehicles > 0 && rnd.Next(4) == 0 ? W(1_000, 2_500) : 0m,
            VehicleOperationWanYuan = operation,
            ReceptionWanYuan = reception,
            MeetingWanYuan = templateId == "shaanxi-16" ? W(50, 300) : 0m,
            TrainingWanYuan = templateId == "shaanxi-16" ? W(50, 300) : 0m,
        };

        var goods = W(0, 5_000) * scale;
        var services = W(500, 8_000) * scale;
        var sme = Math.Round((goods + services) * 0.6m, 2, MidpointRounding.AwayFromZero);
        var procurement = new Procurement
        {
            GoodsWanYuan = goods,
            WorksWanYuan = 0m,
            ServicesWanYuan = services,
            SmeWanYuan = sme,
            MicroWanYuan = Math.Round(sme * 0.5m, 2, MidpointRounding.AwayFromZero),
        };
        var assets = new StateAssets
        {
            BuildingAreaSquareMetres = rnd.Next(300, 3000),
            BuildingValueWanYuan = W(10_000, 90_000),
            Vehicles = staff.Vehicles == 0 ? [] : [new VehicleHolding("一般公务用车", staff.Vehicles, W(1_000, 3_000) * staff.Vehicles)],
            PlannedVehicles = three.VehiclePurchaseWanYuan > 0m ? 1 : 0,
        };

        var projects = chosen.Select(p => new ProjectInfo { Name = p.Name, PolicyBasis = "根据" + p.Policy + "设立", Content = p.Content }).ToList();
        var targets = chosen.Select(p => new PerformanceTarget
        {
            ProjectName = p.Name,
            Goal = "保障" + p.Name.Replace("经费", "", StringComparison.Ordinal) + "按时足额落实，提升医疗保障服务水平。",
            Indicators =
            [
                new("产出指标", "数量指标", "覆盖人数", "≥" + (rnd.Next(10, 90) * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "人"),
                new("产出指标", "质量指标", "资金拨付合规率", "=100%"),
                new("产出指标", "时效指标", "资金拨付及时率", "≥95%"),
                new("效益指标", "社会效益指标", "群众就医负担", "有效减轻"),
                new("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
            ],
        }).ToList();
        targets.Add(new PerformanceTarget
        {
            Goal = "全面履行医疗保障管理职能，确保医保基金安全平稳运行。",
            Indicators =
            [
                new("产出指标", "数量指标", "基金监管检查覆盖定点机构比例", "=100%"),
                new("效益指标", "社会效益指标", "医保政策知晓率", "≥90%"),
                new("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"),
            ],
        });

        var ledger = new BudgetLedger
        {
            TemplateId = templateId,
            Year = year,
            Entity = entity,
            Staffing = staff,
            LineItems = items,
            ThreePublic = three,
            Procurement = procurement,
            Assets = assets,
            Projects = projects,
            PerformanceTargets = targets,
        };
        if (templateId == "final-9")
        {
            ledger = ledger with
            {
                ThreePublicBudget = three with { ReceptionWanYuan = three.ReceptionWanYuan + W(0, 50), VehicleOperationWanYuan = three.VehicleOperationWanYuan },
                ThreePublicStatistics = new ThreePublicStatistics { VehiclesHeld = staff.Vehicles, ReceptionBatches = rnd.Next(5, 40), ReceptionPersons = rnd.Next(20, 200) },
                Balances = [new FundBalance(FundSource.GeneralBudget, chosen[0].FunctionCode, W(0, 5_000), W(0, 5_000))],
                InitialBudget = items.Where(i => i.Source == FundSource.GeneralBudget).GroupBy(i => i.FunctionCode)
                    .Select(g => new PriorYearFigure(ChangeSubjects.Item(g.Key), Math.Round(g.Sum(i => i.AmountWanYuan) * (0.9m + rnd.Next(0, 20) / 100m), 2, MidpointRounding.AwayFromZero))).ToList(),
            };
        }

        // 上年数 and reasons for every compared figure: some unchanged (持平), the rest ±15 %.
        var prior = new List<PriorYearFigure>();
        var reasons = new List<ChangeReason>();
        foreach (var (subject, current) in Checks.LedgerChecker.ComparedFigures(ledger))
        {
            var p = rnd.Next(5) == 0 ? current : Math.Max(0m, Math.Round(current * (0.85m + rnd.Next(0, 31) / 100m), 2, MidpointRounding.AwayFromZero));
            prior.Add(new PriorYearFigure(subject, p));
            if (p != current) reasons.Add(new ChangeReason(subject, (current > p ? s_reasonsUp : s_reasonsDown)[rnd.Next(5)]));
        }
        foreach (var (subject, fin, budget) in Checks.LedgerChecker.BudgetComparisons(ledger))
        {
            if (fin != budget) reasons.Add(new ChangeReason(subject, fin > budget ? "年中追加预算用于医保基金监管等工作" : "厉行节约，严格控制支出，部分工作年内未完成"));
        }
        // A figure equal to another (all 基本支出 from 一般公共预算) has the same 上年数 and reason.
        var figures = Checks.LedgerChecker.ComparedFigures(ledger).ToDictionary(f => f.Subject, f => f.Current);
        foreach (var (subject, other) in Checks.LedgerChecker.SameFigures)
        {
            if (!figures.TryGetValue(subject, out var a) || !figures.TryGetValue(other, out var b) || a != b) continue;
            var same = prior.First(x => x.Subject == subject);
            prior.RemoveAll(x => x.Subject == other);
            prior.Add(new PriorYearFigure(other, same.AmountWanYuan));
            reasons.RemoveAll(x => x.Subject == other);
            if (reasons.FirstOrDefault(x => x.Subject == subject) is { } r) reasons.Add(new ChangeReason(other, r.Text));
        }
        return ledger with { PriorYear = prior, Reasons = reasons };
    }
}
