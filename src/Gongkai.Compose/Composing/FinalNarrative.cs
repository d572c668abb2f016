using Gongkai.Compose.Ledger;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using static Gongkai.Compose.Composing.ComposeContext;
using static Gongkai.Compose.Composing.Text;

namespace Gongkai.Compose.Composing;

/// <summary>
/// The final-accounts explanation (DOMAIN.md §3.2) with every figure computed from the ledger: totals and their change
/// from last year's 决算, income and expenditure shares, 一般公共预算财政拨款 (structure, and every 项 against its 年初预算
/// with 完成率 and the reason for a difference), 基本支出 by 款, “三公” (预算 vs 决算, statistics), 政府性基金/国资,
/// 绩效, 机关运行经费, 政府采购 (中小/小微 shares), 国有资产 and 名词解释.
/// </summary>
internal static class FinalNarrative
{
    public static IReadOnlyList<NarrativeSection> Compose(ComposeContext cx, IReadOnlyList<DisclosureTable> tables)
    {
        var l = cx.Ledger;
        var e = cx.Entity;
        var y = I(cx.Year);
        var w = new SectionWriter();

        w.Part(e + "概况");
        w.Chapter("主要职能", cx.FunctionsText());
        var s = l.Staffing;
        w.Chapter("机构设置及人员情况",
            l.Entity.SubUnits.Count == 0 ? $"{e}无下属预算单位。" : $"{e}决算由本级及下属{I(l.Entity.SubUnits.Count)}家单位的决算汇总而成：{string.Join("、", l.Entity.SubUnits.Select(u => u.Name))}。",
            $"{e}编制数{I(s.Establishment)}人，实有人数{I(s.Actual)}人，其中：在职{I(s.InService)}人，退休{I(s.Retired)}人，离休{I(s.Veteran)}人。");
        w.Part($"{y}年度{cx.LevelWord}决算表", string.Join("\n", tables.Select(t => (t.PrintedNumber ?? "") + " " + t.Title)));
        w.Part($"{y}年度{cx.LevelWord}决算情况说明");

        var all = cx.All.ToList();
        var income = FinalTables.Income(cx, all, all: true);
        var incomeTotal = Sum(income);
        var spent = Sum(all);
        var grand = spent + FinalTables.Closing(cx, false);
        w.Chapter("收入支出决算总体情况说明",
            $"{e}{y}年度收入总计{Wan(grand)}，{Change(grand, l.Prior(ChangeSubjects.Total), cx.PriorBasis, l.Reason(ChangeSubjects.Total))}。");

        var parts = new List<string>();
        var fiscalIncome = Sum(income.Where(i => FundSources.IsFiscal(i.Source)));
        if (fiscalIncome != 0m) parts.Add($"财政拨款收入{Wan(fiscalIncome)}，{Share(fiscalIncome, incomeTotal)}");
        foreach (var f in new[] { FundSource.SuperiorSubsidy, FundSource.BusinessIncome, FundSource.OperatingIncome, FundSource.AffiliatedRemittance, FundSource.OtherIncome })
        {
            var v = Sum(income, f);
            if (v != 0m) parts.Add($"{FundSources.Label(f).Replace("事业单位经营收入", "经营收入", StringComparison.Ordinal)}{Wan(v)}，{Share(v, incomeTotal)}");
        }
        w.Chapter("收入决算情况说明", $"{e}{y}年度本年收入合计{Wan(incomeTotal)}，其中：" + string.Join("；", parts) + "。");

        var basic = Sum(all.Where(i => i.Kind == ExpenditureKind.Basic));
        var project = spent - basic;
        w.Chapter("支出决算情况说明", $"{e}{y}年度本年支出合计{Wan(spent)}，其中：基本支出{Wan(basic)}，{Share(basic, spent)}；项目支出{Wan(project)}，{Share(project, spent)}。");

        var fiscalSpent = Sum(cx.Fiscal);
        var fiscalGrand = fiscalSpent + FinalTables.Closing(cx, true);
        w.Chapter("财政拨款收入支出决算总体情况说明", $"{e}{y}年度财政拨款收支总计{Wan(fiscalGrand)}。");

        var general = cx.General.ToList();
        var gTotal = Sum(general);
        w.Chapter("一般公共预算财政拨款支出决算情况说明");
        w.Sub("一般公共预算财政拨款支出决算总体情况",
            $"{e}{y}年度一般公共预算财政拨款支出{Wan(gTotal)}，占本年支出合计的{N(Percent(gTotal, spent))}%。",
            $"一般公共预算财政拨款支出{Wan(gTotal)}，{Change(gTotal, l.Prior(ChangeSubjects.Income(FundSource.GeneralBudget)), cx.PriorBasis, l.Reason(ChangeSubjects.Income(FundSource.GeneralBudget)))}。");
        var classes = cx.FunctionTree(general).Where(n => n.Code.Length == 3).ToList();
        w.Sub("一般公共预算财政拨款支出决算结构情况", classes.Count == 0 ? $"{cx.Self}本年度没有一般公共预算财政拨款支出。"
            : string.Join("\n", classes.Select((n, i) => $"{I(i + 1)}.{n.Name}（{n.Code}）{Wan(Sum(n.Items))}，{Share(Sum(n.Items), gTotal)}。")));
        var lines = new List<string>();
        foreach (var (n, i) in cx.FunctionTree(general).Where(n => n.Code.Length == 7).Select((n, i) => (n, i)))
        {
            var final = Sum(n.Items);
            var key = ChangeSubjects.Item(n.Code);
            var budget = l.InitialBudget.FirstOrDefault(b => b.Subject == key)?.AmountWanYuan ?? 0m;
            var head = $"{I(i + 1)}.{cx.FunctionName(n.Code[..3])}（类）{cx.FunctionName(n.Code[..5])}（款）{n.Name}（{n.Code}）：年初预算为{Wan(budget)}，决算数为{Wan(final)}";
            if (budget == 0m) lines.Add(head + "，年初未安排预算。");
            else if (budget == final) lines.Add(head + $"，完成年初预算的{N(Percent(final, budget))}%，预决算持平。");
            else
            {
                var reason = Reason(l.Reason(ChangeSubjects.VersusBudget(key)));
                lines.Add(head + $"，完成年初预算的{N(Percent(final, budget))}%。决算数{(final > budget ? "大于" : "小于")}年初预算数" + (reason is null ? "。" : "的主要原因是：" + reason + "。"));
            }
        }
        w.Sub("一般公共预算财政拨款支出决算具体情况", lines.Count == 0 ? $"{cx.Self}本年度没有一般公共预算财政拨款支出。" : string.Join("\n", lines));

        var gb = cx.GeneralBasic.ToList();
        var personnel = gb.Where(i => i.EffectiveCost == CostKind.Personnel).ToList();
        var publicCost = gb.Where(i => i.EffectiveCost == CostKind.Public).ToList();
        w.Chapter("一般公共预算财政拨款基本支出决算情况说明",
            $"{e}{y}年度一般公共预算财政拨款基本支出{Wan(Sum(gb))}，其中：人员经费{Wan(Sum(personnel))}，公用经费{Wan(Sum(publicCost))}。",
            personnel.Count == 0 ? "" : $"人员经费明细：{cx.ByEconomic(personnel)}。",
            publicCost.Count == 0 ? "" : $"公用经费明细：{cx.ByEconomic(publicCost)}。");

        var t = l.ThreePublic;
        var tb = l.ThreePublicBudget ?? ThreePublicExpenses.None;
        var st = l.ThreePublicStatistics ?? new ThreePublicStatistics();
        if (t.TotalWanYuan == 0m && tb.TotalWanYuan == 0m)
        {
            w.Chapter("财政拨款“三公”经费支出决算情况说明", $"{cx.Self}本年度无“三公”经费财政拨款支出。");
        }
        else
        {
            var tp = new List<string>
            {
                $"{e}{y}年度“三公”经费财政拨款支出决算{Wan(t.TotalWanYuan)}，其中：因公出国（境）费{Wan(t.AbroadWanYuan)}，公务用车购置费{Wan(t.VehiclePurchaseWanYuan)}，公务用车运行费{Wan(t.VehicleOperationWanYuan)}，公务接待费{Wan(t.ReceptionWanYuan)}。",
                $"“三公”经费决算{Wan(t.TotalWanYuan)}，{Change(t.TotalWanYuan, l.Prior(ChangeSubjects.ThreePublic), cx.PriorBasis, l.Reason(ChangeSubjects.ThreePublic))}。",
            };
            foreach (var (key, label, f, b) in new[]
                     {
                         (ChangeSubjects.Abroad, "因公出国（境）费", t.AbroadWanYuan, tb.AbroadWanYuan),
                         (ChangeSubjects.VehiclePurchase, "公务用车购置费", t.VehiclePurchaseWanYuan, tb.VehiclePurchaseWanYuan),
                         (ChangeSubjects.VehicleOperation, "公务用车运行费", t.VehicleOperationWanYuan, tb.VehicleOperationWanYuan),
                         (ChangeSubjects.Reception, "公务接待费", t.ReceptionWanYuan, tb.ReceptionWanYuan),
                     })
            {
                var versus = b == 0m ? "年初未安排预算" : $"完成年初预算的{N(Percent(f, b))}%";
                var reason = b != f ? Reason(l.Reason(ChangeSubjects.VersusBudget(key))) : null;
                tp.Add($"{label}年初预算为{Wan(b)}，决算数为{Wan(f)}，{versus}" + (reason is null ? "。" : $"，决算数与预算数不同的主要原因是：{reason}。"));
            }
            tp.Add($"{y}年度公务用车购置{I(st.VehiclesPurchased)}辆，年末公务用车保有量{I(st.VehiclesHeld)}辆；因公出国（境）团组{I(st.AbroadGroups)}个；国内公务接待{I(st.ReceptionBatches)}批次。");
            w.Chapter("财政拨款“三公”经费支出决算情况说明", tp.ToArray());
        }

        var gf = Sum(cx.GovFund);
        w.Chapter("政府性基金预算财政拨款收入支出决算情况说明", gf == 0m
            ? $"{cx.Self}{y}年度没有政府性基金预算财政拨款收入、支出和结转结余，政府性基金预算财政拨款收入支出决算表为空表。"
            : $"{e}{y}年度政府性基金预算财政拨款支出{Wan(gf)}。");
        var sc = Sum(cx.StateCapital);
        w.Chapter("国有资本经营预算财政拨款收入支出决算情况说明", sc == 0m
            ? $"{cx.Self}{y}年度没有国有资本经营预算财政拨款收入、支出和结转结余，国有资本经营预算财政拨款收入支出决算表为空表。"
            : $"{e}{y}年度国有资本经营预算财政拨款支出{Wan(sc)}。");

        var targets = TargetTables.ProjectTargets(cx).ToList();
        w.Chapter("预算绩效管理情况说明", targets.Count == 0
            ? $"{cx.Self}{y}年度没有设定绩效目标的项目。"
            : $"{y}年度，{cx.Self}对设定绩效目标的{I(targets.Count)}个项目开展了绩效监控和绩效自评。");

        w.Chapter("其他重要事项的情况说明");
        var publicSum = Sum(publicCost);
        var admin = l.Entity.SubUnits.Count(u => u.UnitType != UnitType.Institution);
        var inst = l.Entity.SubUnits.Count(u => u.UnitType == UnitType.Institution);
        w.Sub("机关运行经费支出情况",
            $"{y}年度，{e}本级及下属{I(admin)}家行政单位、{I(inst)}家事业单位的机关运行经费支出{Wan(publicSum)}，" +
            $"{Change(publicSum, l.Prior(ChangeSubjects.OperatingCosts), cx.PriorBasis, l.Reason(ChangeSubjects.OperatingCosts))}。");
        var p = l.Procurement;
        w.Sub("政府采购支出情况",
            $"{y}年度政府采购支出总额{Wan(p.TotalWanYuan)}，其中：政府采购货物支出{Wan(p.GoodsWanYuan)}，政府采购工程支出{Wan(p.WorksWanYuan)}，政府采购服务支出{Wan(p.ServicesWanYuan)}。",
            $"授予中小企业合同金额{Wan(p.SmeWanYuan)}，占政府采购支出总额的{N(Percent(p.SmeWanYuan, p.TotalWanYuan))}%，其中：授予小微企业合同金额{Wan(p.MicroWanYuan)}，占政府采购支出总额的{N(Percent(p.MicroWanYuan, p.TotalWanYuan))}%。");
        var a = l.Assets;
        w.Sub("国有资产占有使用情况",
            $"截至{y}年12月31日，{e}共有车辆{I(a.VehicleCount)}辆" + (a.Vehicles.Count == 0 ? "" : "，其中：" + string.Join("，", a.Vehicles.Select(v => $"{v.Use}{I(v.Count)}辆"))) +
            $"；单价100万元（含）以上设备（不含车辆）{I(a.EquipmentOver100)}台（套）。");
        BudgetNarrative.Glossary(cx, w);
        return w.Sections;
    }
}
