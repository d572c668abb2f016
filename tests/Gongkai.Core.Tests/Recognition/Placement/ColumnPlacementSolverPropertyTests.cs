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
}
