using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.CrossDocument.CrossDocumentText;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.CrossDocument;

/// <summary>
/// X-R03 (F-R29): the 年初预算 a final account states against the budget of the same entity and year: each claim's
/// 年初预算数 (“年初预算为 B 万元”) against the budget's figure for the same subject, and the 预算数 of the F07 三公 table
/// against the B07 cells. Warning (DOMAIN [K]: 年初预算 may include changes made after publication).
/// </summary>
public sealed class BudgetFigureRule : ICrossDocumentRule
{
    /// <summary>{0} place, {1} stated budget, {2} unit, {3} budget file, {4} budget place, {5} budget figure, {6} budget unit.</summary>
    public const string MessageClaim = "{0}：文中年初预算数 {1}{2}，与同年预算《{3}》{4} {5}{6}不一致。";

    /// <summary>{0} table, {1} column, {2} value, {3} unit, {4} budget file, {5} budget place, {6} budget figure, {7} budget unit.</summary>
    public const string MessageTable = "{0}“预算数”中“{1}”{2}{3}，与同年预算《{4}》{5} {6}{7}不一致。";

    private static readonly (ColumnKey Key, string Name)[] s_threePublic =
    [
        (ColumnKey.Total, "合计"), (ColumnKey.Abroad, ClaimSubjects.Abroad), (ColumnKey.VehicleSubtotal, "公务用车购置及运行维护费"),
        (ColumnKey.VehiclePurchase, ClaimSubjects.VehiclePurchase), (ColumnKey.VehicleOperation, ClaimSubjects.VehicleOperation),
        (ColumnKey.Reception, ClaimSubjects.Reception),
    ];

    public string Id => "X-R03";

    public string Title => "决算中的年初预算数与同年预算公开数不符";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.NarrativeVsTable;

    public IEnumerable<Finding> Evaluate(CrossDocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (document.Info.Kind != DocumentKind.FinalAccounts || document.Info.Year is not { } year) yield break;
        var budget = context.Find(year, DocumentKind.Budget);
        if (budget is null) yield break;
        foreach (var claim in DocumentFigures.ClaimsOf(document))
        {
            if (claim.Budget is not { } stated || claim.Unit is not { } unit) continue;
            var figure = DocumentFigures.Find(budget, claim);
            if (figure is null) continue;
            var verdict = Verdict(stated, figure.In(unit), Half(claim.BudgetDecimals) + figure.HalfIn(unit), Rounding.LastDigitUnit(claim.BudgetDecimals));
            if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) continue;
            yield return new Finding
            {
                RuleId = Id, Severity = SeverityOf(verdict, DefaultSeverity), Category = Category,
                Message = Format(MessageClaim, Where(claim), F(stated), unit.ToChinese(), FileOf(budget.Source), Place(figure.Evidence),
                    F(figure.Value), figure.Unit.ToChinese()),
                Line = claim.Line, Quote = claim.Quote, Actual = stated,
                Expected = Rounding.Round(figure.In(unit), Math.Max(claim.BudgetDecimals, 2)), Related = figure.Evidence,
            };
        }
        var f07 = document.Table(TableId.F07);
        if (f07 is null) yield break;
        foreach (var (key, name) in s_threePublic)
        {
            var printed = DocumentFigures.ThreePublicBudgetInFinal(document, key);
            if (printed is null) continue;
            var b07 = budget.Table(TableId.B07);
            var row = b07?.TotalRow() ?? (b07?.Rows.Count == 1 ? b07.Rows[0] : null);
            var figure = b07 is null || row is null ? null : DocumentFigures.Cell(budget, b07, row, key);
            if (figure is null) continue;
            var unit = printed.Unit;
            var verdict = Verdict(printed.Value, figure.In(unit), Half(printed.Decimals) + figure.HalfIn(unit), Rounding.LastDigitUnit(printed.Decimals));
            if (verdict == 0 || (verdict == 1 && !context.Options.ReportRoundingDifferences)) continue;
            yield return new Finding
            {
                RuleId = Id, Severity = SeverityOf(verdict, DefaultSeverity), Category = FindingCategory.CrossTable,
                Message = Format(MessageTable, f07.PrintedNumber ?? f07.Title, name, F(printed.Value), unit.ToChinese(), FileOf(budget.Source),
                    Place(figure.Evidence), F(figure.Value), figure.Unit.ToChinese()),
                Table = TableId.F07.Value, Row = printed.Evidence.Row, Column = printed.Evidence.Column, Page = printed.Evidence.Page,
                Line = printed.Evidence.Line, Quote = printed.Evidence.Quote, Actual = printed.Value,
                Expected = Rounding.Round(figure.In(unit), Math.Max(printed.Decimals, 2)), Related = figure.Evidence,
            };
        }
    }
}
