using System.Runtime.CompilerServices;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Equations;

/// <summary>The evaluated form of one <see cref="Equation"/>, in the target's unit.</summary>
internal sealed record EquationResult(Equation Equation, decimal Actual, decimal Expected, decimal Bound, int Decimals,
    ComparisonOutcome Outcome);

/// <summary>
/// Evaluates the identities of every equation rule on a document and turns failures into findings.
/// A failed identity names the cell at fault: of the cells it involves, the one that also breaks the most other
/// identities (a leaf amount that breaks both its row's 合计 and its parent's roll-up), else its target.
/// Pure and deterministic; results are cached per document instance.
/// </summary>
internal static class EquationEvaluator
{
    private const int MaxTermsInMessage = 12;

    private static readonly ConditionalWeakTable<DisclosureDocument, Analysis> s_cache = new();

    public static IEnumerable<Finding> Evaluate(IEquationRule rule, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = Analyse(context, rule);
        var findings = new List<Finding>();
        foreach (var result in analysis.Results)
        {
            if (result.Equation.RuleId != rule.Id || result.Outcome == ComparisonOutcome.Equal) continue;
            if (result.Outcome == ComparisonOutcome.RoundingDifference)
            {
                if (context.Options.ReportRoundingDifferences) findings.Add(RoundingFinding(rule, result));
                continue;
            }
            findings.Add(MismatchFinding(rule, result, analysis.FailCounts));
        }
        return findings;
    }

    private sealed record Analysis(RuleOptions Options, IReadOnlyList<EquationResult> Results, IReadOnlyDictionary<CellRef, int> FailCounts);

    private static Analysis Analyse(RuleContext context, IEquationRule rule)
    {
        var registered = BuiltInRules.All.OfType<IEquationRule>().ToList();
        var isRegistered = registered.Contains(rule);
        if (isRegistered && s_cache.TryGetValue(context.Document, out var cached) && cached.Options == context.Options) return cached;
        if (!isRegistered)
        {
            // A fresh instance (tests, custom rule sets) stands in for the registered rule with its id.
            registered.RemoveAll(r => r.Id == rule.Id);
            registered.Add(rule);
        }

        var results = new List<EquationResult>();
        var counts = new Dictionary<CellRef, int>();
        foreach (var r in registered)
        {
            IEnumerable<Equation> equations;
            try
            {
                equations = r.Equations(context.Document).ToList();
            }
#pragma warning disable CA1031 // A faulty rule's identities are left out; the rule itself reports the fault through RuleEngine.
            catch (Exception)
#pragma warning restore CA1031
            {
                continue;
            }
            foreach (var eq in equations)
            {
                if (eq.AllBlank) continue;
                EquationResult result;
                try
                {
                    result = Compute(eq, context.Options);
                }
                catch (OverflowException)
                {
                    continue; // absurd magnitudes (a misread number): the identity cannot be evaluated
                }
                results.Add(result);
                if (result.Outcome != ComparisonOutcome.Mismatch) continue;
                foreach (var cell in Cells(eq))
                {
                    counts[cell] = counts.TryGetValue(cell, out var n) ? n + 1 : 1;
                }
            }
        }
        var analysis = new Analysis(context.Options, results, counts);
        if (isRegistered) s_cache.AddOrUpdate(context.Document, analysis);
        return analysis;
    }

    private static IEnumerable<CellRef> Cells(Equation eq)
    {
        yield return eq.Target;
        foreach (var t in eq.Terms) yield return t.Cell;
    }

    internal static EquationResult Compute(Equation eq, RuleOptions options)
    {
        var unit = eq.Target.Table.AmountUnit;
        var actual = eq.Target.Value.OrZero;
        var expected = 0m;
        var sameUnit = true;
        foreach (var t in eq.Terms)
        {
            var v = AmountUnitExtensions.Convert(t.Cell.Value.OrZero, t.Cell.Table.AmountUnit, unit);
            expected += t.Sign * v;
            if (t.Cell.Table.AmountUnit != unit) sameUnit = false;
        }
        var decimals = Tolerance.MaxDecimals(Cells(eq).Where(c => c.Table.AmountUnit == unit).Select(c => c.Value));
        decimal bound;
        if (sameUnit && eq.Terms.Count == 1 && !eq.Target.Value.IsBlank && !eq.Terms[0].Cell.Value.IsBlank)
        {
            // One figure printed in two places (表1 535987052.4, 表4 535,987,052.43): the coarser printing decides.
            bound = Tolerance.Bound(Math.Min(eq.Target.Value.Decimals, eq.Terms[0].Cell.Value.Decimals), options);
        }
        else if (sameUnit)
        {
            bound = Tolerance.Bound(decimals, options);
        }
        else
        {
            // Across units the coarser printed precision decides (a 万元 figure cannot be closer than its last digit).
            bound = 0m;
            foreach (var c in Cells(eq))
            {
                var digits = c.Value.IsBlank ? 0 : c.Value.Decimals;
                var b = AmountUnitExtensions.Convert(Tolerance.Bound(digits, options), c.Table.AmountUnit, unit);
                if (!c.Value.IsBlank && b > bound) bound = b;
            }
        }
        return new EquationResult(eq, actual, expected, bound, decimals, Tolerance.Compare(actual, expected, bound));
    }

    private static Finding MismatchFinding(IEquationRule rule, EquationResult result, IReadOnlyDictionary<CellRef, int> counts)
    {
        var eq = result.Equation;
        var blamed = eq.Target;
        var best = counts.TryGetValue(eq.Target, out var tc) ? tc : 0;
        var blamedSign = 0;
        foreach (var t in eq.Terms)
        {
            var n = counts.TryGetValue(t.Cell, out var c) ? c : 0;
            if (n > best)
            {
                best = n;
                blamed = t.Cell;
                blamedSign = t.Sign;
            }
        }
        var message = RuleText.Format(rule.MessageTemplate, Args(result));
        decimal expectedForBlamed;
        if (blamedSign == 0)
        {
            expectedForBlamed = result.Expected;
        }
        else
        {
            // Solve the identity for the blamed addend, in its own table's unit.
            var inTarget = AmountUnitExtensions.Convert(blamed.Value.OrZero, blamed.Table.AmountUnit, eq.Target.Table.AmountUnit)
                + (result.Actual - result.Expected) / blamedSign;
            expectedForBlamed = AmountUnitExtensions.Convert(inTarget, eq.Target.Table.AmountUnit, blamed.Table.AmountUnit);
            var d = Math.Max(result.Decimals, blamed.Value.Decimals);
            message += RuleText.Format(EquationMessages.Suspect, CellLabel(blamed, null), RuleText.Amount(blamed.Value.OrZero, d),
                RuleText.Amount(expectedForBlamed, d));
        }
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Category = rule.Category,
            Message = message,
            Table = blamed.Table.Id?.Value,
            Row = RuleText.RowRef(blamed.Row),
            Column = blamed.Header,
            Page = blamed.Row.Page ?? blamed.Table.Page,
            Line = blamed.Row.Line ?? blamed.Table.Line,
            Quote = blamed.Row.Quote,
            Actual = blamed.Value.OrZero,
            Expected = expectedForBlamed,
        };
    }

    private static Finding RoundingFinding(IEquationRule rule, EquationResult result)
    {
        var eq = result.Equation;
        var diff = Math.Abs(result.Actual - result.Expected);
        // Dividing by 1.000…0 drops trailing zeros, so a cross-unit difference of 0.00004 万元 is not printed as 0.00.
        var significant = Rounding.DecimalsOf(diff / 1.000000000000000000000000000000000m);
        var args = Args(result).Append(RuleText.Amount(diff, Math.Min(Math.Max(result.Decimals, significant), 8))).ToArray();
        return new Finding
        {
            RuleId = rule.Id,
            Severity = Severity.Info,
            Category = rule.Category,
            Message = RuleText.Format(EquationMessages.Rounding, args),
            Table = eq.Target.Table.Id?.Value,
            Row = RuleText.RowRef(eq.Target.Row),
            Column = eq.Target.Header,
            Page = eq.Target.Row.Page ?? eq.Target.Table.Page,
            Line = eq.Target.Row.Line ?? eq.Target.Table.Line,
            Quote = eq.Target.Row.Quote,
            Actual = result.Actual,
            Expected = result.Expected,
        };
    }

    private static object[] Args(EquationResult result)
    {
        var eq = result.Equation;
        var d = result.Decimals;
        var parts = new List<string>();
        for (var i = 0; i < eq.Terms.Count && i < MaxTermsInMessage; i++)
        {
            var t = eq.Terms[i];
            var label = CellLabel(t.Cell, eq.Target);
            var unit = t.Cell.Table.AmountUnit == eq.Target.Table.AmountUnit ? "" : RuleText.Unit(t.Cell.Table.AmountUnit);
            var amount = RuleText.Amount(t.Cell.Value.OrZero, t.Cell.Table.AmountUnit == eq.Target.Table.AmountUnit ? d : t.Cell.Value.Decimals) + unit;
            var text = (label.Length == 0 ? "" : label + " ") + amount;
            parts.Add(i == 0 ? (t.Sign < 0 ? "− " + text : text) : (t.Sign < 0 ? " − " : " + ") + text);
        }
        if (eq.Terms.Count > MaxTermsInMessage)
        {
            parts.Add(RuleText.Format(" + …（共 {0} 项）", eq.Terms.Count));
        }
        if (eq.Terms.Count == 0) parts.Add("未列示（0）");
        return
        [
            RuleText.TableLabel(eq.Target.Table),
            RuleText.RowLabel(eq.Target.Row),
            eq.Target.Header,
            RuleText.Amount(result.Actual, d),
            string.Concat(parts),
            RuleText.Amount(result.Expected, d),
        ];
    }

    /// <summary>Names a cell relative to <paramref name="target"/>: only what differs (table, row, column).</summary>
    private static string CellLabel(CellRef cell, CellRef? target)
    {
        if (target is { } t && ReferenceEquals(t.Table, cell.Table))
        {
            if (ReferenceEquals(t.Row, cell.Row)) return cell.Header;
            if (t.Column == cell.Column || t.Table.Columns.Count == 1) return RuleText.RowLabel(cell.Row);
            return RuleText.RowLabel(cell.Row) + " " + cell.Header;
        }
        return RuleText.TableLabel(cell.Table) + " " + RuleText.RowLabel(cell.Row) + " " + cell.Header;
    }
}
