using System.Diagnostics;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using Gongkai.Core.Templates;
using Xunit.Abstractions;
using static Gongkai.Core.Tests.Recognition.Placement.PlacementTestData;

namespace Gongkai.Core.Tests.Recognition.Placement;

/// <summary>
/// Random consistent tables (classification hierarchy + column identities, random blanks, distinct values): blanks are
/// dropped, the solver places the numbers back, and every row it does not call ambiguous must be exactly right.
/// </summary>
public class ColumnPlacementSolverPropertyTests(ITestOutputHelper output)
{
    private sealed record Layout(string Name, ColumnKey[] Columns, ColumnIdentity[] Identities);

    private static readonly Layout s_expenditure = new("合计/基本/项目", ExpenditureColumns, ExpenditureIdentities);

    private static readonly Layout s_fundSources = new("总计/小计/一般/基金/单位资金/结转",
        [ColumnKey.Total, ColumnKey.FiscalSubtotal, ColumnKey.GeneralBudget, ColumnKey.GovFund, ColumnKey.UnitFunds, ColumnKey.FiscalCarryover],
        [
            new(ColumnKey.Total, [ColumnKey.FiscalSubtotal, ColumnKey.UnitFunds, ColumnKey.FiscalCarryover]),
            new(ColumnKey.FiscalSubtotal, [ColumnKey.GeneralBudget, ColumnKey.GovFund]),
        ]);

    private static readonly Layout s_threeParts = new("合计/人员/公用/项目",
        [ColumnKey.Total, ColumnKey.Personnel, ColumnKey.Public, ColumnKey.Project],
        [new(ColumnKey.Total, [ColumnKey.Personnel, ColumnKey.Public, ColumnKey.Project])]);

    private static readonly Layout s_income = new("收入总体情况表 12 栏", IncomeColumns, IncomeIdentities);

    private sealed record Generated(PlacementProblem Problem, decimal[][] Truth);

    /// <summary>Builds a random table: 合计, 类 (1–4), 款 (1–3 each), 项 (0–3 each), leaf components blank with
    /// probability <paramref name="blankProbability"/>, parents and identity targets summed exactly.</summary>
    private static Generated Generate(Layout layout, Random rng, double blankProbability, int? rowTarget = null)
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
        var classCodes = Enumerable.Range(1, 30).OrderBy(_ => rng.Next()).Take(rng.Next(1, 5)).Order().ToArray();
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
            if (rows.Count >= itemsWanted) break;
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

    public static TheoryData<string> Layouts() => [s_expenditure.Name, s_fundSources.Name, s_threeParts.Name];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Solve_RandomConsistentTables_PlacesEveryNonAmbiguousRowBackToItsTrueColumns(string layoutName)
    {
        var layout = new[] { s_expenditure, s_fundSources, s_threeParts }.Single(l => l.Name == layoutName);
        var rng = new Random(20240601);
        var solver = new ColumnPlacementSolver();
        int rows = 0, ambiguous = 0;

        for (var t = 0; t < 300; t++)
        {
            var generated = Generate(layout, rng, blankProbability: 0.45);
            var result = solver.Solve(generated.Problem);
            for (var r = 0; r < generated.Truth.Length; r++)
            {
                rows++;
                var placement = result.Rows[r];
                Assert.NotEqual(PlacementStatus.Unsatisfiable, placement.Status);
                if (placement.Status == PlacementStatus.Ambiguous)
                {
                    ambiguous++;
                    continue;
                }
                var placed = placement.Cells.Select(c => c.OrZero).ToArray();
                Assert.True(generated.Truth[r].SequenceEqual(placed),
                    $"table {t} row {r} ({generated.Problem.Rows[r].Quote}): placed {string.Join("|", placed)}, truth {string.Join("|", generated.Truth[r])}, status {placement.Status}");
            }
        }

        var share = (double)ambiguous / rows;
        output.WriteLine($"{layout.Name}: {rows} rows, {ambiguous} ambiguous ({share:P1})");
        Assert.True(share < 0.20, $"{share:P1} of rows ambiguous");
    }

    [Fact]
    public void Solve_FortyRowsTwelveColumns_TakesWellUnderTenMilliseconds()
    {
        var rng = new Random(7);
        var solver = new ColumnPlacementSolver();
        var problems = Enumerable.Range(0, 20).Select(_ => Generate(s_income, rng, blankProbability: 0.75, rowTarget: 40).Problem).ToArray();
        Assert.All(problems, p => Assert.InRange(p.Rows.Count, 30, 80));
        foreach (var p in problems) solver.Solve(p); // warm up

        var times = new List<double>();
        foreach (var p in problems)
        {
            var sw = Stopwatch.StartNew();
            solver.Solve(p);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        output.WriteLine($"median {median:F2} ms, max {times[^1]:F2} ms, rows {string.Join(",", problems.Select(p => p.Rows.Count))}");
        Assert.True(median < 10, $"median {median:F2} ms");
    }
}
