using Gongkai.Core.Tables;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Rules.Equations;

/// <summary>Builds the equations of column identities, row identities and the 类/款/项 roll-up of one table.</summary>
internal static class IdentityBuilders
{
    /// <summary>Column identities (合计 = 基本 + 项目 …) on every row of the table.</summary>
    public static IEnumerable<Equation> ColumnIdentities(DisclosureTable table, string ruleId)
    {
        foreach (var identity in StandardIdentities.ColumnIdentities(table))
        {
            var target = table.IndexOf(identity.Target, identity.Side);
            var addends = identity.Addends.Select(k => table.IndexOf(k, identity.Side)).ToList();
            if (target < 0 || addends.Count == 0 || addends.Any(i => i < 0)) continue;
            // A 合计 column left blank on every row was not printed at all (seed 004 表5): nothing to compare.
            if (table.Rows.All(r => target >= r.Values.Count || r.Values[target].IsBlank)) continue;
            foreach (var row in table.Rows)
            {
                if (identity.Side != TableSide.None && row.Side != TableSide.None && row.Side != identity.Side) continue;
                yield return Equation.Sum(ruleId, new CellRef(table, row, target), addends.Select(i => new CellRef(table, row, i)));
            }
        }
    }

    /// <summary>Row identities between labelled lines (收入总计 = 本年收入合计 + 上年结转 …) selected by <paramref name="owns"/>.</summary>
    public static IEnumerable<Equation> RowIdentities(DisclosureTable table, string ruleId, Func<RowIdentity, TableSide, bool> owns)
    {
        foreach (var identity in StandardIdentities.RowIdentities(table))
        {
            var target = TableAccess.Line(table, identity.Target);
            if (target is null) continue;
            var side = target.Side != TableSide.None ? target.Side : SideOfKey(table, identity.Target);
            if (!owns(identity, side)) continue;
            var addends = identity.Addends.Select(k => TableAccess.Line(table, k)).OfType<TableRow>().ToList();
            // A line printed above 本年收入合计 is part of it (seed 002: 用事业基金弥补收支差额 above 小计): not added again.
            var current = TableAccess.Line(table, SummaryRowKeys.CurrentYearIncomeTotal);
            if (current is not null && addends.Contains(current))
            {
                var at = IndexOf(table, current);
                addends = addends.Where(a => ReferenceEquals(a, current) || a.Side == TableSide.Expenditure || IndexOf(table, a) > at).ToList();
            }
            if (addends.Count == 0) continue;
            foreach (var col in SideColumns(table, side))
            {
                yield return Equation.Sum(ruleId, new CellRef(table, target, col), addends.Select(a => new CellRef(table, a, col)));
            }
        }
    }

    private static readonly HashSet<string> s_notCurrentIncome = new(StringComparer.Ordinal)
    {
        SummaryRowKeys.PriorYearCarryover, SummaryRowKeys.FiscalCarryover, SummaryRowKeys.NonFiscalCarryover,
        SummaryRowKeys.OpeningBalance, SummaryRowKeys.UseOfNonFiscalBalance, SummaryRowKeys.IncomeGrandTotal, SummaryRowKeys.CurrentYearIncomeTotal,
    };

    private static readonly string[] s_fiscalParts = [SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital];

    private static readonly string[] s_unitFundParts =
    [
        SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome, SummaryRowKeys.SuperiorSubsidy, SummaryRowKeys.AffiliatedRemittance,
        SummaryRowKeys.OtherIncome,
    ];

    /// <summary>
    /// 本年收入合计 = Σ the income lines printed above it, when the template states no identity for it and every one of
    /// those lines was recognised (an unkeyed line could be part of the sum). Subtotal lines replace their parts:
    /// 财政拨款（补助） those of 一般公共/基金/国资, 单位资金 those of 事业/经营/上级补助/附属单位/其他.
    /// </summary>
    public static IEnumerable<Equation> ImpliedIncomeTotal(DisclosureTable table, string ruleId)
    {
        if (StandardIdentities.RowIdentities(table).Any(r => r.Target == SummaryRowKeys.CurrentYearIncomeTotal)) yield break;
        var target = TableAccess.Line(table, SummaryRowKeys.CurrentYearIncomeTotal);
        if (target is null) yield break;
        var above = new List<TableRow>();
        foreach (var row in table.Rows)
        {
            if (ReferenceEquals(row, target)) break;
            var side = row.Side != TableSide.None ? row.Side : row.Key is null ? TableSide.None : SideOfKey(table, row.Key);
            if (side == TableSide.Income && row.Kind != RowKind.Total) above.Add(row);
        }
        if (above.Count == 0 || above.Any(r => r.Key is null)) yield break;
        var keys = above.Select(r => r.Key!).ToHashSet(StringComparer.Ordinal);
        var addends = above.Where(r => !s_notCurrentIncome.Contains(r.Key!)
            && !(keys.Contains(SummaryRowKeys.FiscalAppropriation) && s_fiscalParts.Contains(r.Key))
            && !(keys.Contains(SummaryRowKeys.UnitFunds) && s_unitFundParts.Contains(r.Key))).ToList();
        if (addends.Count == 0) yield break;
        foreach (var col in SideColumns(table, TableSide.Income))
        {
            yield return Equation.Sum(ruleId, new CellRef(table, target, col), addends.Select(a => new CellRef(table, a, col)));
        }
    }

    private static int IndexOf(DisclosureTable table, TableRow row)
    {
        for (var i = 0; i < table.Rows.Count; i++) if (ReferenceEquals(table.Rows[i], row)) return i;
        return -1;
    }

    /// <summary>The value columns of one side of a (summary) table: sided columns, or the side's amount column.</summary>
    public static IReadOnlyList<int> SideColumns(DisclosureTable table, TableSide side)
    {
        if (side == TableSide.None) return Enumerable.Range(0, table.Columns.Count).ToList();
        var sided = Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].Side == side).ToList();
        if (sided.Count > 0) return sided;
        var amount = TableAccess.AmountColumn(table, side);
        return amount < 0 ? [] : [amount];
    }

    internal static TableSide SideOfKey(DisclosureTable table, string key)
    {
        var def = table.Definition?.RowDefinitions.FirstOrDefault(d => d.Key == key);
        if (def is not null) return def.Side;
        return key is SummaryRowKeys.CurrentYearExpenditureTotal or SummaryRowKeys.CarryForward or SummaryRowKeys.BalanceDistribution
            or SummaryRowKeys.ClosingBalance or SummaryRowKeys.ExpenditureGrandTotal ? TableSide.Expenditure : TableSide.Income;
    }

    /// <summary>
    /// The 类/款/项 roll-up of a coded table, in every given column: 合计 = Σ top-level rows, 类 = Σ its 款 (or its 项 when
    /// no 款 is printed), 款 = Σ its 项, a code row = Σ the project rows under it. Per-unit subtotal rows split the table
    /// into segments (each = Σ its top rows) and are excluded from the 合计; a unit subtotal with no rows of its own
    /// (a department line above its only unit) equals the 合计 when there is a single unit. Repeated codes within a
    /// segment (续表 headers repeated) count once.
    /// </summary>
    public static IEnumerable<Equation> Hierarchy(DisclosureTable table, string ruleId, TableRow? total, IEnumerable<TableRow> rows, IReadOnlyList<int> columns)
    {
        var segments = new List<(TableRow? Unit, List<TableRow> Rows)>();
        var current = ((TableRow?)null, new List<TableRow>());
        foreach (var row in rows)
        {
            if (row.Kind == RowKind.UnitSubtotal)
            {
                if (current.Item1 is not null || current.Item2.Count > 0) segments.Add(current);
                current = (row, new List<TableRow>());
            }
            else if (row.Kind is RowKind.Class or RowKind.Section or RowKind.Item or RowKind.Project)
            {
                current.Item2.Add(row);
            }
        }
        if (current.Item1 is not null || current.Item2.Count > 0) segments.Add(current);

        var equations = new List<Equation>();
        var allTop = new List<TableRow>();
        var leafUnits = 0;
        foreach (var (unit, segRows) in segments)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var coded = new List<TableRow>();
            foreach (var r in segRows)
            {
                if (r.Kind == RowKind.Project || r.Code is null) continue;
                // "30101 基本工资 / 50101" and "30101 基本工资 / 50501" (Xi'an 表8): one 款 split by 政府经济科目, both count.
                var identity = string.IsNullOrWhiteSpace(r.GovernmentEconomicCode) ? r.Code : r.Code + "/" + r.GovernmentEconomicCode.Trim();
                if (seen.Add(identity)) coded.Add(r);
            }
            var classes = coded.Where(r => r.Kind == RowKind.Class).ToList();
            var sections = coded.Where(r => r.Kind == RowKind.Section).ToList();
            var items = coded.Where(r => r.Kind == RowKind.Item).ToList();
            void Roll(TableRow parent, IReadOnlyList<TableRow> children)
            {
                if (children.Count == 0) return;
                foreach (var col in columns)
                {
                    equations.Add(Equation.Sum(ruleId, new CellRef(table, parent, col), children.Select(c => new CellRef(table, c, col))));
                }
            }
            foreach (var c in classes)
            {
                // 类 = Σ its 款 + Σ its 项 printed without a 款 (also catches a mistyped code such as 302213 under 302).
                var under = sections.Where(s => s.Code!.StartsWith(c.Code!, StringComparison.Ordinal)).ToList();
                var orphans = items.Where(i => i.Code!.StartsWith(c.Code!, StringComparison.Ordinal)
                    && !under.Any(s => i.Code!.StartsWith(s.Code!, StringComparison.Ordinal)));
                Roll(c, [.. under, .. orphans]);
            }
            foreach (var s in sections)
            {
                Roll(s, items.Where(i => i.Code!.StartsWith(s.Code!, StringComparison.Ordinal)).ToList());
            }

            // Project rows: under the code row they carry, else under the code row they follow.
            var owners = new Dictionary<TableRow, List<TableRow>>(ReferenceEqualityComparer.Instance);
            var standalone = new List<TableRow>();
            TableRow? last = null;
            foreach (var r in segRows)
            {
                if (r.Kind != RowKind.Project)
                {
                    if (r.Code is not null) last = coded.FirstOrDefault(c => c.Code == r.Code) ?? r;
                    continue;
                }
                var owner = r.Code is not null ? coded.LastOrDefault(c => c.Code == r.Code) : last;
                if (owner is null) { standalone.Add(r); continue; }
                if (!owners.TryGetValue(owner, out var list)) owners[owner] = list = [];
                list.Add(r);
            }
            foreach (var (owner, projects) in owners) Roll(owner, projects);

            var top = classes.Count > 0 ? classes : sections.Count > 0 ? sections : items.Count > 0 ? items : standalone;
            if (unit is not null && top.Count > 0)
            {
                leafUnits++;
                Roll(unit, top);
            }
            allTop.AddRange(top);
        }
        if (total is not null && allTop.Count > 0) Roll2(total, allTop);
        // A department line with no rows of its own ("[040]…" above "[040001]…", "[040002]…") = Σ the unit lines that follow it.
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Unit is not { } parent || segments[i].Rows.Count > 0) continue;
            var units = new List<TableRow>();
            for (var j = i + 1; j < segments.Count && segments[j].Rows.Count > 0; j++)
            {
                if (segments[j].Unit is { } u) units.Add(u);
            }
            if (units.Count > 1) Roll2(parent, units);
        }
        if (total is not null && leafUnits == 1)
        {
            foreach (var (unit, segRows) in segments)
            {
                if (unit is null || segRows.Count > 0) continue;
                foreach (var col in columns)
                {
                    equations.Add(Equation.Same(ruleId, new CellRef(table, unit, col), new CellRef(table, total, col)));
                }
            }
        }
        return equations;

        void Roll2(TableRow parent, List<TableRow> children)
        {
            foreach (var col in columns)
            {
                equations.Add(Equation.Sum(ruleId, new CellRef(table, parent, col), children.Select(c => new CellRef(table, c, col))));
            }
        }
    }

    /// <summary>The roll-up of a detail table over all its rows and columns.</summary>
    public static IEnumerable<Equation> DetailHierarchy(DisclosureTable table, string ruleId) =>
        Hierarchy(table, ruleId, TableAccess.TotalRow(table), table.Rows, Enumerable.Range(0, table.Columns.Count)
            .Where(i => table.Columns[i].Key is not { } key || !key.Value.Contains("Percent", StringComparison.Ordinal)).ToList()); // rates do not add up

    /// <summary>The expenditure side of a summary table: 本年支出合计 = Σ 功能类 (and 类 = Σ 款 where printed).</summary>
    public static IEnumerable<Equation> SummaryExpenditureHierarchy(DisclosureTable table, string ruleId)
    {
        var total = TableAccess.Line(table, SummaryRowKeys.CurrentYearExpenditureTotal);
        var rows = table.Rows.Where(r => r.Side != TableSide.Income && r.Code is not null);
        return Hierarchy(table, ruleId, total, rows, SideColumns(table, TableSide.Expenditure));
    }
}
