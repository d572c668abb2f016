using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R13 (conditional, warning): B05 = B03 (合计/基本/项目, per code) when all funding is 一般公共预算; otherwise B05 ≤ B03.</summary>
public sealed class GeneralBudgetWithinExpenditureRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（资金全部来自一般公共预算，两表应一致）";

    public override string Id => "B-R13";

    public override string Title => "一般公共预算支出表与支出总表（全部为一般公共预算时相等，否则逐行不大于）";

    public override Severity DefaultSeverity => Severity.Warning;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (!AllGeneralBudget(document, out var b05, out var b03)) yield break;
        foreach (var key in s_columns)
        {
            foreach (var eq in Cross.ByCode(Id, b05, b05.IndexOf(key), b03, b03.IndexOf(key), bothWays: false, RowKind.Class, RowKind.Section, RowKind.Item)) yield return eq;
            foreach (var eq in Cross.Same(Id, TableAccess.Cell(b05, TableAccess.TotalRow(b05), key), TableAccess.Cell(b03, TableAccess.TotalRow(b03), key))) yield return eq;
        }
    }

    /// <summary>Inequality message: {0} table, {1} row, {2} column, {3} printed, {4} other cell, {5} its figure.</summary>
    public const string AtMostMessage = "{0} {1}：{2} {3} 大于 {4} {5}（一般公共预算支出不应超过同科目支出总额）";

    private static readonly ColumnKey[] s_columns = [ColumnKey.Total, ColumnKey.Basic, ColumnKey.Project];

    private static readonly string[] s_otherSources =
    [
        SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital, SummaryRowKeys.SpecialAccount, SummaryRowKeys.UnitFunds,
        SummaryRowKeys.BusinessIncome, SummaryRowKeys.OperatingIncome, SummaryRowKeys.SuperiorSubsidy, SummaryRowKeys.AffiliatedRemittance,
        SummaryRowKeys.OtherIncome, SummaryRowKeys.BusinessFundMakeUp, SummaryRowKeys.NonFiscalCarryover,
        // 上年结转: B05 (一般公共预算当年拨款) does not include it while B03 does (seed 001), so B05 = B03 cannot be expected.
        SummaryRowKeys.PriorYearCarryover, SummaryRowKeys.FiscalCarryover,
    ];

    public override IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var f in base.Evaluate(context)) yield return f;
        var document = context.Document;
        if (AllGeneralBudget(document, out _, out _)) yield break;
        if (document.Table(TableId.B05) is not { } b05 || document.Table(TableId.B03) is not { } b03) yield break;
        // Row by row only when neither table splits its rows over several units (per-unit figures would not line up).
        RowKind[] coded = [RowKind.Class, RowKind.Section, RowKind.Item];
        if (Cross.HasSeveralUnits(b05, coded) || Cross.HasSeveralUnits(b03, coded)) yield break;
        foreach (var key in s_columns)
        {
            int c5 = b05.IndexOf(key), c3 = b03.IndexOf(key);
            if (c5 < 0 || c3 < 0) continue;
            var rows3 = Cross.CodedRows(b03, RowKind.Class, RowKind.Section, RowKind.Item);
            foreach (var r5 in Cross.CodedRows(b05, RowKind.Class, RowKind.Section, RowKind.Item))
            {
                if (rows3.FirstOrDefault(r => r.Code == r5.Code) is not { } r3) continue;
                if (Inequality.AtMost(this, context, new CellRef(b05, r5, c5), new CellRef(b03, r3, c3), AtMostMessage) is { } f) yield return f;
            }
        }
    }

    /// <summary>True (with both tables) when B01 shows no source other than 一般公共预算 (B01 must be present to know).</summary>
    private static bool AllGeneralBudget(DisclosureDocument document, out DisclosureTable b05, out DisclosureTable b03)
    {
        b05 = null!;
        b03 = null!;
        if (document.Table(TableId.B05) is not { } t5 || document.Table(TableId.B03) is not { } t3 || document.Table(TableId.B01) is null) return false;
        b05 = t5;
        b03 = t3;
        return s_otherSources.All(k => (Cross.Line(document, TableId.B01, k)?.Value.OrZero ?? 0m) == 0m);
    }
}
