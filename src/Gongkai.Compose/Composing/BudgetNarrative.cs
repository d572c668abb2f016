using Gongkai.Compose.Ledger;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using static Gongkai.Compose.Composing.ComposeContext;
using static Gongkai.Compose.Composing.Text;

namespace Gongkai.Compose.Composing;

/// <summary>
/// The budget explanation (情况说明, DOMAIN.md §3.1) with every figure computed from the ledger in the sentence patterns
/// of §4.2: totals, shares, 比上年增减 with the officer's reasons, 一般公共预算 structure and every 项, 基本支出 by 款,
/// projects, “三公”, 机关运行经费, 政府采购, 国有资产, 绩效 and 名词解释.
/// </summary>
internal static class BudgetNarrative
{
    public static IReadOnlyList<NarrativeSection> Compose(ComposeContext cx, IReadOnlyList<DisclosureTable> tables)
    {
        var l = cx.Ledger;
        var e = cx.Entity;
        var y = I(cx.Year);
        var w = new SectionWriter();

        // 第一部分 概况
        w.Part(e + "概况");
        w.Chapter("主要职能", cx.FunctionsText());
        var s = l.Staffing;
        var org = l.Entity.SubUnits.Count == 0
            ? $"{e}无下属预算单位" + (l.Entity.Offices.Count > 0 ? $"，内设{string.Join("、", l.Entity.Offices)}。" : "。")
            : $"{e}下属预算单位{I(l.Entity.SubUnits.Count)}个：{string.Join("、", l.Entity.SubUnits.Select(u => u.Name + (u.Separate ? "（单列）" : "（并入本部）")))}。";
        w.Chapter("机构设置及人员情况", org,
            $"{e}编制数{I(s.Establishment)}人，实有人数{I(s.Actual)}人，其中：在职{I(s.InService)}人，退休{I(s.Retired)}人，离休{I(s.Veteran)}人。");

        // 第二部分 公开表 (the tables themselves)
        w.Part($"{y}年{cx.LevelWord}预算公开表", string.Join("\n", tables.Select(t => (t.PrintedNumber ?? "") + " " + t.Title)));

        // 第三部分 情况说明
        w.Part($"{y}年{cx.LevelWord}预算情况说明");
        var all = Sum(cx.All);
        var current = Sum(cx.CurrentYear);
        var carry = Sum(cx.Carryover);
        var basic = Sum(cx.All.Where(i => i.Kind == ExpenditureKind.Basic));
        var project = all - basic;
        var sourcesUsed = Enum.GetValues<FundSource>().Where(f => Sum(cx.All, f) != 0m).ToList();
        w.Chapter($"关于{e}{y}年收支预算情况的总体说明",
            $"按照全口径预算的原则，{e}{y}年所有收入和支出均纳入{cx.LevelWord}预算管理。收支总预算{Wan(all)}。",
            $"收入包括：{string.Join("、", sourcesUsed.Select(IncomeLabel))}。",
            $"支出包括：{string.Join("、", cx.FunctionTree(cx.All).Where(n => n.Code.Length == 3).Select(n => n.Name))}。");

        // 二、收入
        var income = new List<string>();
        foreach (var f in sourcesUsed)
        {
            var v = Sum(cx.All, f);
            income.Add($"{IncomeLabel(f)}{Wan(v)}，{Share(v, all)}，{Change(v, l.Prior(ChangeSubjects.Income(f)), cx.PriorBasis, l.Reason(ChangeSubjects.Income(f)))}");
        }
        var missing = new[] { FundSource.GovFund, FundSource.StateCapital }.Where(f => !sourcesUsed.Contains(f)).Select(f => FundSources.Label(f) + "未安排。");
        w.Chapter($"关于{e}{y}年收入预算情况说明",
            $"{e}{y}年收入预算{Wan(all)}，其中：" + string.Join("；", income) + "。",
            string.Concat(missing));

        // 三、支出
        var spend = new List<string>();
        if (basic != 0m || l.HasPrior(ChangeSubjects.Basic))
            spend.Add($"基本支出{Wan(basic)}，{Share(basic, all)}，{Change(basic, l.Prior(ChangeSubjects.Basic), cx.PriorBasis, l.Reason(ChangeSubjects.Basic))}");
        if (project != 0m || l.HasPrior(ChangeSubjects.Project))
            spend.Add($"项目支出{Wan(project)}，{Share(project, all)}，{Change(project, l.Prior(ChangeSubjects.Project), cx.PriorBasis, l.Reason(ChangeSubjects.Project))}");
        w.Chapter($"关于{e}{y}年支出预算情况说明", $"{e}{y}年支出预算{Wan(all)}，其中：" + string.Join("；", spend) + "。");

        // 四、财政拨款收支总体
        var fiscal = Sum(cx.Fiscal);
        var fiscalParts = new[] { FundSource.GeneralBudget, FundSource.GovFund, FundSource.StateCapital }
            .Where(f => Sum(cx.Fiscal, f) != 0m).Select(f => $"{FundSources.Label(f)}拨款收入{Wan(Sum(cx.Fiscal, f))}").ToList();
        var fiscalClasses = cx.FunctionTree(cx.Fiscal).Where(n => n.Code.Length == 3).Select(n => $"{n.Name}{Wan(Sum(n.Items))}").ToList();
        w.Chapter($"关于{e}{y}年财政拨款收支预算情况的总体说明",
            $"{y}年财政拨款收支总预算{Wan(fiscal)}。",
            fiscalParts.Count == 0 ? $"{cx.Self}{y}年没有财政拨款收入。" : "财政拨款收入包括：" + string.Join("，", fiscalParts) + "。",
            fiscalClasses.Count == 0 ? "" : "财政拨款支出包括：" + string.Join("，", fiscalClasses) + "。");

        // 五、一般公共预算当年拨款
        var general = cx.General.ToList();
        var gTotal = Sum(general);
        var gBasic = Sum(general.Where(i => i.Kind == ExpenditureKind.Basic));
        var gProject = gTotal - gBasic;
        w.Chapter($"关于{e}{y}年一般公共预算当年拨款情况说明");
        w.Sub("一般公共预算当年拨款规模变化情况",
            $"{e}{y}年一般公共预算当年拨款{Wan(gTotal)}，{Change(gTotal, l.Prior(ChangeSubjects.Income(FundSource.GeneralBudget)), cx.PriorBasis, null)}。" +
            $"其中：基本支出{Wan(gBasic)}，{Change(gBasic, l.Prior(ChangeSubjects.GeneralBasic), cx.PriorBasis, l.Reason(ChangeSubjects.GeneralBasic))}；" +
            $"项目支出{Wan(gProject)}，{Change(gProject, l.Prior(ChangeSubjects.GeneralProject), cx.PriorBasis, l.Reason(ChangeSubjects.GeneralProject))}。");
        var classes = cx.FunctionTree(general).Where(n => n.Code.Length == 3).ToList();
        w.Sub("一般公共预算当年拨款结构情况", classes.Count == 0
            ? $"{cx.Self}{y}年没有一般公共预算当年拨款。"
            : string.Join("\n", classes.Select((n, i) => $"{I(i + 1)}.{n.Name}（{n.Code}）{Wan(Sum(n.Items))}，{Share(Sum(n.Items), gTotal)}。")));
        var items = cx.FunctionTree(general).Where(n => n.Code.Length == 7).ToList();
        var lines = new List<string>();
        foreach (var (n, i) in items.Select((n, i) => (n, i)))
        {
            var v = Sum(n.Items);
            lines.Add($"{I(i + 1)}.{cx.FunctionName(n.Code[..3])}（{n.Code[..3]}）{cx.FunctionName(n.Code[..5])}（{n.Code[3..5]}）{n.Name}（{n.Code[5..]}）：" +
                $"{y}年预算数为{Wan(v)}，{Change(v, l.Prior(ChangeSubjects.Item(n.Code)), cx.PriorBasis, l.Reason(ChangeSubjects.Item(n.Code)))}。");
        }
        w.Sub("一般公共预算当年拨款具体使用情况", lines.Count == 0 ? $"{cx.Self}{y}年没有一般公共预算当年拨款。" : string.Join("\n", lines));

        // 六、一般公共预算基本支出
        var gb = cx.GeneralBasic.ToList();
        var personnel = gb.Where(i => i.EffectiveCost == CostKind.Personnel).ToList();
        var publicCost = gb.Where(i => i.EffectiveCost == CostKind.Public).ToList();
        w.Chapter($"关于{e}{y}年一般公共预算基本支出情况说明",
            $"{e}{y}年一般公共预算基本支出{Wan(Sum(gb))}，其中：人员经费{Wan(Sum(personnel))}，公用经费{Wan(Sum(publicCost))}。",
            personnel.Count == 0 ? "" : $"人员经费明细：{cx.ByEconomic(personnel)}。",
            publicCost.Count == 0 ? "" : $"公用经费明细：{cx.ByEconomic(publicCost)}。");

        // 七、项目支出
        var projectLines = new List<string>();
        foreach (var p in cx.GeneralProject.GroupBy(i => i.ProjectName ?? "其他项目").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var info = l.Projects.FirstOrDefault(x => x.Name == p.Key);
            projectLines.Add($"项目名称：{p.Key}");
            projectLines.Add($"设立的政策依据：{info?.PolicyBasis ?? "按照本级财政预算批复安排"}");
            projectLines.Add($"预算安排规模：{Wan(Sum(p))}");
            projectLines.Add($"项目承担单位：{info?.ImplementingUnit ?? e}");
            projectLines.Add($"资金分配情况：{info?.Content ?? "按项目实施内容安排"}");
            projectLines.Add($"资金执行时间：{info?.Period ?? y + "年1月至" + y + "年12月"}");
        }
        w.Chapter($"关于{e}{y}年一般公共预算项目支出情况说明", projectLines.Count == 0
            ? $"{cx.Self}{y}年没有安排一般公共预算项目支出。"
            : string.Join("\n", projectLines));

        // 八、“三公”
        var t = l.ThreePublic;
        var scope = cx.Template.Id == "xinjiang-11" ? "财政拨款" : "一般公共预算";
        var tp = new List<string>
        {
            $"{e}{y}年{scope}“三公”经费预算{Wan(t.TotalWanYuan)}，其中：因公出国（境）费{Wan(t.AbroadWanYuan)}，公务用车购置费{Wan(t.VehiclePurchaseWanYuan)}，" +
            $"公务用车运行费{Wan(t.VehicleOperationWanYuan)}，公务接待费{Wan(t.ReceptionWanYuan)}。",
            $"“三公”经费预算{Wan(t.TotalWanYuan)}，{Change(t.TotalWanYuan, l.Prior(ChangeSubjects.ThreePublic), cx.PriorBasis, l.Reason(ChangeSubjects.ThreePublic))}。",
        };
        foreach (var (key, label, v) in new[]
                 {
                     (ChangeSubjects.Abroad, "因公出国（境）费", t.AbroadWanYuan), (ChangeSubjects.VehiclePurchase, "公务用车购置费", t.VehiclePurchaseWanYuan),
                     (ChangeSubjects.VehicleOperation, "公务用车运行费", t.VehicleOperationWanYuan), (ChangeSubjects.Reception, "公务接待费", t.ReceptionWanYuan),
                 })
        {
            tp.Add($"{label}预算{Wan(v)}，{Change(v, l.Prior(key), cx.PriorBasis, l.Reason(key))}。");
        }
        w.Chapter($"关于{e}{y}年{scope}“三公”经费预算情况说明", tp.ToArray());

        // 九、政府性基金 / 十、国有资本经营
        var gf = Sum(cx.GovFund);
        w.Chapter($"关于{e}{y}年政府性基金预算拨款情况说明", gf == 0m
            ? $"{e}{y}年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。"
            : $"{e}{y}年政府性基金预算拨款支出{Wan(gf)}。");
        if (cx.Definition(TableId.B09) is not null)
        {
            var sc = Sum(cx.StateCapital);
            w.Chapter($"关于{e}{y}年国有资本经营预算拨款情况说明", sc == 0m
                ? $"{e}{y}年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。"
                : $"{e}{y}年国有资本经营预算拨款支出{Wan(sc)}。");
        }

        // 其他重要事项
        w.Chapter("其他重要事项的情况说明");
        OtherMatters(cx, w, Sum(publicCost));

        // 名词解释
        Glossary(cx, w);
        return w.Sections;
    }

    public static string IncomeLabel(FundSource f) => f switch
    {
        FundSource.GeneralBudget => "一般公共预算拨款收入",
        FundSource.GovFund => "政府性基金预算拨款收入",
        FundSource.StateCapital => "国有资本经营预算拨款收入",
        FundSource.FiscalCarryover => "上年结转",
        _ => FundSources.Label(f),
    };

    /// <summary>机关运行经费, 政府采购, 国有资产, 预算绩效 (budget wording).</summary>
    public static void OtherMatters(ComposeContext cx, SectionWriter w, decimal publicCost)
    {
        var l = cx.Ledger;
        var e = cx.Entity;
        var y = I(cx.Year);
        var admin = l.Entity.SubUnits.Count(u => u.UnitType != UnitType.Institution);
        var inst = l.Entity.SubUnits.Count(u => u.UnitType == UnitType.Institution);
        w.Sub("机关运行经费情况",
            $"{y}年，{e}本级及下属{I(admin)}家行政单位、{I(inst)}家事业单位的机关运行经费财政拨款预算{Wan(publicCost)}，" +
            $"{Change(publicCost, l.Prior(ChangeSubjects.OperatingCosts), cx.PriorBasis, l.Reason(ChangeSubjects.OperatingCosts))}。");
        var p = l.Procurement;
        w.Sub("政府采购情况",
            $"{y}年，{e}政府采购预算{Wan(p.TotalWanYuan)}，其中：政府采购货物预算{Wan(p.GoodsWanYuan)}，政府采购工程预算{Wan(p.WorksWanYuan)}，政府采购服务预算{Wan(p.ServicesWanYuan)}。",
            $"{y}年度{cx.Self}面向中小企业预留政府采购项目预算金额{Wan(p.SmeWanYuan)}，其中：面向小微企业预留政府采购项目预算金额{Wan(p.MicroWanYuan)}。");
        var a = l.Assets;
        var vehicles = a.Vehicles.Count == 0 ? "" : "，其中：" + string.Join("，", a.Vehicles.Select(v => $"{v.Use}{I(v.Count)}辆，价值{Wan(v.ValueWanYuan)}"));
        w.Sub("国有资产占用使用情况",
            $"截至{I(cx.Year - 1)}年底，{e}占用使用国有资产总体情况为：房屋{N(a.BuildingAreaSquareMetres)}平方米，价值{Wan(a.BuildingValueWanYuan)}；车辆{I(a.VehicleCount)}辆，价值{Wan(a.VehicleValueWanYuan)}{vehicles}；" +
            $"单位价值50万元以上大型设备{I(a.EquipmentOver50)}台（套），单位价值100万元以上大型设备{I(a.EquipmentOver100)}台（套）。",
            $"{y}年{cx.LevelWord}预算安排购置车辆{I(a.PlannedVehicles)}辆，安排购置单位价值50万元以上大型设备{I(a.PlannedEquipment)}台（套）。");
        var targets = TargetTables.ProjectTargets(cx).ToList();
        var covered = targets.Sum(t => TargetTables.ProjectTotal(cx, t.ProjectName!));
        w.Sub("预算绩效情况", targets.Count == 0
            ? $"{y}年度，{cx.Self}没有实行绩效目标管理的项目。"
            : cx.Template.Tables.Any(t => t.Id.Value == "B18" && t.Required)
                // The 专项资金总体 table repeats the projects: the count of 绩效管理的项目 is said without it.
                ? $"{y}年度，{cx.Self}纳入绩效目标管理的专项业务经费项目共{I(targets.Count)}个，涉及预算金额{Wan(covered)}。具体情况见专项业务经费绩效目标表。"
                : $"{y}年度，{cx.Self}实行预算绩效管理的项目{I(targets.Count)}个，涉及预算金额{Wan(covered)}。具体情况见项目支出绩效目标表。");
    }

    /// <summary>名词解释 (DOMAIN.md §3.3).</summary>
    public static void Glossary(ComposeContext cx, SectionWriter w)
    {
        string[] terms =
        [
            "财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款和国有资本经营预算拨款。",
            "事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
            "其他收入：指除上述收入以外的各项收入。",
            cx.IsFinal ? "年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。" : "上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
            "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
            "项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
            "“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
            "机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费。",
        ];
        w.Chapter("名词解释", terms);
    }
}
