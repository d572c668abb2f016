using Gongkai.Core.Catalogues;
using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Recognition;
using Gongkai.Core.Rules;
using Gongkai.Core.Templates;
using Gongkai.Core.Workflows;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>
/// The Changsha 公安局 2025 budget (Hunan template): 2025年项目支出绩效目标表 (p23–50) lists 14 projects in one grid and
/// 2025年部门整体支出绩效目标表 (p51–53) the unit; each is read into its own target table. Figures and texts below were
/// read off the rendered pages by hand (pdftoppm) and against pdftotext -layout.
/// </summary>
public sealed class PdfHunanPerformanceCorpusTests
{
    private const string File = "changsha-gonganju-2025-dept-budget.pdf";

    private static DisclosureDocument Document() => PdfCorpus.Checked(File);

    private static List<PerformanceTable> Projects() =>
        [.. Document().Performance.Where(p => p.Kind == PerformanceTableKind.ProjectTarget)];

    private static PerformanceTable Project(string name) => Assert.Single(Projects(), p => p.ProjectName == name);

    /// <summary>(一级, 二级, 三级指标, 指标值 with 指标值类型 and 度量单位, 分值 from 备注).</summary>
    private static (string?, string?, string, string?, decimal?)[] Indicators(PerformanceTable table) =>
        [.. table.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target?.Text, i.Weight.Value))];

    [Fact]
    public void ProjectList_ReadsFourteenProjectsEachContinuedOverItsPages()
    {
        var projects = Projects();

        string[] names =
        [
            "大型警保卫及基础设施安全保护工作经费", "大院运行和维修经费", "电信诈骗防范拦截系统建设运维及专网租赁运行经费",
            "基本建设及局系统综合专项工作业务经费", "警务辅助人员经费（含市府机关大院30名）", "警务通通讯租赁费",
            "民辅警意外险及健康警队运转经费", "民警急难险重及群众举报奖励经费", "民警训练经费", "派驻纪检监察组办公经费",
            "人口服务管理及身份证制作经费", "日常办案和大要案经费", "天网工程租赁和服务费", "装备、服装及其他设备购置费",
        ];
        Assert.Equal(names, projects.Select(p => p.ProjectName));
        decimal[] funds = [428.69m, 2_791.51m, 242.25m, 12_919.92m, 15_470.00m, 212.51m, 795.00m, 305.50m, 163.46m, 3.00m, 440.43m, 1_169.99m, 1_900.00m, 2_210.60m];
        Assert.Equal(funds, projects.Select(p => p.Fund(PerformanceFundKind.Total)!.Amount.Value!.Value));
        Assert.All(projects, p => Assert.Equal(("106001", "长沙市公安局"), (p.UnitCode, p.ImplementingUnit)));
        Assert.All(projects, p => Assert.False(string.IsNullOrEmpty(p.Goal)));
        // Each project's 备注 (分值) add up to 90 on the page.
        Assert.All(projects, p => Assert.Equal(90m, p.Indicators.Sum(i => i.Weight.OrZero)));
    }

    [Fact]
    public void ProjectList_SecurityProject_EveryIndicatorAsPrinted()
    {
        // p23–25: the project starts under the 合计 and unit rows and is continued at the top of p24 and p25.
        var p = Project("大型警保卫及基础设施安全保护工作经费");

        Assert.Equal("发挥公安职能，切实做好大型警保卫及基础设施安全保护工作", p.Goal);
        Assert.Equal(428.69m, p.Fund(PerformanceFundKind.Total)!.Amount.Value);
        (string?, string?, string, string?, decimal?)[] expected =
        [
            ("成本指标", "经济成本指标", "成本控制率", "≤100%", 20m),
            ("产出指标", "数量指标", "安全隐患排除率", "=100%", 6m),
            ("产出指标", "数量指标", "开展督导专项检查行动次数", "≥1次", 1m),
            ("产出指标", "数量指标", "警保卫活动次数", "≥10次", 4m),
            ("产出指标", "数量指标", "召开定期安全工作联席会议", "≥5次", 2m),
            ("产出指标", "数量指标", "制定实施方案", "≥1份", 1m),
            ("产出指标", "数量指标", "印发宣传手册、图画等资料", "≥10万份", 4m),
            ("产出指标", "质量指标", "三电安全隐患整改完成率", "=100%", 6m),
            ("产出指标", "质量指标", "三电设施零事故", "=0起", 2m),
            ("产出指标", "质量指标", "警保卫任务质量", "符合要求", 2m),
            ("产出指标", "时效指标", "安全隐患排查及时性", "及时", 2m),
            ("产出指标", "时效指标", "各项警保卫任务完成及时率", "=100%", 6m),
            ("产出指标", "时效指标", "响应及时率", "=100%", 4m),
            ("效益指标", "社会效益指标", "列管单位风险隐患等级评估", "低风险", 2m),
            ("效益指标", "社会效益指标", "全市盗窃破坏“三电”设施等发案率", "有效降低", 2m),
            ("效益指标", "社会效益指标", "全省各地州市开展的交叉考评名次", "前三名", 2m),
            ("效益指标", "社会效益指标", "全省平安建设考评名次", "名列前茅", 2m),
            ("效益指标", "社会效益指标", "人民群众安全感、获得感、幸福感提升", "有效提升", 2m),
            ("效益指标", "社会效益指标", "维护重大节点期间，社会面平安稳定", "维护稳定", 3m),
            ("效益指标", "社会效益指标", "出现重大安全事故次数", "=0次", 3m),
            ("效益指标", "可持续影响指标", "全市油气和三电基础设施安全", "保障", 2m),
            ("效益指标", "可持续影响指标", "保障各类大型活动的安全开展", "保障", 2m),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10m),
        ];
        Assert.Equal(expected, Indicators(p));
        var first = p.Indicators[0];
        Assert.Equal(("≤", 100m, "%"), (first.Target!.Operator, first.Target.Number, first.Target.Unit));
        Assert.Equal(("成本控制在总预算内", "成本控制在总预算内得满分，每超过5%扣5分"), (first.TargetDescription, first.ScoringStandard));
        Assert.True(p.Indicators.Single(i => i.Name == "警保卫任务质量").Target!.IsQualitative);
    }

    [Fact]
    public void ProjectList_TrainingProject_EveryIndicatorAsPrinted()
    {
        // p39 (its first row under the previous project, 单位编码 merged with it) continued on p40.
        var p = Project("民警训练经费");

        Assert.Equal("提高公安队伍整体素质和战斗力，推进公安队伍正规化、职业化建设。完成教育培训计划。", p.Goal);
        Assert.Equal(163.46m, p.Fund(PerformanceFundKind.Total)!.Amount.Value);
        (string?, string?, string, string?, decimal?)[] expected =
        [
            ("成本指标", "经济成本指标", "成本控制率", "≤100%", 20m),
            ("产出指标", "数量指标", "培训班次", "≥10期", 10m),
            ("产出指标", "质量指标", "考核合格率", "≥90%", 10m),
            ("产出指标", "时效指标", "培训开展及时率", "=100%", 20m),
            ("效益指标", "社会效益指标", "增强培训学员整体素质和战斗力", "有效增强", 20m),
            ("满意度指标", "服务对象满意度指标", "参训民警满意度", "≥90%", 10m),
        ];
        Assert.Equal(expected, Indicators(p));
        Assert.Equal(["成本", "产出", "产出", "产出", "效益", "满意度"], p.Indicators.Select(i => i.Family));
    }

    [Fact]
    public void UnitTarget_ReadsTheUnitFundsAndIndicators()
    {
        // p51–53: one unit, 资金总额 68,632.12 = 一般公共预算 68,632.12; 24 indicators whose 备注 add up to 85.
        var unit = Assert.Single(Document().Performance, p => p.Kind == PerformanceTableKind.UnitTarget);

        Assert.Equal(("长沙市公安局", "106001"), (unit.ProjectName, unit.UnitCode));
        Assert.StartsWith("1.打击违法犯罪。", unit.Goal, StringComparison.Ordinal);
        Assert.Equal(68_632.12m, unit.Fund(PerformanceFundKind.Total)!.Amount.Value);
        Assert.Equal(68_632.12m, unit.Funds.Single(f => f.Label == "一般公共预算").Amount.Value);
        Assert.Equal(24, unit.Indicators.Count);
        Assert.Equal(("基本支出控制控制数", "≤28398.17万元", 10m), (unit.Indicators[0].Name, unit.Indicators[0].Target!.Text, unit.Indicators[0].Weight.Value));
        Assert.Equal(("社会公众满意度", "≥90%", 5m), (unit.Indicators[^1].Name, unit.Indicators[^1].Target!.Text, unit.Indicators[^1].Weight.Value));
        Assert.Equal(85m, unit.Indicators.Sum(i => i.Weight.OrZero));
    }

    [Fact]
    public void Rules_NoPerformanceFinding()
    {
        var document = Document();
        var context = new RuleContext(document, EmbeddedCatalogueProvider.Default, RuleOptions.Default)
        {
            Template = TemplateRegistry.Default.Get(document.Info.TemplateId!),
        };

        var findings = RuleEngine.Run(context).Where(f => f.Category == FindingCategory.Performance).Select(f => f.RuleId + " " + f.Message);
        Assert.Equal("", string.Join("; ", findings));
    }
}
