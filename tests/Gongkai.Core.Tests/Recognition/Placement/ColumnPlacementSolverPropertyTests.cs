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
    public static TheoryData<string> Layouts() => [RandomPlacementTables.Expenditure.Name, RandomPlacementTables.FundSources.Name, RandomPlacementTables.ThreeParts.Name];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Solve_RandomConsistentTables_PlacesEveryNonAmbiguousRowBackToItsTrueColumns(string layoutName)
    {
        var layout = new[] { RandomPlacementTables.Expenditure, RandomPlacementTables.FundSources, RandomPlacementTables.ThreeParts }.Single(l => l.Name == layoutName);
        var rng = new Random(20240601);
        var solver = new ColumnPlacementSolver();
        int rows = 0, ambiguous = 0;

        for (var t = 0; t < 300; t++)
        {
            var generated = RandomPlacementTables.Generate(layout, rng, blankProbability: 0.45);
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
                    string.Join("\n", generated.Problem.Rows.Select((x, i) => x.Quote + "  => " + result.Rows[i].Status + " " + string.Join("|", result.Rows[i].Cells))) + "\n" +
                    $"table {t} row {r} ({generated.Problem.Rows[r].Quote}): placed {string.Join("|", placed)}, truth {string.Join("|", generated.Truth[r])}, status {placement.Status}");
            }
        }

        var share = (double)ambiguous / rows;
        output.WriteLine($"{layout.Name}: {rows} rows, {ambiguous} ambiguous ({share:P1})");
        Assert.True(share < 0.20, $"{share:P1} of rows ambiguous");
    }

    [Fact]
    public void Solve_RandomGarbage_NeverThrowsAndAlwaysPlacesInOrder()
    {
        var rng = new Random(99);
        var solver = new ColumnPlacementSolver();
        RowKind[] kinds = [RowKind.Total, RowKind.UnitSubtotal, RowKind.Class, RowKind.Section, RowKind.Item, RowKind.Project, RowKind.Line];
        for (var t = 0; t < 200; t++)
        {
            var m = rng.Next(0, 9);
            var columns = IncomeColumns.Take(m).ToArray();
            var rows = Enumerable.Range(0, rng.Next(0, 25)).Select(_ =>
            {
                var numbers = Enumerable.Range(0, rng.Next(0, m + 3))
                    .Select(_ => rng.Next(5) == 0 ? CellValue.Blank : new CellValue(rng.Next(-50_000, 100_000) / 100m, rng.Next(0, 3)))
                    .ToArray();
                var code = rng.Next(4) == 0 ? null : (200 + rng.Next(5)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + string.Concat(Enumerable.Range(0, rng.Next(0, 3)).Select(_ => rng.Next(1, 4).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
                return new PlacementRow(code, kinds[rng.Next(kinds.Length)], numbers, "?", rng.Next(1, 500));
            }).ToArray();
            var problem = new PlacementProblem
            {
                TableName = "乱表",
                Columns = columns,
                ColumnHeaders = rng.Next(2) == 0 ? [] : IncomeHeaders.Take(m).ToArray(),
                Identities = IncomeIdentities,
                Priors = rng.Next(2) == 0 ? [] : [new(null, ColumnKey.GovFund), new("20", ColumnKey.UnitFunds)],
                BlanksDropped = rng.Next(3) != 0,
                Rows = rows,
            };

            var result = solver.Solve(problem);
            var again = solver.Solve(problem);

            Assert.Equal(rows.Length, result.Rows.Count);
            for (var r = 0; r < rows.Length; r++)
            {
                var placed = result.Rows[r].ColumnOfNumber;
                Assert.Equal(rows[r].Numbers.Count, placed.Count);
                var inColumns = placed.Where(c => c >= 0).ToArray();
                Assert.Equal(Math.Min(m, placed.Count), inColumns.Length);
                for (var i = 1; i < inColumns.Length; i++) Assert.True(inColumns[i] > inColumns[i - 1]);
                Assert.Equal(placed, again.Rows[r].ColumnOfNumber);
                Assert.Equal(result.Rows[r].Status, again.Rows[r].Status);
            }
            Assert.Equal(result.Diagnostics.Select(d => d.Message), again.Diagnostics.Select(d => d.Message));
        }
    }
}
