using Gongkai.Compose.Ledger;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using static Gongkai.Compose.Composing.Text;

namespace Gongkai.Compose.Composing;

/// <summary>
/// 绩效目标表 (B16 项目支出, B17 整体支出, B18 专项资金总体): one table per target, rows of cells as the published
/// tables print them (项目名称, 实施单位, 项目资金, 年度绩效目标, then 一级/二级/三级指标 and 指标值).
/// </summary>
internal static class TargetTables
{
    public static IEnumerable<DisclosureTable> Compose(ComposeContext cx, TemplateTableDefinition def, string number)
    {
        var targets = def.Id.Value switch
        {
            "B16" => ProjectTargets(cx).ToList(),
            "B17" => cx.Ledger.PerformanceTargets.Where(t => t.ProjectName is null).Take(1).ToList(),
            _ => [],
        };
        var title = BudgetTables.Title(cx, def.Id);
        // An optional target table the ledger has nothing for is left out (xinjiang templates list B17/B18 as optional).
        if (!def.Required && (def.Id.Value == "B18" || targets.Count == 0)) yield break;
        if (def.Id.Value == "B18")
        {
            // 专项资金总体绩效目标表 (Shaanxi): all project funds with the targets' indicators together.
            var projects = ProjectTargets(cx).ToList();
            var draft = new TableDraft(def, title, number);
            if (projects.Count == 0)
            {
                draft.Empty($"{cx.Self}{cx.Year}年没有专项资金，{title}为空表。");
                draft.TextRow("专项名称", "无");
                yield return draft.Build();
                yield break;
            }
            var total = projects.Sum(p => ProjectTotal(cx, p.ProjectName!));
            draft.TextRow("专项（项目）名称", cx.Entity + "专项资金");
            draft.TextRow("主管部门", cx.Entity, "实施单位", cx.Entity);
            draft.TextRow("项目资金（万元）", "年度资金总额", N(total), "其中：财政拨款", N(total), "其他资金", N(0m));
            draft.TextRow("年度总体目标", string.Join("；", projects.Select(p => p.Goal.TrimEnd('。'))) + "。");
            draft.TextRow("一级指标", "二级指标", "三级指标", "指标值");
            foreach (var i in projects.SelectMany(p => p.Indicators)) draft.TextRow(i.Level1, i.Level2, i.Name, i.Value);
            yield return draft.Build();
            yield break;
        }
        if (targets.Count == 0)
        {
            var draft = new TableDraft(def, title, number);
            draft.Empty($"{cx.Self}{cx.Year}年{(def.Id.Value == "B17" ? "未编制整体支出绩效目标" : "没有实行绩效目标管理的项目")}，{title}为空表。");
            draft.TextRow(def.Id.Value == "B17" ? "单位名称" : "项目名称", "无");
            yield return draft.Build();
            yield break;
        }
        foreach (var target in targets)
        {
            var draft = new TableDraft(def, title, number);
            if (target.ProjectName is { } name)
            {
                var items = cx.All.Where(i => i.Kind == ExpenditureKind.Project && i.ProjectName == name).ToList();
                var total = ComposeContext.Sum(items);
                var fiscal = ComposeContext.Sum(items.Where(i => FundSources.IsFiscal(i.Source)));
                draft.TextRow("项目名称", name);
                draft.TextRow("主管部门", cx.Entity, "实施单位", cx.Entity);
                draft.TextRow("项目资金（万元）", "年度资金总额", N(total), "其中：财政拨款", N(fiscal), "其他资金", N(total - fiscal));
                draft.TextRow("年度绩效目标", target.Goal);
            }
            else
            {
                var total = ComposeContext.Sum(cx.All);
                var fiscal = ComposeContext.Sum(cx.Fiscal);
                draft.TextRow("单位名称", cx.Entity);
                draft.TextRow("年度资金总额", N(total), "其中：财政拨款", N(fiscal), "其他资金", N(total - fiscal));
                draft.TextRow("年度总体目标", target.Goal);
            }
            draft.TextRow("一级指标", "二级指标", "三级指标", "指标值");
            foreach (var i in target.Indicators) draft.TextRow(i.Level1, i.Level2, i.Name, i.Value);
            yield return draft.Build();
        }
    }

    /// <summary>The targets of projects that have line items, in ledger order.</summary>
    public static IEnumerable<PerformanceTarget> ProjectTargets(ComposeContext cx) =>
        cx.Ledger.PerformanceTargets.Where(t => t.ProjectName is { } n && ProjectTotal(cx, n) != 0m);

    public static decimal ProjectTotal(ComposeContext cx, string name) =>
        ComposeContext.Sum(cx.All.Where(i => i.Kind == ExpenditureKind.Project && i.ProjectName == name));
}
