using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;
using Xunit.Abstractions;
using static Gongkai.Core.Tests.Recognition.Placement.PlacementTestData;

namespace Gongkai.Core.Tests.Recognition.Placement;

/// <summary>Runs alone, so that the process CPU time measured is the solver's.</summary>
[CollectionDefinition(nameof(PlacementTimingCollection), DisableParallelization = true)]
public sealed class PlacementTimingCollection;

/// <summary>
/// Speed of the solver, measured in process CPU time (wall time on a shared build machine says little), averaged over
/// many solves after a warm-up. The limits are for optimised code; an unoptimised Debug build gets three times as much.
/// </summary>
[Collection(nameof(PlacementTimingCollection))]
public class ColumnPlacementSolverTimingTests(ITestOutputHelper output)
{
#if DEBUG
    private const double BuildFactor = 3;
#else
    private const double BuildFactor = 1;
#endif

    /// <summary>A 收入总体情况表 shaped like seed 001's (12 columns, rows printing a total and one to three sources),
    /// two departments' worth of rows (~40), and no priors (every fund-source column possible).</summary>
    private static PlacementProblem FortyRowIncomeTable()
    {
        string[] rows =
        [
            "08|84.75 34.75 34.75 50", "0805|84.75 34.75 34.75 50", "080502|1.86 1.86 1.86", "080505|72.89 32.89 32.89 40",
            "080506|10 10", "10|375.41 288.66 288.66 75.5 11.25", "1011|48.89 22.89 22.89 26", "101101|26.31 6.31 6.31 20",
            "101102|11.95 11.95 11.95", "101103|10.52 4.52 4.52 6", "101199|0.11 0.11 0.11", "1015|326.52 265.77 265.77 49.5 11.25",
            "101501|134.28 99.78 99.78 34.5", "101506|11.25 11.25", "101550|180.99 165.99 165.99 15", "21|67.16 27.16 27.16 40",
            "2102|67.16 27.16 27.16 40", "210201|67.16 27.16 27.16 40",
        ];
        var list = new List<PlacementRow>();
        foreach (var department in new[] { "2", "3" })
        {
            foreach (var row in rows)
            {
                var parts = row.Split('|');
                list.Add(Row(department + parts[0], "科目", parts[1]));
            }
        }
        list.Add(Row(null, "合计", "1054.64 701.14 701.14 331 22.5"));
        return new PlacementProblem
        {
            TableName = "表二",
            Columns = IncomeColumns,
            ColumnHeaders = IncomeHeaders,
            Identities = IncomeIdentities,
            Rows = list,
        };
    }

    private static double CpuMillisecondsPerSolve(IReadOnlyList<PlacementProblem> problems, int rounds)
    {
        var solver = new ColumnPlacementSolver();
        // Warm up long enough for tiered compilation to install optimised code.
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 50 || warmUp.ElapsedMilliseconds < 1000; i++) solver.Solve(problems[i % problems.Count]);
        var start = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < rounds; i++)
        {
            foreach (var p in problems) solver.Solve(p);
        }
        return (Environment.CpuUsage.TotalTime - start).TotalMilliseconds / (rounds * problems.Count);
    }

    [Fact]
    public void Solve_FortyRowTwelveColumnTable_TakesWellUnderTenMilliseconds()
    {
        var problem = FortyRowIncomeTable();
        Assert.Equal(37, problem.Rows.Count);

        var cpu = CpuMillisecondsPerSolve([problem], rounds: 40);

        output.WriteLine($"{cpu:F2} ms CPU per solve");
        Assert.True(cpu < 10 * BuildFactor, $"{cpu:F2} ms CPU per solve");
    }

    [Fact]
    public void Solve_RandomFortyRowTwelveColumnTables_StayBounded()
    {
        // Harder than real tables: random blanks over ten source columns, no priors.
        var rng = new Random(7);
        var problems = Enumerable.Range(0, 10).Select(_ => RandomPlacementTables.Generate(RandomPlacementTables.Income, rng, 0.85, rowTarget: 40).Problem).ToArray();
        Assert.All(problems, p => Assert.InRange(p.Rows.Count, 40, 60));

        var cpu = CpuMillisecondsPerSolve(problems, rounds: 3);

        output.WriteLine($"{cpu:F2} ms CPU per solve");
        Assert.True(cpu < 50 * BuildFactor, $"{cpu:F2} ms CPU per solve");
    }
}
