using Gongkai.Compose.Ledger;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using static Gongkai.Compose.Composing.ComposeContext;

namespace Gongkai.Compose.Composing;

/// <summary>
/// The final-accounts tables F01–F09 (DOMAIN.md §2.3) from a final-accounts ledger: the line items are the year's
/// spending; the year's income of each fund and 项 is 本年支出 + 年末结转和结余 − 年初结转和结余.
/// </summary>
internal static class FinalTables
{
    public static IReadOnlyList<DisclosureTable> Compose(ComposeContext cx)
    {
        var tables = new List<DisclosureTable>();
        var index = 0;
        foreach (var def in cx.Template.Tables)
        {
            if (!def.Required) continue; // P01/P02 自评表 are not composed from a ledger yet
            var draft = new TableDraft(def, Title(cx, def), "表" + SectionWriter.Chinese(index + 1));
            var table = def.Id.Value switch
            {
                "F01" => Summary(cx, draft, fiscal: false),
                "F04" => Summary(cx, draft, fiscal: true),
                "F02" => cx.FunctionTable(draft, Income(cx, cx.All.ToList(), all: true), "本" + cx.LevelWord + "本年度没有收入"),
                "F03" => cx.FunctionTable(draft, cx.All.ToList(), "本" + cx.LevelWord + "本年度没有支出"),
                "F05" => cx.FunctionTable(draft, cx.General.ToList(), FinalEmpty(cx, "一般公共预算财政拨款", def.Name)),
                "F06" => Basic(cx, draft),
                "F07" => ThreePublic(cx, draft),
                "F08" => Fund(cx, draft, FundSource.GovFund, "政府性基金预算财政拨款"),
                "F09" => Fund(cx, draft, FundSource.StateCapital, "国有资本经营预算财政拨款"),
                _ => null,
            };
            if (table is null) continue;
            tables.Add(table);
            index++;
        }
        return tables;
    }

    private static string Title(ComposeContext cx, TemplateTableDefinition def) => def.Id.Value switch
    {
        "F01" => "收入支出决算总表",
        "F02" => "收入决算表",
        "F03" => "支出决算表",
        "F04" => "财政拨款收入支出决算总表",
        "F05" => "一般公共预算财政拨款支出决算表",
        "F06" => "一般公共预算财政拨款基本支出决算表",
        "F07" => "财政拨款“三公”经费支出决算表",
        "F08" => "政府性基金预算财政拨款收入支出决算表",
        "F09" => "国有资本经营预算财政拨款收入支出决算表",
        _ => def.Name,
    };

    public static string FinalEmpty(ComposeContext cx, string what, string table) =>
        $"{cx.Self}{cx.Year}年度没有{what}收入、支出和结转结余，{table}为空表。";

    /// <summary>本年收入 by fund and 项: spending + closing − opening (income lines carry the source; kind is irrelevant).</summary>
    public static List<LineItem> Income(ComposeContext cx, IReadOnlyList<LineItem> spending, bool all)
    {
        var map = new Dictionary<(FundSource, string), decimal>();
        foreach (var i in spending) map[(i.Source, i.FunctionCode)] = map.GetValueOrDefault((i.Source, i.FunctionCode)) + i.AmountWanYuan;
        foreach (var b in cx.Ledger.Balances.Where(b => all || FundSources.IsFiscal(b.Source)))
        {
            map[(b.Source, b.FunctionCode)] = map.GetValueOrDefault((b.Source, b.FunctionCode)) + b.ClosingWanYuan - b.OpeningWanYuan;
        }
        return map.Select(p => new LineItem { Source = p.Key.Item1, FunctionCode = p.Key.Item2, EconomicCode = "30299", Kind = ExpenditureKind.Basic, AmountWanYuan = p.Value })
            .Where(i => i.AmountWanYuan != 0m).ToList();
    }

    public static decimal Opening(ComposeContext cx, bool fiscal, FundSource? source = null) =>
        cx.Ledger.Balances.Where(b => (!fiscal || FundSources.IsFiscal(b.Source)) && (source is null || b.Source == source)).Sum(b => b.OpeningWanYuan);

    public static decimal Closing(ComposeContext cx, bool fiscal, FundSource? source = null) =>
        cx.Ledger.Balances.Where(b => (!fiscal || FundSources.IsFiscal(b.Source)) && (source is null || b.Source == source)).Sum(b => b.ClosingWanYuan);

    private static DisclosureTable Summary(ComposeContext cx, TableDraft draft, bool fiscal)
    {
        var spending = (fiscal ? cx.Fiscal : cx.All).ToList();
        var income = Income(cx, spending, all: !fiscal);
        var lines = fiscal
            ? new (string Key, string Label, decimal Value)[]
            {
                (SummaryRowKeys.GeneralBudget, "一、一般公共预算财政拨款", Sum(income, FundSource.GeneralBudget)),
                (SummaryRowKeys.GovFund, "二、政府性基金预算财政拨款", Sum(income, FundSource.GovFund)),
                (SummaryRowKeys.StateCapital, "三、国有资本经营预算财政拨款", Sum(income, FundSource.StateCapital)),
                (SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", Sum(income)),
                (SummaryRowKeys.OpeningBalance, "年初财政拨款结转和结余", Opening(cx, true)),
                (SummaryRowKeys.IncomeGrandTotal, "总计", Sum(income) + Opening(cx, true)),
            }
            : new (string, string, decimal)[]
            {
                (SummaryRowKeys.GeneralBudget, "一、一般公共预算财政拨款收入", Sum(income, FundSource.GeneralBudget)),
                (SummaryRowKeys.GovFund, "二、政府性基金预算财政拨款收入", Sum(income, FundSource.GovFund)),
                (SummaryRowKeys.StateCapital, "三、国有资本经营预算财政拨款收入", Sum(income, FundSource.StateCapital)),
                (SummaryRowKeys.SuperiorSubsidy, "四、上级补助收入", Sum(income, FundSource.SuperiorSubsidy)),
                (SummaryRowKeys.BusinessIncome, "五、事业收入", Sum(income, FundSource.BusinessIncome)),
                (SummaryRowKeys.OperatingIncome, "六、经营收入", Sum(income, FundSource.OperatingIncome)),
                (SummaryRowKeys.AffiliatedRemittance, "七、附属单位上缴收入", Sum(income, FundSource.AffiliatedRemittance)),
                (SummaryRowKeys.OtherIncome, "八、其他收入", Sum(income, FundSource.OtherIncome)),
                (SummaryRowKeys.CurrentYearIncomeTotal, "本年收入合计", Sum(income)),
                (SummaryRowKeys.UseOfNonFiscalBalance, "使用非财政拨款结余", 0m),
                (SummaryRowKeys.OpeningBalance, "年初结转和结余", Opening(cx, false)),
                (SummaryRowKeys.IncomeGrandTotal, "总计", Sum(income) + Opening(cx, false)),
            };
        foreach (var (key, label, v) in lines)
        {
            draft.Row(null, label, RowKind.Line, c => c.Side == TableSide.Income ? v : null, key, TableSide.Income);
        }
        foreach (var node in cx.FunctionTree(spending).Where(n => n.Code.Length == 3))
        {
            var items = node.Items;
            draft.Row(node.Code, node.Name, RowKind.Class, c => c.Side == TableSide.Expenditure ? Value(c.Key ?? ColumnKey.Total, items) : null, side: TableSide.Expenditure);
        }
        var closingBySource = new Func<TableColumn, decimal?>(c => c.Side != TableSide.Expenditure ? null : c.Key?.Value switch
        {
            "GeneralBudget" => Closing(cx, fiscal, FundSource.GeneralBudget),
            "GovFund" => Closing(cx, fiscal, FundSource.GovFund),
            "StateCapital" => Closing(cx, fiscal, FundSource.StateCapital),
            _ => Closing(cx, fiscal),
        });
        draft.Row(null, "本年支出合计", RowKind.Line, c => c.Side == TableSide.Expenditure ? Value(c.Key ?? ColumnKey.Total, spending) : null,
            SummaryRowKeys.CurrentYearExpenditureTotal, TableSide.Expenditure);
        if (!fiscal) draft.Row(null, "结余分配", RowKind.Line, c => c.Side == TableSide.Expenditure ? 0m : null, SummaryRowKeys.BalanceDistribution, TableSide.Expenditure);
        draft.Row(null, fiscal ? "年末财政拨款结转和结余" : "年末结转和结余", RowKind.Line, closingBySource, SummaryRowKeys.ClosingBalance, TableSide.Expenditure);
        draft.Row(null, "总计", RowKind.Line, c => c.Side == TableSide.Expenditure ? (Value(c.Key ?? ColumnKey.Total, spending) ?? 0m) + (closingBySource(c) ?? 0m) : null,
            SummaryRowKeys.ExpenditureGrandTotal, TableSide.Expenditure);
        return draft.Build();
    }

    /// <summary>F06: 类/款 rows of the 一般公共预算 基本支出, then 人员经费合计 and 公用经费合计.</summary>
    private static DisclosureTable Basic(ComposeContext cx, TableDraft draft)
    {
        var items = cx.GeneralBasic.ToList();
        if (items.Count == 0)
        {
            draft.Empty(FinalEmpty(cx, "一般公共预算财政拨款基本支出", "一般公共预算财政拨款基本支出决算表"));
            draft.Row(null, "人员经费合计", RowKind.Line, _ => null, SummaryRowKeys.PersonnelTotal);
            draft.Row(null, "公用经费合计", RowKind.Line, _ => null, SummaryRowKeys.PublicTotal);
            return draft.Build();
        }
        foreach (var node in cx.EconomicTree(items)) draft.Row(node.Code, node.Name, TableDraft.KindOf(node.Code), _ => Sum(node.Items));
        draft.Row(null, "人员经费合计", RowKind.Line, _ => Sum(items.Where(i => i.EffectiveCost == CostKind.Personnel)), SummaryRowKeys.PersonnelTotal);
        draft.Row(null, "公用经费合计", RowKind.Line, _ => Sum(items.Where(i => i.EffectiveCost == CostKind.Public)), SummaryRowKeys.PublicTotal);
        return draft.Build();
    }

    private static DisclosureTable ThreePublic(ComposeContext cx, TableDraft draft)
    {
        var f = cx.Ledger.ThreePublic;
        var b = cx.Ledger.ThreePublicBudget ?? ThreePublicExpenses.None;
        static decimal Of(ThreePublicExpenses t, string key) => key switch
        {
            "Total" => t.TotalWanYuan,
            "Abroad" => t.AbroadWanYuan,
            "VehicleSubtotal" => t.VehicleSubtotalWanYuan,
            "VehiclePurchase" => t.VehiclePurchaseWanYuan,
            "VehicleOperation" => t.VehicleOperationWanYuan,
            "Reception" => t.ReceptionWanYuan,
            _ => 0m,
        };
        draft.Row(null, cx.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年度", RowKind.Line, c =>
        {
            var k = c.Key?.Value ?? "";
            return k.StartsWith("Budget", StringComparison.Ordinal) ? Of(b, k["Budget".Length..]) : Of(f, k);
        });
        if (f.TotalWanYuan == 0m && b.TotalWanYuan == 0m) draft.Empty($"{cx.Self}{cx.Year}年度没有“三公”经费财政拨款支出，故本表为空表。");
        return draft.Build();
    }

    /// <summary>F08/F09: 年初结转和结余, 本年收入, 本年支出 (合计/基本/项目), 年末结转和结余 by 功能分类.</summary>
    private static DisclosureTable Fund(ComposeContext cx, TableDraft draft, FundSource source, string what)
    {
        var spending = cx.All.Where(i => i.Source == source).ToList();
        var balances = cx.Ledger.Balances.Where(b => b.Source == source).ToList();
        if (spending.Count == 0 && balances.All(b => b.OpeningWanYuan == 0m && b.ClosingWanYuan == 0m))
        {
            draft.Empty(FinalEmpty(cx, what, draft.Build().Title));
            draft.Row(null, "合计", RowKind.Total, _ => null);
            return draft.Build();
        }
        var codes = spending.Select(i => i.FunctionCode).Concat(balances.Select(b => b.FunctionCode)).Distinct().ToList();
        decimal? Cell(TableColumn c, Func<string, bool> under)
        {
            var items = spending.Where(i => under(i.FunctionCode)).ToList();
            var open = balances.Where(b => under(b.FunctionCode)).Sum(b => b.OpeningWanYuan);
            var close = balances.Where(b => under(b.FunctionCode)).Sum(b => b.ClosingWanYuan);
            return c.Key?.Value switch
            {
                "OpeningBalance" => open,
                "ClosingBalance" => close,
                "CurrentIncome" => Sum(items) + close - open,
                _ => Value(c.Key ?? ColumnKey.Total, items),
            };
        }
        draft.Row(null, "合计", RowKind.Total, c => Cell(c, _ => true));
        var pseudo = codes.Select(code => new LineItem { FunctionCode = code, EconomicCode = "30299", Source = source, Kind = ExpenditureKind.Project, AmountWanYuan = 0m });
        foreach (var node in cx.FunctionTree(pseudo))
        {
            var prefix = node.Code;
            draft.Row(node.Code, node.Name, TableDraft.KindOf(node.Code), c => Cell(c, code => code.StartsWith(prefix, StringComparison.Ordinal)));
        }
        return draft.Build();
    }
}
