using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R10 (conditional, warning): B04 总计 = B01 总计 when B01 shows no 非财政拨款 income; otherwise B04 总计 ≤ B01 总计.</summary>
public sealed class FiscalTotalWithinSummaryRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（单位无非财政拨款收入，两表总计应相等）";

    public override string Id => "B-R10";

    public override string Title => "财政拨款收支总表总计与收支总表总计（无非财政拨款收入时相等，否则不大于）";

    public override Severity DefaultSeverity => Severity.Warning;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (!TryFigures(document, out var b04, out var b01, out var equal) || !equal) yield break;
        yield return Equation.Same(Id, b04, b01);
    }

    /// <summary>Inequality message: {0} table, {1} row, {2} column, {3} printed, {4} other cell, {5} its figure.</summary>
    public const string AtMostMessage = "{0} {1}：{2} {3} 大于 {4} {5}（财政拨款总计不应超过收支总表总计）";

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var f in base.Evaluate(context)) yield return f;
        if (TryFigures(context.Document, out var b04, out var b01, out var equal) && !equal
            && Inequality.AtMost(this, context, b04, b01, AtMostMessage) is { } finding)
        {
            yield return finding;
        }
    }

    private static readonly string[] s_nonFiscal =
    [
        SummaryRowKeys.SpecialAccount, SummaryRowKeys.UnitFunds, SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome,
        SummaryRowKeys.SuperiorSubsidy, SummaryRowKeys.AffiliatedRemittance, SummaryRowKeys.OtherIncome, SummaryRowKeys.BusinessFundMakeUp,
        SummaryRowKeys.NonFiscalCarryover,
    ];

    private static bool TryFigures(DisclosureDocument document, out CellRef b04, out CellRef b01, out bool equal)
    {
        b04 = default;
        b01 = default;
        equal = false;
        if (Cross.Line(document, TableId.B04, SummaryRowKeys.IncomeGrandTotal) is not { } a
            || Cross.Line(document, TableId.B01, SummaryRowKeys.IncomeGrandTotal) is not { } b) return false;
        b04 = a;
        b01 = b;
        var nonFiscal = s_nonFiscal.Select(k => Cross.Line(document, TableId.B01, k)).OfType<CellRef>().Sum(c => c.Value.OrZero);
        var carry01 = Cross.Line(document, TableId.B01, SummaryRowKeys.PriorYearCarryover)?.Value.OrZero ?? 0m;
        var carry04 = Cross.Line(document, TableId.B04, SummaryRowKeys.PriorYearCarryover)?.Value.OrZero ?? 0m;
        equal = nonFiscal == 0m && carry01 == carry04;
        return true;
    }
}
