using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Recognition.Placement;

/// <summary>
/// 列定位: places the numbers of rows whose text lost the table layout into their columns.
/// </summary>
/// <remarks>
/// <para>Placement is order-preserving: a row's numbers stay in printed order, left to right; columns not given a number
/// are blank (= 0). Every order-preserving placement is a candidate (C(m, n) for n numbers and m columns).</para>
/// <para>Candidates are ranked, lexicographically: (1) the row's own column identities (<c>Target = Σ Addends</c>, within
/// one unit of the last printed digit), (2) the priors (columns known to be blank for rows with a code prefix), (3) the
/// vertical sums of the classification hierarchy, per column (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, and each ancestor =
/// Σ of every deeper level of its subtree), maximised jointly by row-by-row descent and family-wise exhaustive search,
/// iterated to a fixed point. Ties keep the leftmost-filling placement.</para>
/// <para>Pure and deterministic; never throws on bad data (bad rows get diagnostics and a best-effort placement).
/// Thread-safe: an instance holds only its options.</para>
/// </remarks>
public sealed class ColumnPlacementSolver
{
    /// <summary>Diagnostic code: several placements are equally good; one was taken.</summary>
    public const string AmbiguousCode = "IMPORT-PLACEMENT-AMBIGUOUS";

    /// <summary>Diagnostic code: no placement satisfies a row identity (the published row, or its text, is inconsistent).</summary>
    public const string UnsatisfiedCode = "IMPORT-PLACEMENT-UNSATISFIED";

    /// <summary>Diagnostic code: the row prints more numbers than the table has value columns.</summary>
    public const string TooManyCode = "IMPORT-PLACEMENT-TOO-MANY";

    /// <summary>Diagnostic code: blanks were said to be printed, yet the row prints fewer numbers than columns.</summary>
    public const string ShortRowCode = "IMPORT-PLACEMENT-SHORT-ROW";

    /// <summary>Diagnostic code: the row has too many possible placements; only the first ones were compared.</summary>
    public const string TruncatedCode = "IMPORT-PLACEMENT-TRUNCATED";

    private readonly ColumnPlacementOptions _options;

    public ColumnPlacementSolver()
        : this(ColumnPlacementOptions.Default)
    {
    }

    public ColumnPlacementSolver(ColumnPlacementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Places every row of <paramref name="problem"/>; the result has one <see cref="RowPlacement"/> per row, in order.</summary>
    public PlacementResult Solve(PlacementProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var m = problem.Columns.Count;
        var rows = problem.Rows;
        var identities = CompileIdentities(problem);

        var rowDecimals = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var number in rows[r].Numbers ?? []) rowDecimals[r] = Math.Max(rowDecimals[r], Math.Clamp(number.Decimals, 0, 12));
        }
        var (scaleDecimals, scaled) = Scale(rows, m, rowDecimals);

        // Rows printing the same numbers under the same priors (a 类 with a single 款 and 项 prints one line three
        // times) share one enumeration; candidates are immutable.
        var sets = new RowCandidateSet[rows.Count];
        var memo = new Dictionary<string, RowCandidateSet>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var tolerance = rowDecimals[r] >= scaleDecimals ? 1L : Pow10(scaleDecimals - rowDecimals[r]);
            var priorBlank = PriorBlankColumns(problem, rows[r]);
            var key = string.Join(",", scaled[r]) + "|" + tolerance.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "|" + string.Concat(priorBlank.Select(b => b ? '1' : '0'));
            if (!memo.TryGetValue(key, out var set))
            {
                set = RowCandidateEnumerator.Enumerate(scaled[r], m, identities, priorBlank, tolerance, _options);
                memo[key] = set;
            }
            sets[r] = set;
        }

        var hierarchy = PlacementHierarchy.Build(rows, rowDecimals, scaleDecimals);
        var search = new PlacementSearch([.. sets.Select(s => s.Preferred)], m, ColumnRoles(m, identities), hierarchy, _options);
        search.Optimize();
        var alternatives = search.EquallyGoodAlternatives();

        var placements = new RowPlacement[rows.Count];
        var diagnostics = new List<ImportDiagnostic>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var set = sets[r];
            var chosen = set.Preferred[search.Choice[r]];
            var others = alternatives[r].Select(k => set.Preferred[k]).ToList();
            var numbers = row.Numbers ?? [];

            var status = set.IdentityViolations > 0 ? PlacementStatus.Unsatisfiable
                : set.Fitting.Count == 1 ? PlacementStatus.Unique
                : others.Count == 0 ? PlacementStatus.Resolved
                : PlacementStatus.Ambiguous;

            var columnOfNumber = new int[numbers.Count];
            for (var i = 0; i < numbers.Count; i++) columnOfNumber[i] = i < chosen.ColumnOfNumber.Length ? chosen.ColumnOfNumber[i] : -1;
            var cells = new CellValue[m];
            for (var c = 0; c < m; c++) cells[c] = CellValue.Blank;
            for (var i = 0; i < chosen.ColumnOfNumber.Length; i++) cells[chosen.ColumnOfNumber[i]] = numbers[i];

            placements[r] = new RowPlacement(columnOfNumber, status, set.Fitting.Count)
            {
                OtherPlacements = [.. others.Select(o => (IReadOnlyList<int>)Extend(o.ColumnOfNumber, numbers.Count))],
                Cells = cells,
            };

            var label = PlacementMessages.RowLabel(problem, row);
            if (numbers.Count > m)
            {
                var extra = string.Join("、", numbers.Skip(m).Select(PlacementMessages.Number));
                diagnostics.Add(Diagnostic(problem, row, TooManyCode,
                    PlacementMessages.Format(PlacementMessages.TooMany, label, numbers.Count, m, extra)));
            }
            else if (!problem.BlanksDropped && numbers.Count > 0 && numbers.Count < m)
            {
                diagnostics.Add(Diagnostic(problem, row, ShortRowCode,
                    PlacementMessages.Format(PlacementMessages.ShortRow, label, numbers.Count, m), Severity.Info));
            }
            if (set.Truncated)
            {
                diagnostics.Add(Diagnostic(problem, row, TruncatedCode,
                    PlacementMessages.Format(PlacementMessages.Truncated, label, set.Fitting.Count), Severity.Info));
            }
            if (status == PlacementStatus.Unsatisfiable)
            {
                diagnostics.Add(Diagnostic(problem, row, UnsatisfiedCode,
                    PlacementMessages.Format(PlacementMessages.Unsatisfied, label,
                        DescribeFailures(problem, identities, cells, rowDecimals[r]))));
            }
            if (others.Count > 0)
            {
                var (what, how) = DescribeAmbiguity(problem, numbers, chosen, others);
                diagnostics.Add(Diagnostic(problem, row, AmbiguousCode,
                    PlacementMessages.Format(PlacementMessages.Ambiguous, label, what, how)));
            }
        }

        return new PlacementResult(placements, diagnostics);
    }

    /// <summary>
    /// The placed numbers of every row (at most one per column) as whole multiples of the finest printed digit of the
    /// table, so that all sums are exact in longs. The scale is coarsened (and, for absurd magnitudes, values clamped)
    /// so that no sum over all rows can overflow.
    /// </summary>
    private static (int Decimals, long[][] Scaled) Scale(IReadOnlyList<PlacementRow> rows, int columnCount, int[] rowDecimals)
    {
        var decimals = rowDecimals.Length == 0 ? 0 : rowDecimals.Max();
        var maxAbs = 0m;
        foreach (var row in rows)
        {
            foreach (var number in (row.Numbers ?? []).Take(columnCount)) maxAbs = Math.Max(maxAbs, Math.Abs(number.OrZero));
        }
        var limit = 9_000_000_000_000_000_000m / (rows.Count + columnCount + 2);
        var factor = 1m;
        for (var i = 0; i < decimals; i++) factor *= 10m;
        while (decimals > 0 && maxAbs >= limit / factor)
        {
            decimals--;
            factor /= 10m;
        }
        var scaled = new long[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            var numbers = (rows[r].Numbers ?? []).Take(columnCount).ToArray();
            scaled[r] = new long[numbers.Length];
            for (var i = 0; i < numbers.Length; i++)
            {
                var v = Math.Round(numbers[i].OrZero * factor, 0, MidpointRounding.AwayFromZero);
                scaled[r][i] = (long)Math.Clamp(v, -limit, limit);
            }
        }
        return (decimals, scaled);
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }

    private static int[] Extend(int[] columnOfNumber, int count)
    {
        var result = new int[count];
        for (var i = 0; i < count; i++) result[i] = i < columnOfNumber.Length ? columnOfNumber[i] : -1;
        return result;
    }

    /// <summary>A role number per column: equal when two columns appear in the same identities in the same way.</summary>
    private static int[] ColumnRoles(int columnCount, List<CompiledIdentity> identities)
    {
        var signatures = new string[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var parts = new List<string>();
            for (var i = 0; i < identities.Count; i++)
            {
                if (identities[i].Target == c) parts.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "T");
                if (identities[i].Addends.Contains(c)) parts.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "A");
            }
            signatures[c] = string.Join(",", parts);
        }
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. signatures.Select(sig => roles.TryGetValue(sig, out var role) ? role : roles[sig] = roles.Count)];
    }

    private static List<CompiledIdentity> CompileIdentities(PlacementProblem problem)
    {
        var index = new Dictionary<ColumnKey, int>();
        for (var c = 0; c < problem.Columns.Count; c++) index.TryAdd(problem.Columns[c], c);

        var compiled = new List<CompiledIdentity>();
        foreach (var identity in problem.Identities ?? [])
        {
            if (identity is null || !index.TryGetValue(identity.Target, out var target)) continue;
            // Addend columns the table does not print are simply absent (this region's form omits them).
            var addends = (identity.Addends ?? []).Where(index.ContainsKey).Select(k => index[k])
                .Where(a => a != target).Distinct().ToArray();
            if (addends.Length == 0) continue;
            compiled.Add(new CompiledIdentity(target, addends, identity));
        }
        return compiled;
    }

    private static bool[] PriorBlankColumns(PlacementProblem problem, PlacementRow row)
    {
        var blank = new bool[problem.Columns.Count];
        var code = row.Code is null ? null : string.Concat(row.Code.Where(ch => !char.IsWhiteSpace(ch)));
        foreach (var prior in problem.Priors ?? [])
        {
            if (prior is null) continue;
            var applies = string.IsNullOrEmpty(prior.CodePrefix)
                || (code is not null && code.StartsWith(prior.CodePrefix, StringComparison.Ordinal));
            if (!applies) continue;
            for (var c = 0; c < blank.Length; c++)
            {
                if (problem.Columns[c] == prior.Column) blank[c] = true;
            }
        }
        return blank;
    }

    private static string DescribeFailures(PlacementProblem problem, List<CompiledIdentity> identities,
        CellValue[] cells, int decimals)
    {
        var tolerance = Money.Rounding.LastDigitUnit(decimals);
        var values = cells.Select(c => c.OrZero).ToArray();
        var parts = new List<string>();
        var failing = identities.Where(i => !i.Holds(values, tolerance)).ToList();
        if (failing.Count == 0) failing = identities.Where(i => i.Difference(values) != 0m).ToList();
        foreach (var identity in failing)
        {
            var formula = PlacementMessages.Header(problem, identity.Target) + " = "
                + string.Join(" + ", identity.Addends.Select(a => PlacementMessages.Header(problem, a)));
            var target = cells[identity.Target];
            var left = PlacementMessages.Header(problem, identity.Target) + " "
                + (target.IsBlank ? "（空）" : PlacementMessages.Number(target));
            var printed = identity.Addends.Where(a => !cells[a].IsBlank).ToList();
            var right = printed.Count == 0
                ? "0（" + string.Join("、", identity.Addends.Select(a => PlacementMessages.Header(problem, a))) + "均为空）"
                : string.Join(" + ", printed.Select(a => PlacementMessages.Header(problem, a) + " " + PlacementMessages.Number(cells[a])));
            var difference = Math.Abs(identity.Difference(values));
            parts.Add("“" + formula + "”（" + left + " ≠ " + right + "，差 "
                + PlacementMessages.Number(difference, decimals) + "）");
        }
        return string.Join("；", parts);
    }

    private static (string What, string How) DescribeAmbiguity(PlacementProblem problem, IReadOnlyList<CellValue> numbers,
        PlacementCandidate chosen, List<PlacementCandidate> others)
    {
        var what = new List<string>();
        var how = new List<string>();
        for (var i = 0; i < chosen.ColumnOfNumber.Length; i++)
        {
            var columns = new SortedSet<int> { chosen.ColumnOfNumber[i] };
            foreach (var o in others) columns.Add(o.ColumnOfNumber[i]);
            if (columns.Count < 2) continue;
            var number = PlacementMessages.Number(numbers[i]);
            what.Add("数字 " + number + " 可能属于"
                + PlacementMessages.Alternatives([.. columns.Select(c => PlacementMessages.Quoted(problem, c))]));
            how.Add(number + "→" + PlacementMessages.Quoted(problem, chosen.ColumnOfNumber[i]));
        }
        var chosenText = how.Count == 1
            ? PlacementMessages.Quoted(problem, chosen.ColumnOfNumber[FirstDiffering(chosen, others)])
            : " " + string.Join("、", how) + " ";
        var whatText = string.Join("；", what) + (others.Count > 1 ? "（共 " + (others.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 种同样合理的放置）" : "");
        return (whatText, chosenText);
    }

    private static int FirstDiffering(PlacementCandidate chosen, List<PlacementCandidate> others)
    {
        for (var i = 0; i < chosen.ColumnOfNumber.Length; i++)
        {
            if (others.Any(o => o.ColumnOfNumber[i] != chosen.ColumnOfNumber[i])) return i;
        }
        return 0;
    }

    private static ImportDiagnostic Diagnostic(PlacementProblem problem, PlacementRow row, string code, string message,
        Severity severity = Severity.Warning) =>
        new(code, severity, message)
        {
            Line = row.Line,
            Page = row.Page,
            Table = problem.Table?.Value,
        };
}
