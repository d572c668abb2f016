using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Core.Recognition.Placement;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Recognition;

/// <summary>
/// A row-by-row placement used when no solver is supplied: it enumerates the order-preserving placements of a row's numbers
/// and keeps those that satisfy the column identities and priors. It does not use the hierarchy between rows (the full
/// <c>ColumnPlacementSolver</c> does); when several placements fit, the leftmost-filling one is taken and reported.
/// </summary>
internal static class FallbackPlacementSolver
{
    private const int MaxCombinations = 20000;

    public static PlacementResult Solve(PlacementProblem problem)
    {
        var rows = new List<RowPlacement>(problem.Rows.Count);
        var diagnostics = new List<ImportDiagnostic>();
        var m = problem.Columns.Count;
        foreach (var row in problem.Rows)
        {
            var n = row.Numbers.Count;
            if (n == 0)
            {
                rows.Add(new RowPlacement([], PlacementStatus.Unique, 1));
                continue;
            }
            if (n >= m)
            {
                var placement = Enumerable.Range(0, n).Select(i => Math.Min(i, m - 1)).ToList();
                var ok = n == m && Satisfies(problem, row, placement);
                if (n > m || !ok)
                {
                    diagnostics.Add(Diagnostic(problem, row, n > m
                        ? $"印有 {n} 个数，多于 {m} 列"
                        : "按列顺序放置后不满足列间勾稽关系"));
                }
                rows.Add(new RowPlacement(placement, n > m || !ok ? PlacementStatus.Unsatisfiable : PlacementStatus.Unique, 1));
                continue;
            }
            var fits = new List<int[]>();
            int[]? first = null;
            var count = 0;
            foreach (var combination in Combinations(m, n))
            {
                if (++count > MaxCombinations) break;
                first ??= (int[])combination.Clone();
                if (Satisfies(problem, row, combination)) fits.Add((int[])combination.Clone());
            }
            if (fits.Count == 1)
            {
                rows.Add(new RowPlacement(fits[0], PlacementStatus.Unique, 1));
            }
            else if (fits.Count > 1)
            {
                diagnostics.Add(Diagnostic(problem, row, $"有 {fits.Count} 种放置方式都满足勾稽关系，暂按最靠左的方式放置", Severity.Info));
                rows.Add(new RowPlacement(fits[0], PlacementStatus.Ambiguous, fits.Count));
            }
            else
            {
                diagnostics.Add(Diagnostic(problem, row, "没有满足列间勾稽关系的放置方式，暂按最靠左的方式放置"));
                rows.Add(new RowPlacement(first ?? [.. Enumerable.Range(0, n)], PlacementStatus.Unsatisfiable, 0));
            }
        }
        return new PlacementResult(rows, diagnostics);
    }

    private static ImportDiagnostic Diagnostic(PlacementProblem problem, PlacementRow row, string what, Severity severity = Severity.Warning) =>
        new("IMPORT-PLACEMENT", severity,
            $"{problem.TableName}：第 {row.Line?.ToString(CultureInfo.InvariantCulture) ?? "?"} 行“{row.Quote.Replace('\n', ' ')}”的数字{what}。")
        { Line = row.Line };

    private static bool Satisfies(PlacementProblem problem, PlacementRow row, IReadOnlyList<int> placement)
    {
        var values = new decimal?[problem.Columns.Count];
        var decimals = 0;
        for (var i = 0; i < placement.Count; i++)
        {
            values[placement[i]] = row.Numbers[i].Value;
            decimals = Math.Max(decimals, row.Numbers[i].Decimals);
        }
        foreach (var prior in problem.Priors)
        {
            if (prior.CodePrefix is not null && (row.Code is null || !row.Code.StartsWith(prior.CodePrefix, StringComparison.Ordinal))) continue;
            var c = IndexOf(problem, prior.Column);
            if (c >= 0 && values[c] is { } v && v != 0m) return false;
        }
        var tolerance = decimals == 0 ? 1m : 1m / Pow10(decimals);
        foreach (var identity in problem.Identities)
        {
            var target = IndexOf(problem, identity.Target);
            if (target < 0) continue;
            var addends = identity.Addends.Select(a => IndexOf(problem, a)).ToList();
            if (addends.Any(a => a < 0)) continue;
            var sum = addends.Sum(a => values[a] ?? 0m);
            if (Math.Abs((values[target] ?? 0m) - sum) > tolerance * Math.Max(1, addends.Count)) return false;
        }
        return true;
    }

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10m;
        return r;
    }

    private static int IndexOf(PlacementProblem problem, ColumnKey key)
    {
        for (var i = 0; i < problem.Columns.Count; i++)
        {
            if (problem.Columns[i] == key) return i;
        }
        return -1;
    }

    private static IEnumerable<int[]> Combinations(int m, int n)
    {
        var c = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            yield return c;
            var i = n - 1;
            while (i >= 0 && c[i] == m - n + i) i--;
            if (i < 0) yield break;
            c[i]++;
            for (var j = i + 1; j < n; j++) c[j] = c[j - 1] + 1;
        }
    }
}
