using Gongkai.Compose.Ledger;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Templates;

namespace Gongkai.Compose.Checks;

/// <summary>
/// 生成前检查: checks a ledger before composing: template and year, codes against the year's catalogue (unknown,
/// retired, 项 not under its 款), amounts (decimals, sign), 基本支出 booked to a project, fund sources the template
/// cannot print, reasons missing for a change above the threshold, “三公” below the 基本支出 it must cover, 政府采购
/// parts and performance targets. Linear in the number of line items. Never throws on bad data.
/// </summary>
public sealed class LedgerChecker
{
    private readonly ICatalogueProvider _catalogues;
    private readonly TemplateRegistry _templates;

    public LedgerChecker(ICatalogueProvider? catalogues = null, TemplateRegistry? templates = null)
    {
        _catalogues = catalogues ?? EmbeddedCatalogueProvider.Default;
        _templates = templates ?? TemplateRegistry.Default;
    }

    public IReadOnlyList<LedgerIssue> Check(BudgetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var issues = new List<LedgerIssue>();
        void Add(string code, Severity severity, string message, CellLocation? at = null) =>
            issues.Add(new LedgerIssue(code, severity, message) { Location = at });

        if (_templates.Get(ledger.TemplateId) is null || !Composing.DisclosureComposer.SupportedTemplates.Contains(ledger.TemplateId))
        {
            Add("LEDGER-TEMPLATE", Severity.Error, $"模板“{ledger.TemplateId}”不存在或暂不支持生成（支持：{string.Join("、", Composing.DisclosureComposer.SupportedTemplates)}）。");
            return issues;
        }
        if (ledger.Year is < EmbeddedCatalogueProvider.FirstYear or > EmbeddedCatalogueProvider.LastCompiledYear + 1)
        {
            Add("LEDGER-YEAR", Severity.Error, $"年度 {ledger.Year} 超出科目目录覆盖范围（{EmbeddedCatalogueProvider.FirstYear}—{EmbeddedCatalogueProvider.LastCompiledYear}年）。");
            return issues;
        }
        if (string.IsNullOrWhiteSpace(ledger.Entity.Name)) Add("LEDGER-ENTITY", Severity.Error, "未填写单位名称。");
        if (ledger.LineItems.Count == 0) Add("LEDGER-EMPTY", Severity.Error, "没有填写任何预算明细行，无法生成公开文件。");
        if (ledger.LineItems.Count > ledger.Options.MaxLineItems)
        {
            Add("LEDGER-TOO-MANY", Severity.Error, $"预算明细共 {ledger.LineItems.Count} 行，超过上限 {ledger.Options.MaxLineItems} 行。");
            return issues;
        }
        var s = ledger.Staffing;
        if (s.Establishment < 0 || s.InService < 0 || s.Retired < 0 || s.Veteran < 0 || s.Vehicles < 0)
        {
            Add("LEDGER-STAFF", Severity.Error, "人员编制、实有人数和车辆数不能为负数。");
        }

        var catalogue = _catalogues.ForYear(ledger.Year);
        var final = ledger.Kind == DocumentKind.FinalAccounts;
        var unsupported = UnsupportedSources(ledger.TemplateId);
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var functionOk = new Dictionary<string, string?>(StringComparer.Ordinal);
        var economicOk = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var item in ledger.LineItems)
        {
            var at = item.Location;
            if (!functionOk.TryGetValue(item.FunctionCode ?? "", out var fError))
            {
                fError = FunctionError(catalogue, item.FunctionCode);
                functionOk[item.FunctionCode ?? ""] = fError;
            }
            if (fError is not null) Add("LEDGER-FUNCTION-CODE", Severity.Error, fError, at);
            if (!economicOk.TryGetValue(item.EconomicCode ?? "", out var eError))
            {
                eError = EconomicError(catalogue, item.EconomicCode);
                economicOk[item.EconomicCode ?? ""] = eError;
            }
            if (eError is not null) Add("LEDGER-ECONOMIC-CODE", Severity.Error, eError, at);
            if (Rounding.DecimalsOf(item.AmountWanYuan) > 2 && decimal.Round(item.AmountWanYuan, 2) != item.AmountWanYuan)
            {
                Add("LEDGER-DECIMALS", Severity.Error, $"金额 {item.AmountWanYuan.ToString(System.Globalization.CultureInfo.InvariantCulture)} 的小数位超过两位（金额单位为万元，最多保留两位小数）。", at);
            }
            if (item.AmountWanYuan < 0m) Add("LEDGER-NEGATIVE", Severity.Error, "金额不能为负数。", at);
            if (item.AmountWanYuan == 0m) Add("LEDGER-ZERO", Severity.Warning, "金额为0，本行不会出现在公开表中。", at);
            if (item.Kind == ExpenditureKind.Basic && !string.IsNullOrWhiteSpace(item.ProjectName))
            {
                Add("LEDGER-BASIC-PROJECT", Severity.Error, $"基本支出不应列入项目“{item.ProjectName}”：基本支出请清空项目名称，项目经费请将支出类型改为“项目支出”。", at);
            }
            if (item.Kind == ExpenditureKind.Project && string.IsNullOrWhiteSpace(item.ProjectName))
            {
                Add("LEDGER-PROJECT-NAME", Severity.Error, "项目支出必须填写项目名称。", at);
            }
            if (item.Kind == ExpenditureKind.Project && item.ProjectName is { } p) projects.Add(p);
            if (unsupported.Contains(item.Source))
            {
                Add("LEDGER-SOURCE", Severity.Error, $"模板“{ledger.TemplateId}”没有“{FundSources.Label(item.Source)}”栏目，请改用该模板支持的资金来源。", at);
            }
            if (item.Kind == ExpenditureKind.Basic && item.Cost is { } cost && cost != ExpectedCost(item.EconomicCode))
            {
                Add("LEDGER-COST-KIND", Severity.Warning, $"经济分类 {item.EconomicCode} 一般属于{(ExpectedCost(item.EconomicCode) == CostKind.Personnel ? "人员经费" : "公用经费")}，本行填为{(cost == CostKind.Personnel ? "人员经费" : "公用经费")}。", at);
            }
        }

        CheckReasons(ledger, final, Add);
        CheckThreePublic(ledger, final, Add);
        var pr = ledger.Procurement;
        if (pr.SmeWanYuan > pr.TotalWanYuan) Add("LEDGER-PROCUREMENT", Severity.Error, "面向中小企业的政府采购金额大于政府采购总额。", pr.Location);
        if (pr.MicroWanYuan > pr.SmeWanYuan) Add("LEDGER-PROCUREMENT", Severity.Error, "面向小微企业的政府采购金额大于面向中小企业的金额。", pr.Location);
        if (pr.GoodsWanYuan < 0m || pr.WorksWanYuan < 0m || pr.ServicesWanYuan < 0m) Add("LEDGER-PROCUREMENT", Severity.Error, "政府采购金额不能为负数。", pr.Location);
        foreach (var target in ledger.PerformanceTargets)
        {
            if (target.ProjectName is { } name && !projects.Contains(name))
            {
                Add("LEDGER-TARGET-PROJECT", Severity.Warning, $"绩效目标的项目“{name}”在预算明细中没有项目支出，不生成其绩效目标表。", target.Location);
            }
            if (target.Indicators.Count == 0) Add("LEDGER-TARGET-EMPTY", Severity.Error, $"绩效目标“{target.ProjectName ?? "整体支出"}”没有绩效指标。", target.Location);
            foreach (var i in target.Indicators.Where(i => string.IsNullOrWhiteSpace(i.Value) || string.IsNullOrWhiteSpace(i.Name)))
            {
                Add("LEDGER-TARGET-VALUE", Severity.Error, $"绩效目标“{target.ProjectName ?? "整体支出"}”的指标“{i.Name}”缺少指标名称或指标值。", target.Location);
            }
            foreach (var family in new[] { "产出", "效益", "满意度" })
            {
                if (!target.Indicators.Any(i => i.Level1.StartsWith(family, StringComparison.Ordinal)) && target.ProjectName is not null)
                {
                    Add("LEDGER-TARGET-FAMILY", Severity.Warning, $"绩效目标“{target.ProjectName}”缺少{family}指标。", target.Location);
                }
            }
        }
        if (final) CheckBalances(ledger, Add);
        return issues;
    }

    private static CostKind ExpectedCost(string? code) => code is not null &&
        (code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal)) ? CostKind.Personnel : CostKind.Public;

    /// <summary>Fund sources the template has no column or line for.</summary>
    public static IReadOnlySet<FundSource> UnsupportedSources(string templateId) => templateId switch
    {
        "xinjiang-9" => new HashSet<FundSource> { FundSource.FiscalCarryover, FundSource.NonFiscalCarryover, FundSource.SuperiorSubsidy, FundSource.AffiliatedRemittance },
        "xinjiang-11" => new HashSet<FundSource> { FundSource.SuperiorSubsidy, FundSource.AffiliatedRemittance },
        "shaanxi-16" => new HashSet<FundSource> { FundSource.NonFiscalCarryover, FundSource.SuperiorSubsidy, FundSource.AffiliatedRemittance },
        "final-9" => new HashSet<FundSource> { FundSource.FiscalCarryover, FundSource.NonFiscalCarryover, FundSource.SpecialAccount },
        _ => new HashSet<FundSource>(),
    };

    private static string? FunctionError(ClassificationCatalogue catalogue, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 7 || !code.All(char.IsAsciiDigit))
            return $"功能分类科目编码“{code}”应为7位项级编码（如 2101501）。";
        if (!catalogue.TryGetFunction(code, out var entry))
        {
            var versions = catalogue.Versions(ClassificationScheme.Function, code);
            if (versions.Count > 0)
                return $"功能分类科目 {code}（{versions[^1].Name}）{versions[^1].ValidityText}有效，{catalogue.Year}年已停用。";
            if (!catalogue.TryGetFunction(code[..5], out var section))
                return $"功能分类科目编码 {code} 不在{catalogue.Year}年科目目录中：其款 {code[..5]} 不存在。";
            return $"功能分类科目编码 {code} 不在{catalogue.Year}年科目目录中（款 {code[..5]} {section.Name} 下没有此项）。";
        }
        if (entry.ParentCode is { } parent && parent != code[..5])
            return $"功能分类科目 {code}（{entry.Name}）不属于款 {code[..5]}。";
        return null;
    }

    private static string? EconomicError(ClassificationCatalogue catalogue, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 5 || !code.All(char.IsAsciiDigit))
            return $"经济分类科目编码“{code}”应为5位款级部门预算支出经济分类编码（如 30101）。";
        if (!catalogue.TryGetEconomic(EconomicScheme.Departmental, code, out _))
        {
            var versions = catalogue.Versions(ClassificationScheme.DepartmentalEconomic, code);
            return versions.Count > 0
                ? $"经济分类科目 {code}（{versions[^1].Name}）{versions[^1].ValidityText}有效，{catalogue.Year}年已停用。"
                : $"经济分类科目编码 {code} 不在{catalogue.Year}年部门预算支出经济分类中。";
        }
        return null;
    }

    /// <summary>Pairs of compared figures the text states side by side: equal this year, they must have the same 上年数.</summary>
    public static IReadOnlyList<(string, string)> SameFigures { get; } =
    [
        (ChangeSubjects.Basic, ChangeSubjects.GeneralBasic),
        (ChangeSubjects.Project, ChangeSubjects.GeneralProject),
    ];

    private static void CheckReasons(BudgetLedger ledger, bool final, Action<string, Severity, string, CellLocation?> add)
    {
        foreach (var (subject, fin, budget) in BudgetComparisons(ledger))
        {
            if (fin == budget || Math.Abs(fin - budget) <= ledger.Options.ReasonThresholdWanYuan || ledger.Reason(subject) is not null) continue;
            add("LEDGER-REASON", Severity.Error,
                $"“{ChangeSubjects.Label(subject)}”决算 {Text(fin)} 万元与年初预算 {Text(budget)} 万元不同，请在“上年数及原因”中填写主要原因。", null);
        }
        var figures = ComparedFigures(ledger).ToDictionary(f => f.Subject, f => f.Current);
        foreach (var (a, b) in SameFigures)
        {
            if (figures.TryGetValue(a, out var x) && figures.TryGetValue(b, out var z) && x == z && ledger.Prior(a) != ledger.Prior(b))
            {
                add("LEDGER-PRIOR-CONFLICT", Severity.Error,
                    $"“{ChangeSubjects.Label(a)}”与“{ChangeSubjects.Label(b)}”本年数相同（{Text(x)} 万元），上年数却不同（{Text(ledger.Prior(a))} 与 {Text(ledger.Prior(b))} 万元），请核对。",
                    ledger.PriorYear.FirstOrDefault(p => p.Subject == b)?.Location);
            }
        }
        foreach (var (subject, current) in ComparedFigures(ledger))
        {
            var prior = ledger.Prior(subject);
            var change = current - prior;
            if (Math.Abs(change) <= ledger.Options.ReasonThresholdWanYuan || change == 0m) continue;
            if (ledger.Reason(subject) is not null) continue;
            add("LEDGER-REASON", Severity.Error,
                $"“{ChangeSubjects.Label(subject)}”本年{(final ? "决算" : "预算")} {Text(current)} 万元比上年 {Text(prior)} 万元{(change > 0 ? "增加" : "减少")} {Text(Math.Abs(change))} 万元，超过 {Text(ledger.Options.ReasonThresholdWanYuan)} 万元，请在“上年数及原因”中填写主要原因。",
                ledger.PriorYear.FirstOrDefault(p => p.Subject == subject)?.Location);
        }
    }

    /// <summary>Final accounts: the 决算 figures compared with their 年初预算 (each 一般公共预算 项 and “三公” item), as (subject, 决算, 预算).</summary>
    public static IEnumerable<(string Subject, decimal Final, decimal Budget)> BudgetComparisons(BudgetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (ledger.Kind != DocumentKind.FinalAccounts) yield break;
        foreach (var g in ledger.LineItems.Where(i => i.Source == FundSource.GeneralBudget).GroupBy(i => i.FunctionCode))
        {
            var key = ChangeSubjects.Item(g.Key);
            var budget = ledger.InitialBudget.FirstOrDefault(b => b.Subject == key)?.AmountWanYuan ?? 0m;
            if (budget != 0m) yield return (ChangeSubjects.VersusBudget(key), g.Sum(i => i.AmountWanYuan), budget);
        }
        var t = ledger.ThreePublic;
        var b3 = ledger.ThreePublicBudget ?? ThreePublicExpenses.None;
        yield return (ChangeSubjects.VersusBudget(ChangeSubjects.Abroad), t.AbroadWanYuan, b3.AbroadWanYuan);
        yield return (ChangeSubjects.VersusBudget(ChangeSubjects.VehiclePurchase), t.VehiclePurchaseWanYuan, b3.VehiclePurchaseWanYuan);
        yield return (ChangeSubjects.VersusBudget(ChangeSubjects.VehicleOperation), t.VehicleOperationWanYuan, b3.VehicleOperationWanYuan);
        yield return (ChangeSubjects.VersusBudget(ChangeSubjects.Reception), t.ReceptionWanYuan, b3.ReceptionWanYuan);
    }

    private static string Text(decimal v) => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The figures the explanation compares with the previous year, with their current value (万元).</summary>
    public static IEnumerable<(string Subject, decimal Current)> ComparedFigures(BudgetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var items = ledger.LineItems;
        if (ledger.Kind == DocumentKind.FinalAccounts)
        {
            // 收入（支出）总计 = 本年支出 + 年末结转和结余 (+ 结余分配, 0).
            yield return (ChangeSubjects.Total, items.Sum(i => i.AmountWanYuan) + ledger.Balances.Sum(b => b.ClosingWanYuan));
        }
        foreach (var source in items.Select(i => i.Source).Distinct())
        {
            yield return (ChangeSubjects.Income(source), items.Where(i => i.Source == source).Sum(i => i.AmountWanYuan));
        }
        yield return (ChangeSubjects.Basic, items.Where(i => i.Kind == ExpenditureKind.Basic).Sum(i => i.AmountWanYuan));
        yield return (ChangeSubjects.Project, items.Where(i => i.Kind == ExpenditureKind.Project).Sum(i => i.AmountWanYuan));
        var general = items.Where(i => i.Source == FundSource.GeneralBudget).ToList();
        yield return (ChangeSubjects.GeneralBasic, general.Where(i => i.Kind == ExpenditureKind.Basic).Sum(i => i.AmountWanYuan));
        yield return (ChangeSubjects.GeneralProject, general.Where(i => i.Kind == ExpenditureKind.Project).Sum(i => i.AmountWanYuan));
        foreach (var g in general.GroupBy(i => i.FunctionCode)) yield return (ChangeSubjects.Item(g.Key), g.Sum(i => i.AmountWanYuan));
        var t = ledger.ThreePublic;
        yield return (ChangeSubjects.ThreePublic, t.TotalWanYuan);
        yield return (ChangeSubjects.Abroad, t.AbroadWanYuan);
        yield return (ChangeSubjects.VehiclePurchase, t.VehiclePurchaseWanYuan);
        yield return (ChangeSubjects.VehicleOperation, t.VehicleOperationWanYuan);
        yield return (ChangeSubjects.Reception, t.ReceptionWanYuan);
        yield return (ChangeSubjects.OperatingCosts, general.Where(i => i.Kind == ExpenditureKind.Basic && i.EffectiveCost == CostKind.Public).Sum(i => i.AmountWanYuan));
    }

    private static void CheckThreePublic(BudgetLedger ledger, bool final, Action<string, Severity, string, CellLocation?> add)
    {
        var basic = ledger.LineItems.Where(i => i.Source == FundSource.GeneralBudget && i.Kind == ExpenditureKind.Basic).ToList();
        var reception = basic.Where(i => i.EconomicCode == "30217").Sum(i => i.AmountWanYuan);
        var operation = basic.Where(i => i.EconomicCode == "30231").Sum(i => i.AmountWanYuan);
        var t = ledger.ThreePublic;
        if (t.ReceptionWanYuan < reception)
            add("LEDGER-THREE-PUBLIC", Severity.Error, $"“三公”经费中的公务接待费 {Text(t.ReceptionWanYuan)} 万元小于一般公共预算基本支出中的公务接待费（30217）{Text(reception)} 万元。", t.Location);
        if (t.VehicleOperationWanYuan < operation)
            add("LEDGER-THREE-PUBLIC", Severity.Error, $"“三公”经费中的公务用车运行费 {Text(t.VehicleOperationWanYuan)} 万元小于一般公共预算基本支出中的公务用车运行维护费（30231）{Text(operation)} 万元。", t.Location);
        foreach (var v in new[] { t.AbroadWanYuan, t.VehiclePurchaseWanYuan, t.VehicleOperationWanYuan, t.ReceptionWanYuan })
        {
            if (v < 0m || decimal.Round(v, 2) != v)
            {
                add("LEDGER-THREE-PUBLIC", Severity.Error, "“三公”经费金额不能为负数，且最多两位小数（万元）。", t.Location);
                break;
            }
        }
        if (final && ledger.ThreePublicBudget is null)
            add("LEDGER-THREE-PUBLIC-BUDGET", Severity.Warning, "决算未填写“三公”经费年初预算数，按0处理。", t.Location);
    }

    private static void CheckBalances(BudgetLedger ledger, Action<string, Severity, string, CellLocation?> add)
    {
        var spent = ledger.LineItems.GroupBy(i => (i.Source, i.FunctionCode)).ToDictionary(g => g.Key, g => g.Sum(i => i.AmountWanYuan));
        foreach (var b in ledger.Balances)
        {
            var income = spent.GetValueOrDefault((b.Source, b.FunctionCode)) + b.ClosingWanYuan - b.OpeningWanYuan;
            if (b.OpeningWanYuan < 0m || b.ClosingWanYuan < 0m)
                add("LEDGER-BALANCE", Severity.Error, "结转和结余不能为负数。", b.Location);
            else if (income < 0m)
                add("LEDGER-BALANCE", Severity.Error, $"{FundSources.Label(b.Source)} {b.FunctionCode}：年初结转和结余大于本年支出与年末结转和结余之和，本年收入将为负数。", b.Location);
        }
    }
}
