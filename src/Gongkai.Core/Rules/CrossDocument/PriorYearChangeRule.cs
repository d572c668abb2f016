using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using static Gongkai.Core.Rules.CrossDocument.CrossDocumentText;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>
/// X-R01: a “比上年” claim of the later year against the prior year's disclosure of the same entity. The base is the
/// prior budget (比上年预算, or a budget saying only 比上年) or the prior final account (比上年执行数/决算, or a final account
/// saying only 比上年). Its figure for the same subject is the table cell or, failing that, the prior text's statement
/// (<see cref="DocumentFigures"/>). Stated change: 本年数 − 增减额 must give that figure; stated rate only: the rate
/// must follow from 本年数 and that figure (a zero base is the 增长100% convention, not checked). Error when the
/// claim names its base, warning when the base is implied; a difference within the printed digits is info.
/// </summary>
public sealed class PriorYearChangeRule : ICrossDocumentRule
{
    /// <summary>{0} place, {1} change, {2} unit, {3} implied prior, {4} amount, {5} prior kind, {6} prior file, {7} prior place, {8} prior figure, {9} prior unit, {10} change from the prior figure.</summary>
    public const string MessageChange = "{0}：按文中增减额，上年数应为 {4} − {1} = {3}{2}；上年{5}《{6}》{7}为 {8}{9}，按此增减额应为 {10}{2}。";

    /// <summary>{0} place, {1} prior kind, {2} prior file, {3} prior place, {4} prior figure, {5} unit, {6} amount, {7} computed rate, {8} stated rate.</summary>
    public const string MessageRate = "{0}：上年{1}《{2}》{3}为 {4}{5}，增减率应为 ({6} − {4}) ÷ {4} × 100% = {7}%，文中为 {8}%。";

    public string Id => "X-R01";

    public string Title => "文字说明中的比上年增减与上年公开数不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeVsTable;

    public IEnumerable<Finding> Evaluate(CrossDocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (document.Info.Year is not { } year) yield break;
        var ownKind = document.Info.Kind ?? DocumentKind.Budget;
        foreach (var claim in DocumentFigures.ClaimsOf(document))
        {
            if (claim.Amount is not { } amount || claim.Unit is not { } unit) continue;
            if (claim.Change is null && claim.ChangePercent is null) continue;
            if (!ComparesWithPriorYear(claim.Quote)) continue;
            var (baseKind, named) = PriorBase(claim.Quote, ownKind);
            var prior = context.Find(year - 1, baseKind);
            if (prior is null) continue;
            var figure = DocumentFigures.Find(prior, claim);
            if (figure is null) continue;
            var p = figure.In(unit);
            var hp = figure.HalfIn(unit);
            var severity = named ? Severity.Error : Severity.Warning;
            if (claim.Change is { } change)
            {
                var implied = amount - change;
                var decimals = Math.Max(claim.AmountDecimals, claim.ChangeDecimals);
                var verdict = Verdict(implied, p, Half(claim.AmountDecimals) + Half(claim.ChangeDecimals) + hp, Rounding.LastDigitUnit(decimals));
                if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) continue;
                var expected = Rounding.Round(amount - p, Math.Max(claim.ChangeDecimals, 2));
                yield return Make(claim, SeverityOf(verdict, severity),
                    Format(MessageChange, Where(claim), change < 0m ? "(" + F(change) + ")" : F(change), unit.ToChinese(), F(implied), F(amount), KindName(baseKind),
                        FileOf(prior.Source), Place(figure.Evidence), F(figure.Value), figure.Unit.ToChinese(), F(expected)),
                    change, expected, figure.Evidence);
            }
            else if (claim.ChangePercent is { } rate && p != 0m)
            {
                var hn = Half(claim.AmountDecimals) + hp;
                if (p - hp <= 0m && p + hp >= 0m) continue;
                var values = new[] { (amount - p - hn) * 100m / (p - hp), (amount - p - hn) * 100m / (p + hp), (amount - p + hn) * 100m / (p - hp), (amount - p + hn) * 100m / (p + hp) };
                var verdict = Compare(rate, claim.ChangePercentDecimals, (values.Min(), values.Max()));
                if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) continue;
                var expected = Rounding.Round((amount - p) * 100m / p, claim.ChangePercentDecimals);
                yield return Make(claim, SeverityOf(verdict, severity),
                    Format(MessageRate, Where(claim), KindName(baseKind), FileOf(prior.Source), Place(figure.Evidence), F(p), unit.ToChinese(),
                        F(amount), F(expected, claim.ChangePercentDecimals), F(rate)),
                    rate, expected, figure.Evidence);
            }
        }
    }

    private Finding Make(Gongkai.Core.Narrative.Claim claim, Severity severity, string message, decimal actual, decimal expected, FindingEvidence related) => new()
    {
        RuleId = Id, Severity = severity, Category = Category, Message = message,
        Line = claim.Line, Quote = claim.Quote, Actual = actual, Expected = expected, Related = related,
    };
}
