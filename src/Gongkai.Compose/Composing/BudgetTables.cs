using Gongkai.Compose.Ledger;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using static Gongkai.Compose.Composing.ComposeContext;

namespace Gongkai.Compose.Composing;

/// <summary>The budget tables (B01–B19) of the xinjiang-9, xinjiang-11 and shaanxi-16 templates, from the ledger.</summary>
internal static class BudgetTables
{
    private static readonly string[] s_numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

    /// <summary>"表一" … / Shaanxi "表1" ….</summary>
    public static string Number(ComposeContext cx, int index) =>
        cx.Template.Id.StartsWith("shaanxi", StringComparison.Ordinal)
            ? "表" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "表" + (index < s_numbers.Length ? s_numbers[index] : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The printed title of a table in this template.</summary>
    public static string Title(ComposeContext cx, TableId id)
    {
        var w = cx.LevelWord;
        if (cx.Template.Id.StartsWith("shaanxi", StringComparison.Ordinal))
        {
            const string p = "部门综合预算";
            return id.Value switch
            {
                "B01" => p + "收支总表",
                "B02" => p + "收入总表",
                "B03" => p + "支出总表",
                "B04" => p + "财政拨款收支总表",
                "B05" => p + "一般公共预算支出明细表（按支出功能分类科目）",
                "B14" => p + "一般公共预算支出明细表（按支出经济分类科目）",
                "B19" => p + "一般公共预算基本支出明细表（按支出功能分类科目）",
                "B06" => p + "一般公共预算基本支出明细表（按支出经济分类科目）",
                "B08" => p + "政府性基金收支表",
                "B15" => p + "专项业务经费支出表",
                "B11" => p + "财政拨款上年结转资金支出表",
                "B12" => p + "政府采购（资产配置、购买服务）预算表",
                "B07" => p + "一般公共预算“三公”经费支出预算表",
                "B16" => p + "专项业务经费绩效目标表",
                "B17" => p + "部门整体支出绩效目标表",
                "B18" => p + "专项资金总体绩效目标表",
                _ => cx.Definition(id)?.Name ?? id.Value,
            };
        }
        var eleven = cx.Template.Id == "xinjiang-11";
        return id.Value switch
        {
            "B01" => w + "收支总体情况表",
            "B02" => w + "收入总体情况表",
            "B03" => w + "支出总体情况表",
            "B04" => eleven ? "财政拨款收支总体情况表" : "财政拨款预算收支总体情况表",
            "B05" => "一般公共预算支出情况表",
            "B06" => "一般公共预算基本支出情况表",
            "B10" => eleven ? "项目支出情况表" : "一般公共预算项目支出情况表",
            "B07" => eleven ? "财政拨款“三公”经费支出情况表" : "一般公共预算“三公”经费支出情况表",
            "B08" => eleven ? "政府性基金预算支出情况表" : "政府性基金预算支出表",
            "B09" => "国有资本经营预算支出情况表",
            "B11" => "上年结转结余情况明细表",
            "B16" => "项目支出绩效目标表",
            "B17" => w + "整体支出绩效目标表",
            "B18" => "专项资金总体绩效目标表",
            _ => cx.Definition(id)?.Name ?? id.Value,
        };
    }

    /// <summary>All amount tables of the template, in template order (performance tables are added by <see cref="TargetTables"/>).</summary>
    public static IReadOnlyList<DisclosureTable> Compose(ComposeContext cx)
    {
        var tables = new List<DisclosureTable>();
        var index = 0;
        foreach (var def in cx.Template.Tables)
        {
            if (def.RowAxis == TableRowAxis.Other && def.Id.Value is "B16" or "B17" or "B18")
            {
                foreach (var t in TargetTables.Compose(cx, def, Number(cx, index))) tables.Add(t);
                index++;
                continue;
            }
            var table = One(cx, def, Title(cx, def.Id), Number(cx, index));
            if (table is null) continue;
            tables.Add(table);
            index++;
        }
        return tables;
    }

    private static DisclosureTable? One(ComposeContext cx, TemplateTableDefinition def, string title, string number)
    {
        var draft = new TableDraft(def, title, number);
        switch (def.Id.Value)
        {
            case "B01": return Summary(cx, draft, all: true);
            case "B04": return Summary(cx, draft, all: false);
            case "B02":
            case "B03": return cx.FunctionTable(draft, cx.All.ToList(), "本" + cx.LevelWord + "无收支");
            case "B05": return cx.FunctionTable(draft, cx.General.ToList(), EmptyNote(cx, "一般公共预算拨款", def.Name));
            case "B19": return cx.FunctionTable(draft, cx.GeneralBasic.ToList(), EmptyNote(cx, "一般公共预算基本支出", def.Name));
            case "B08": return cx.FunctionTable(draft, cx.GovFund.ToList(), EmptyNote(cx, "政府性基金预算拨款", title));
            case "B09": return cx.FunctionTable(draft, cx.StateCapital.ToList(), EmptyNote(cx, "国有资本经营预算拨款", title));
            case "B06": return Economic(cx, draft, cx.GeneralBasic.ToList(), EmptyNote(cx, "一般公共预算基本支出", def.Name));
            case "B14": return Economic(cx, draft, cx.General.ToList(), EmptyNote(cx, "一般公共预算拨款", def.Name));
            case "B10": return ProjectList(cx, draft, (def.Name.Contains("一般公共预算", StringComparison.Ordinal) && title.Contains("一般公共预算", StringComparison.Ordinal)
                ? cx.GeneralProject : cx.All.Where(i => i.Kind == ExpenditureKind.Project)).ToList());
            case "B15": return Projects(cx, draft, cx.GeneralProject.ToList());
            case "B11": return def.RowAxis == TableRowAxis.Project ? CarryoverDetail(cx, draft) : cx.FunctionTable(draft, cx.Carryover.Where(i => i.Source == FundSource.FiscalCarryover).ToList(),
                EmptyNote(cx, "财政拨款上年结转资金", title));
            case "B12": return ProcurementTable(cx, draft);
            case "B07": return ThreePublic(cx, draft, def);
            default: return null;
        }
    }

    public static string EmptyNote(ComposeContext cx, string what, string table) =>
        $"{cx.Self}{cx.Year}年没有使用{what}安排的支出，{table}为空表。";

    /// <summary>收支总表 (B01, all funds) or 财政拨款收支总表 (B04, the year's 财政拨款).</summary>
    private static DisclosureTable Summary(ComposeContext cx, TableDraft draft, bool all)
    {
        var shaanxi = cx.Template.Id.StartsWith("shaanxi", StringComparison.Ordinal);
        var eleven = cx.Template.Id == "xinjiang-11";
        var items = (all ? cx.All : cx.Fiscal).ToList();
        var current = (all ? cx.CurrentYear : cx.Fiscal).ToList();
        var def = draft;
        decimal IncomeOf(string key) => key switch
        {
            SummaryRowKeys.FiscalAppropriation => Sum(cx.Fiscal),
            SummaryRowKeys.GeneralBudget => Sum(items, FundSource.GeneralBudget),
            SummaryRowKeys.GovFund => Sum(items, FundSource.GovFund),
            SummaryRowKeys.StateCapital => Sum(items, FundSource.StateCapital),
            SummaryRowKeys.SpecialAccount => Sum(items, FundSource.SpecialAccount),
            SummaryRowKeys.BusinessIncome => Sum(items, FundSource.BusinessIncome),
            SummaryRowKeys.OperatingIncome => Sum(items, FundSource.OperatingIncome),
            SummaryRowKeys.SuperiorSubsidy => Sum(items, FundSource.SuperiorSubsidy),
            SummaryRowKeys.AffiliatedRemittance => Sum(items, FundSource.AffiliatedRemittance),
            SummaryRowKeys.OtherIncome => Sum(items, FundSource.OtherIncome),
            SummaryRowKeys.UnitFunds => Value(new ColumnKey("UnitFunds"), items) ?? 0m,
            SummaryRowKeys.CurrentYearIncomeTotal => Sum(current),
            SummaryRowKeys.PriorYearCarryover => all ? Sum(cx.Carryover) : 0m,
            SummaryRowKeys.FiscalCarryover => all ? Sum(cx.Carryover, FundSource.FiscalCarryover) : 0m,
            SummaryRowKeys.NonFiscalCarryover => all ? Sum(cx.Carryover, FundSource.NonFiscalCarryover) : 0m,
            SummaryRowKeys.IncomeGrandTotal => Sum(items),
            _ => 0m,
        };
        List<string> income;
        if (!all)
        {
            income = [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital, SummaryRowKeys.CurrentYearIncomeTotal,
                SummaryRowKeys.PriorYearCarryover, SummaryRowKeys.IncomeGrandTotal];
        }
        else if (eleven)
        {
            income = [SummaryRowKeys.FiscalAppropriation, SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital,
                SummaryRowKeys.SpecialAccount, SummaryRowKeys.UnitFunds, SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome,
                SummaryRowKeys.OtherIncome, SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.PriorYearCarryover,
                SummaryRowKeys.IncomeGrandTotal];
        }
        else if (shaanxi)
        {
            income = [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital, SummaryRowKeys.SpecialAccount,
                SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome, SummaryRowKeys.OtherIncome, SummaryRowKeys.CurrentYearIncomeTotal,
                SummaryRowKeys.PriorYearCarryover, SummaryRowKeys.IncomeGrandTotal];
        }
        else
        {
            income = [SummaryRowKeys.FiscalAppropriation, SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital,
                SummaryRowKeys.SpecialAccount, SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome, SummaryRowKeys.OtherIncome,
                SummaryRowKeys.CurrentYearIncomeTotal, SummaryRowKeys.PriorYearCarryover, SummaryRowKeys.IncomeGrandTotal];
        }
        var rowDefs = def.Columns.Count > 0 ? cx.Template.Tables.First(t => t.Id == (all ? TableId.B01 : TableId.B04)).RowDefinitions : [];
        string Label(string key)
        {
            if (!all && key == SummaryRowKeys.GeneralBudget) return "一般公共预算拨款";
            if (!all && key == SummaryRowKeys.GovFund) return "政府性基金预算拨款";
            if (!all && key == SummaryRowKeys.StateCapital) return "国有资本经营预算拨款";
            if (key == SummaryRowKeys.OtherIncome && cx.Template.Id == "xinjiang-9") return "单位其他资金收入";
            if (key == SummaryRowKeys.SpecialAccount && cx.Template.Id == "xinjiang-9") return "教育收费（财政专户）";
            if (key == SummaryRowKeys.PriorYearCarryover && !all) return "上年财政拨款结转";
            return rowDefs.FirstOrDefault(r => r.Key == key)?.Label ?? key;
        }
        foreach (var key in income)
        {
            var v = IncomeOf(key);
            draft.Row(null, Label(key), RowKind.Line, c => c.Side == TableSide.Income ? v : null, key, TableSide.Income);
        }
        foreach (var node in cx.FunctionTree(items).Where(n => n.Code.Length == 3))
        {
            var nodeItems = node.Items;
            draft.Row(node.Code, node.Name, RowKind.Class, c => c.Side == TableSide.Expenditure ? Value(c.Key ?? ColumnKey.Total, nodeItems) : null,
                side: TableSide.Expenditure);
        }
        var spent = Sum(items);
        foreach (var (key, _) in new[] { (SummaryRowKeys.CurrentYearExpenditureTotal, spent), (SummaryRowKeys.CarryForward, 0m), (SummaryRowKeys.ExpenditureGrandTotal, spent) })
        {
            draft.Row(null, rowDefs.FirstOrDefault(r => r.Key == key)?.Label ?? key, RowKind.Line,
                c => c.Side != TableSide.Expenditure ? null
                    : Value(c.Key ?? ColumnKey.Total, items) is { } x ? (key == SummaryRowKeys.CarryForward ? 0m : x) : null,
                key, TableSide.Expenditure);
        }
        return draft.Build();
    }

    /// <summary>A 部门经济分类 detail table (类/款), with the 政府经济分类 beside each 款 in Shaanxi.</summary>
    private static DisclosureTable Economic(ComposeContext cx, TableDraft draft, IReadOnlyList<LineItem> items, string emptyNote)
    {
        if (items.Count == 0 || Sum(items) == 0m)
        {
            draft.Empty(emptyNote);
            draft.Row(null, "合计", RowKind.Total, _ => null);
            return draft.Build();
        }
        var shaanxi = cx.Template.Id.StartsWith("shaanxi", StringComparison.Ordinal);
        draft.Row(null, "合计", RowKind.Total, c => Value(c.Key ?? ColumnKey.Total, items));
        foreach (var node in cx.EconomicTree(items))
        {
            string? gov = null, govName = null;
            if (shaanxi)
            {
                gov = node.Code.Length == 5 ? cx.GovernmentCode(node.Code) : null;
                govName = gov is null ? null : cx.GovernmentEconomicName(gov);
            }
            draft.Row(node.Code, node.Name, TableDraft.KindOf(node.Code), c => Value(c.Key ?? ColumnKey.Total, node.Items), govCode: gov, govName: govName);
        }
        return draft.Build();
    }

    /// <summary>项目支出情况表: 合计, 类/款/项 rows, each 项 followed by its projects.</summary>
    private static DisclosureTable ProjectList(ComposeContext cx, TableDraft draft, IReadOnlyList<LineItem> items)
    {
        if (items.Count == 0 || Sum(items) == 0m)
        {
            draft.Empty($"{cx.Self}{cx.Year}年没有安排项目支出，项目支出情况表为空表。");
            draft.Row(null, "合计", RowKind.Total, _ => null);
            return draft.Build();
        }
        draft.Row(null, "合计", RowKind.Total, c => Value(c.Key ?? ColumnKey.Total, items));
        foreach (var node in cx.FunctionTree(items))
        {
            draft.Row(node.Code, node.Name, TableDraft.KindOf(node.Code), c => Value(c.Key ?? ColumnKey.Total, node.Items));
            if (node.Code.Length != 7) continue;
            foreach (var p in node.Items.GroupBy(i => i.ProjectName ?? "其他项目").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var list = p.ToList();
                draft.Row(null, p.Key, RowKind.Project, c => Value(c.Key ?? ColumnKey.Total, list), projectName: p.Key);
            }
        }
        return draft.Build();
    }

    /// <summary>专项业务经费支出表 (Shaanxi): one row per project, 合计 first.</summary>
    private static DisclosureTable Projects(ComposeContext cx, TableDraft draft, IReadOnlyList<LineItem> items)
    {
        if (items.Count == 0 || Sum(items) == 0m)
        {
            draft.Empty($"{cx.Self}{cx.Year}年没有安排专项业务经费，专项业务经费支出表为空表。");
            draft.Row(null, "合计", RowKind.Total, _ => null);
            return draft.Build();
        }
        draft.Row(null, "合计", RowKind.Total, c => Value(c.Key ?? ColumnKey.Total, items));
        foreach (var p in items.GroupBy(i => i.ProjectName ?? "其他项目").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = p.ToList();
            draft.Row(null, p.Key, RowKind.Project, c => Value(c.Key ?? ColumnKey.Total, list), projectName: p.Key);
        }
        return draft.Build();
    }

    /// <summary>上年结转结余情况明细表 (xinjiang-11): 合计 and one row per project (or 基本支出) of the carried-over funds.</summary>
    private static DisclosureTable CarryoverDetail(ComposeContext cx, TableDraft draft)
    {
        var items = cx.Carryover.ToList();
        if (items.Count == 0 || Sum(items) == 0m)
        {
            draft.Empty($"{cx.Self}{cx.Year}年没有上年结转结余资金，上年结转结余情况明细表为空表。");
            draft.Row(null, "合计", RowKind.Total, _ => null);
            return draft.Build();
        }
        draft.Row(null, "合计", RowKind.Total, c => Value(c.Key ?? ColumnKey.Total, items));
        foreach (var p in items.GroupBy(i => i.ProjectName ?? "基本支出").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = p.ToList();
            draft.Row(null, p.Key, RowKind.Project, c => Value(c.Key ?? ColumnKey.Total, list), projectName: p.Key);
        }
        return draft.Build();
    }

    /// <summary>政府采购预算表 (Shaanxi): 合计, 货物, 工程, 服务.</summary>
    private static DisclosureTable ProcurementTable(ComposeContext cx, TableDraft draft)
    {
        var p = cx.Ledger.Procurement;
        if (p.TotalWanYuan == 0m)
        {
            draft.Empty($"{cx.Self}{cx.Year}年没有政府采购预算，政府采购预算表为空表。");
            draft.Row(null, "合计", RowKind.Total, _ => null);
            return draft.Build();
        }
        draft.Row(null, "合计", RowKind.Total, _ => p.TotalWanYuan);
        draft.Row(null, "货物", RowKind.Line, _ => p.GoodsWanYuan);
        draft.Row(null, "工程", RowKind.Line, _ => p.WorksWanYuan);
        draft.Row(null, "服务", RowKind.Line, _ => p.ServicesWanYuan);
        return draft.Build();
    }

    /// <summary>“三公”经费支出表: one row of the year's budget, or (transposed, xinjiang-11) one row per item by fund source.</summary>
    private static DisclosureTable ThreePublic(ComposeContext cx, TableDraft draft, TemplateTableDefinition def)
    {
        var t = cx.Ledger.ThreePublic;
        decimal Of(string key) => key switch
        {
            "Total" => t.TotalWanYuan,
            "Abroad" => t.AbroadWanYuan,
            "VehicleSubtotal" => t.VehicleSubtotalWanYuan,
            "VehiclePurchase" => t.VehiclePurchaseWanYuan,
            "VehicleOperation" => t.VehicleOperationWanYuan,
            "Reception" => t.ReceptionWanYuan,
            "Meeting" => t.MeetingWanYuan,
            "Training" => t.TrainingWanYuan,
            _ => 0m,
        };
        if (def.Transposed)
        {
            foreach (var row in def.RowDefinitions)
            {
                var v = Of(row.Key);
                draft.Row(null, row.Label, row.Key == "Total" ? RowKind.Total : RowKind.Line,
                    c => c.Key?.Value is "Total" or "GeneralBudget" ? v : 0m, row.Key);
            }
        }
        else
        {
            draft.Row(null, cx.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年预算数", RowKind.Line, c => Of(c.Key?.Value ?? ""));
        }
        if (t.TotalWanYuan == 0m) draft.Empty($"{cx.Self}{cx.Year}年没有安排“三公”经费，“三公”经费支出表为空表。");
        return draft.Build();
    }
}
