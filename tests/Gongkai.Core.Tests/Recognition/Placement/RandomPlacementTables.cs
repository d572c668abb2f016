using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using static Gongkai.Core.Tests.Recognition.Placement.PlacementTestData;

namespace Gongkai.Core.Tests.Recognition.Placement;

/// <summary>Random consistent tables for property tests of the placement solver.</summary>
internal static class RandomPlacementTables
{
    public sealed record Layout(string Name, ColumnKey[] Columns, ColumnIdentity[] Identities);

    public static readonly Layout Expenditure = new("合计/基本/项目", ExpenditureColumns, ExpenditureIdentities);

    public static readonly Layout FundSources = new("总计/小计/一般/基金/单位资金/结转",
        [ColumnKey.Total, ColumnKey.FiscalSubtotal, ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.UnitFunds, ColumnKey.FiscalCarryover],
        [
            new(ColumnKey.Total, [ColumnKey.FiscalSubtotal, ColumnKey.UnitFunds, ColumnKey.FiscalCarryover]),
            new(ColumnKey.FiscalSubtotal, [ColumnKey.GeneralBudget, ColumnKey.GovFund]),
        ]);

    public static readonly Layout ThreeParts = new("合计/人员/公用/项目",
        [ColumnKey.Total, ColumnKey.Personnel, ColumnKey.Public, ColumnKey.Project],
        [new(ColumnKey.Total, [ColumnKey.Personnel, ColumnKey.Public, ColumnKey.Project])]);

    public static readonly Layout Income = new("收入总体情况表 12 栏", IncomeColumns, IncomeIdentities);

    public sealed record Generated(PlacementProblem Problem, decimal[][] Truth);

    /// <summary>Builds a random table: 合计, 类 (1–4), 款 (1–3 each), 项 (0–3 each), leaf components blank with
    /// probability <paramref name="blankProbability"/>, parents and identity targets summed exactly.</summary>
    public static Generated Generate(Layout layout, Random rng, double blankProbability, int? rowTarget = null)
    {
        var m = layout.Columns.Length;
        var index = layout.Columns.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var targets = layout.Identities.Select(id => index[id.Target]).ToHashSet();
        var free = Enumerable.Range(0, m).Where(c => !targets.Contains(c)).ToArray();

        decimal[] Leaf()
        {
            var v = new decimal[m];
            foreach (var c in free)
            {
                if (rng.NextDouble() >= blankProbability) v[c] = rng.Next(1, 100_000) / 100m;
            }
            if (free.All(c => v[c] == 0m)) v[free[rng.Next(free.Length)]] = rng.Next(1, 100_000) / 100m;
            return Derive(v);
        }

        decimal[] Derive(decimal[] v)
        {
            for (var pass = 0; pass < layout.Identities.Length; pass++)
            {
                foreach (var id in layout.Identities) v[index[id.Target]] = id.Addends.Sum(a => v[index[a]]);
            }
            return v;
        }

        decimal[] Sum(IEnumerable<decimal[]> parts)
        {
            var v = new decimal[m];
            foreach (var p in parts)
            {
                for (var c = 0; c < m; c++) v[c] += p[c];
            }
            return v;
        }

        var rows = new List<(string? Code, decimal[] Values)>();
        var classCodes = Enumerable.Range(1, 30).OrderBy(_ => rng.Next()).Take(rowTarget is null ? rng.Next(1, 5) : 30).Order().ToArray();
        var classes = new List<decimal[]>();
        var itemsWanted = rowTarget ?? int.MaxValue;
        foreach (var cls in classCodes)
        {
            var classCode = (200 + cls).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var classRowIndex = rows.Count;
            rows.Add((classCode, []));
            var sections = new List<decimal[]>();
            var sectionCount = rowTarget is null ? rng.Next(1, 4) : rng.Next(2, 5);
            for (var s = 1; s <= sectionCount; s++)
            {
                var sectionCode = classCode + s.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
                var sectionRowIndex = rows.Count;
                rows.Add((sectionCode, []));
                var itemCount = rowTarget is null ? rng.Next(0, 4) : rng.Next(2, 5);
                var items = new List<decimal[]>();
                for (var i = 1; i <= itemCount; i++)
                {
                    var leaf = Leaf();
                    items.Add(leaf);
                    rows.Add((sectionCode + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), leaf));
                }
                var section = items.Count == 0 ? Leaf() : Sum(items);
                rows[sectionRowIndex] = (sectionCode, section);
                sections.Add(section);
            }
            var clsValues = Sum(sections);
            rows[classRowIndex] = (classCode, clsValues);
            classes.Add(clsValues);
            if (rows.Count >= itemsWanted - 1) break;
        }
        var total = Sum(classes);
        if (rng.Next(2) == 0) rows.Insert(0, (null, total));
        else rows.Add((null, total));

        var placementRows = rows.Select(r =>
        {
            var printed = string.Join(" ", r.Values.Where(v => v != 0m).Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
            return Row(r.Code, r.Code ?? "合计", printed);
        }).ToArray();

        var problem = new PlacementProblem
        {
            TableName = "随机表",
            Columns = layout.Columns,
            ColumnHeaders = layout.Columns.Select(c => c.Value).ToArray(),
            Identities = layout.Identities,
            Rows = placementRows,
        };
        return new Generated(problem, [.. rows.Select(r => r.Values)]);
    }
}
