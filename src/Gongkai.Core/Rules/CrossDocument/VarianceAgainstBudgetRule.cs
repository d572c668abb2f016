using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using static Gongkai.Core.Rules.CrossDocument.CrossDocumentText;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>
/// X-R04: a 预决算差异率 or 完成率 a final account states without printing the 年初预算 beside it, recomputed from the
/// budget of the same entity and year: 差异率 = (决算 − 预算) ÷ 预算, 完成率 = 决算 ÷ 预算. (When the sentence prints the
/// 年初预算, F-R28/F-R27 check the arithmetic and X-R03 the budget figure.) Warning, as X-R03.
/// </summary>
public sealed class VarianceAgainstBudgetRule : ICrossDocumentRule
{
    /// <summary>{0} place, {1} what (预决算差异率/完成率), {2} formula, {3} computed, {4} stated, {5} budget file, {6} budget place.</summary>
    public const string Message = "{0}：按同年预算《{5}》{6}，{1}应为 {2} = {3}%，文中为 {4}%。";

    public string Id => "X-R04";

    public string Title => "决算中的预决算差异率、完成率与同年预算公开数不符";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.NarrativeArithmetic;

    public IEnumerable<Finding> Evaluate(CrossDocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (document.Info.Kind != DocumentKind.FinalAccounts || document.Info.Year is not { } year) yield break;
        var budgetDocument = context.Find(year, DocumentKind.Budget);
        if (budgetDocument is null) yield break;
        foreach (var claim in DocumentFigures.ClaimsOf(document))
        {
            if (claim.Budget is not null || claim.Unit is not { } unit) continue;
            if (claim.VarianceRatePercent is null && claim.CompletionPercent is null) continue;
            var final = claim.Final ?? claim.Amount;
            var finalDecimals = claim.Final is not null ? claim.FinalDecimals : claim.AmountDecimals;
            if (final is not { } f) continue;
            var figure = DocumentFigures.Find(budgetDocument, claim);
            if (figure is null) continue;
            var b = figure.In(unit);
            var hb = figure.HalfIn(unit);
            var hf = Half(finalDecimals);
            if (b - hb <= 0m) continue; // 年初预算 0: the rate is undefined (F-R27)
            if (claim.VarianceRatePercent is { } variance)
            {
                var range = Range(f - b, hf + hb, b, hb);
                var verdict = Compare(variance, claim.VarianceRateDecimals, range);
                if (verdict == 2 || (verdict == 1 && context.Options.ReportRoundingDifferences))
                {
                    var expected = Rounding.Round((f - b) * 100m / b, claim.VarianceRateDecimals);
                    yield return Make(claim, verdict, Format(Message, Where(claim), "预决算差异率", $"({F(f)} − {F(b)}) ÷ {F(b)} × 100%",
                        F(expected, claim.VarianceRateDecimals), F(variance), FileOf(budgetDocument.Source), Place(figure.Evidence)), variance, expected, figure.Evidence);
                }
            }
            if (claim.CompletionPercent is { } completion)
            {
                var decimals = Rounding.DecimalsOf(completion);
                var range = Range(f, hf, b, hb);
                var verdict = Compare(completion, decimals, range);
                if (verdict == 2 || (verdict == 1 && context.Options.ReportRoundingDifferences))
                {
                    var expected = Rounding.Round(f * 100m / b, decimals);
                    yield return Make(claim, verdict, Format(Message, Where(claim), "完成年初预算的百分比", $"{F(f)} ÷ {F(b)} × 100%",
                        F(expected, decimals), F(completion), FileOf(budgetDocument.Source), Place(figure.Evidence)), completion, expected, figure.Evidence);
                }
            }
        }
    }

    /// <summary>Range of 100 × n / d with n ± hn and d ± hd (d − hd &gt; 0).</summary>
    private static (decimal Min, decimal Max) Range(decimal n, decimal hn, decimal d, decimal hd)
    {
        var values = new[] { (n - hn) * 100m / (d - hd), (n - hn) * 100m / (d + hd), (n + hn) * 100m / (d - hd), (n + hn) * 100m / (d + hd) };
        return (values.Min(), values.Max());
    }

    private Finding Make(Gongkai.Core.Narrative.Claim claim, int verdict, string message, decimal actual, decimal expected, FindingEvidence related) => new()
    {
        RuleId = Id, Severity = SeverityOf(verdict, DefaultSeverity), Category = Category, Message = message,
        Line = claim.Line, Quote = claim.Quote, Actual = actual, Expected = expected, Related = related,
    };
}
