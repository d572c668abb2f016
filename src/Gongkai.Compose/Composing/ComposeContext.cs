using Gongkai.Compose.Ledger;
using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Compose.Composing;

/// <summary>What the table and text composers share: the ledger, the template, the year's catalogue and the naming.</summary>
internal sealed class ComposeContext
{
    public ComposeContext(BudgetLedger ledger, TemplateDefinition template, ClassificationCatalogue catalogue)
    {
        Ledger = ledger;
        Template = template;
        Catalogue = catalogue;
    }

    public BudgetLedger Ledger { get; }

    public TemplateDefinition Template { get; }

    public ClassificationCatalogue Catalogue { get; }

    public int Year => Ledger.Year;

    public string Entity => Ledger.Entity.Name;

    public bool IsDepartment => Ledger.Entity.Level == DocumentLevel.Department;

    /// <summary>"部门" or "单位".</summary>
    public string LevelWord => IsDepartment ? "部门" : "单位";

    /// <summary>"本部门" / "本单位".</summary>
    public string Self => "本" + LevelWord;

    public bool IsFinal => Template.Kind == DocumentKind.FinalAccounts;

    /// <summary>"预算" or "决算".</summary>
    public string KindWord => IsFinal ? "决算" : "预算";

    /// <summary>"上年预算" / "上年决算".</summary>
    public string PriorBasis => IsFinal ? "上年决算" : "上年预算";

    public TemplateTableDefinition? Definition(TableId id) => Template.Tables.FirstOrDefault(t => t.Id == id);

    public string FunctionName(string code) =>
        Catalogue.TryGetFunction(code, out var entry) ? entry.Name : code;

    /// <summary>The 主要职能 chapter: the entity's functions numbered, or the standard sentence when none are given.</summary>
    public string FunctionsText() => Ledger.Entity.Functions.Count == 0
        ? Entity + "的主要职能按照机构编制部门核定的职责执行。"
        : string.Join("\n", Ledger.Entity.Functions.Select((f, i) => Text.I(i + 1) + "." + f.TrimEnd('。') + "。"));

    /// <summary>Line items summed per 经济分类 款, in code order: “办公费（30201）12.00万元，…”.</summary>
    public string ByEconomic(IEnumerable<LineItem> items) => string.Join("，", items.GroupBy(i => i.EconomicCode).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{EconomicName(g.Key)}（{g.Key}）{Text.Wan(Sum(g))}"));

    public string EconomicName(string code) =>
        Catalogue.TryGetEconomic(EconomicScheme.Departmental, code, out var entry) ? entry.Name : code;

    public string GovernmentEconomicName(string code) =>
        Catalogue.TryGetEconomic(EconomicScheme.Government, code, out var entry) ? entry.Name : code;

    /// <summary>The 政府预算支出经济分类 款 of a 部门 款 for this entity's unit type (first accepted target), or null.</summary>
    public string? GovernmentCode(string departmentalCode)
    {
        var type = Ledger.Entity.UnitType == UnitType.Institution ? BudgetUnitType.Institution : BudgetUnitType.Agency;
        return Catalogue.MapDepartmentalToGovernment(departmentalCode, type).FirstOrDefault();
    }

    /// <summary>类, 款 and 项 nodes of the 功能分类 in code order (a 类 before its 款 before its 项).</summary>
    public IReadOnlyList<FunctionNode> FunctionTree(IEnumerable<LineItem> items)
    {
        var list = items.ToList();
        var nodes = new List<FunctionNode>();
        foreach (var c in list.GroupBy(i => i.FunctionCode[..3]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            nodes.Add(new FunctionNode(c.Key, FunctionName(c.Key), c.ToList()));
            foreach (var s in c.GroupBy(i => i.FunctionCode[..5]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                nodes.Add(new FunctionNode(s.Key, FunctionName(s.Key), s.ToList()));
                foreach (var p in s.GroupBy(i => i.FunctionCode).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    nodes.Add(new FunctionNode(p.Key, FunctionName(p.Key), p.ToList()));
                }
            }
        }
        return nodes;
    }

    /// <summary>类 and 款 nodes of the 部门经济分类 in code order.</summary>
    public IReadOnlyList<FunctionNode> EconomicTree(IEnumerable<LineItem> items)
    {
        var nodes = new List<FunctionNode>();
        foreach (var c in items.GroupBy(i => i.EconomicCode[..3]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            nodes.Add(new FunctionNode(c.Key, EconomicName(c.Key), c.ToList()));
            foreach (var s in c.GroupBy(i => i.EconomicCode).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                nodes.Add(new FunctionNode(s.Key, EconomicName(s.Key), s.ToList()));
            }
        }
        return nodes;
    }

    // ---- line-item selections ----

    public IEnumerable<LineItem> All => Ledger.LineItems;

    /// <summary>Current-year income (everything but 上年结转 and 非财政拨款结转结余).</summary>
    public IEnumerable<LineItem> CurrentYear => All.Where(i => i.Source is not (FundSource.FiscalCarryover or FundSource.NonFiscalCarryover));

    /// <summary>财政拨款 of the year (一般公共预算, 政府性基金, 国有资本经营).</summary>
    public IEnumerable<LineItem> Fiscal => All.Where(i => FundSources.IsFiscal(i.Source));

    public IEnumerable<LineItem> General => All.Where(i => i.Source == FundSource.GeneralBudget);

    public IEnumerable<LineItem> GeneralBasic => General.Where(i => i.Kind == ExpenditureKind.Basic);

    public IEnumerable<LineItem> GeneralProject => General.Where(i => i.Kind == ExpenditureKind.Project);

    public IEnumerable<LineItem> GovFund => All.Where(i => i.Source == FundSource.GovFund);

    public IEnumerable<LineItem> StateCapital => All.Where(i => i.Source == FundSource.StateCapital);

    public IEnumerable<LineItem> Carryover => All.Where(i => i.Source is FundSource.FiscalCarryover or FundSource.NonFiscalCarryover);

    /// <summary>A 功能分类 detail table (budget or final): 合计, then 类/款/项 rows; 空表 with its note when there is nothing.</summary>
    public DisclosureTable FunctionTable(TableDraft draft, IReadOnlyList<LineItem> items, string emptyNote)
    {
        if (items.Count == 0 || Sum(items) == 0m)
        {
            draft.Empty(emptyNote);
            draft.Row(null, "合计", RowKind.Total, _ => null);
            return draft.Build();
        }
        draft.Row(null, "合计", RowKind.Total, c => Value(c.Key ?? ColumnKey.Total, items));
        foreach (var node in FunctionTree(items)) draft.Row(node.Code, node.Name, TableDraft.KindOf(node.Code), c => Value(c.Key ?? ColumnKey.Total, node.Items));
        return draft.Build();
    }

    public static decimal Sum(IEnumerable<LineItem> items) => items.Sum(i => i.AmountWanYuan);

    public static decimal Sum(IEnumerable<LineItem> items, FundSource source) => items.Where(i => i.Source == source).Sum(i => i.AmountWanYuan);

    /// <summary>The value of a column key over line items (null for a key the items do not fill).</summary>
    public static decimal? Value(ColumnKey key, IReadOnlyList<LineItem> items)
    {
        static decimal S(IEnumerable<LineItem> xs) => xs.Sum(i => i.AmountWanYuan);
        IEnumerable<LineItem> Basic(CostKind? cost) => items.Where(i => i.Kind == ExpenditureKind.Basic && (cost is null || i.EffectiveCost == cost));
        IEnumerable<LineItem> From(params FundSource[] sources) => items.Where(i => sources.Contains(i.Source));
        var k = key.Value;
        if (k.StartsWith("Econ", StringComparison.Ordinal) && k.Length == 7)
        {
            var cls = k[4..];
            return S(items.Where(i => i.EconomicCode.StartsWith(cls, StringComparison.Ordinal)));
        }
        if (k.StartsWith("FiscalCarryover", StringComparison.Ordinal) || k.StartsWith("NonFiscalCarryover", StringComparison.Ordinal))
        {
            var source = k.StartsWith("Fiscal", StringComparison.Ordinal) ? FundSource.FiscalCarryover : FundSource.NonFiscalCarryover;
            var xs = items.Where(i => i.Source == source).ToList();
            var part = k.EndsWith("Personnel", StringComparison.Ordinal) ? xs.Where(i => i.Kind == ExpenditureKind.Basic && i.EffectiveCost == CostKind.Personnel)
                : k.EndsWith("Public", StringComparison.Ordinal) ? xs.Where(i => i.Kind == ExpenditureKind.Basic && i.EffectiveCost == CostKind.Public)
                : k.EndsWith("Project", StringComparison.Ordinal) ? xs.Where(i => i.Kind == ExpenditureKind.Project)
                : xs;
            return S(part);
        }
        return k switch
        {
            "Total" or "Final" => S(items),
            "Basic" => S(Basic(null)),
            "Project" => S(items.Where(i => i.Kind == ExpenditureKind.Project)),
            "Personnel" => S(Basic(CostKind.Personnel)),
            "Public" => S(Basic(CostKind.Public)),
            "GeneralBudget" => S(From(FundSource.GeneralBudget)),
            "GovFund" => S(From(FundSource.GovFund)),
            "StateCapital" => S(From(FundSource.StateCapital)),
            "SpecialAccount" => S(From(FundSource.SpecialAccount)),
            "BusinessIncome" => S(From(FundSource.BusinessIncome)),
            "OperatingIncome" => S(From(FundSource.OperatingIncome)),
            "SuperiorSubsidy" => S(From(FundSource.SuperiorSubsidy)),
            "AffiliatedRemittance" => S(From(FundSource.AffiliatedRemittance)),
            "OtherIncome" => S(From(FundSource.OtherIncome)),
            "PriorYearCarryover" => S(From(FundSource.FiscalCarryover, FundSource.NonFiscalCarryover)),
            "FiscalSubtotal" => S(From(FundSource.GeneralBudget, FundSource.GovFund, FundSource.StateCapital)),
            "UnitFunds" => S(From(FundSource.BusinessIncome, FundSource.OperatingIncome, FundSource.SuperiorSubsidy, FundSource.AffiliatedRemittance, FundSource.OtherIncome)),
            "GeneralBudgetTransfer" or "GovFundTransfer" or "StateCapitalTransfer" or "BusinessFundMakeUp" or "RemitToSuperior"
                or "RemittanceToSuperior" or "OperatingExpenditure" or "SubsidyToAffiliated" => 0m,
            _ => null,
        };
    }
}
