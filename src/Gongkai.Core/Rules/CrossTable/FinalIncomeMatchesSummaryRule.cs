using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R06: F02 合计 row = F01 (本年收入合计; 财政拨款收入 = 一 + 二 + 三; 上级补助/事业/经营/附属单位上缴/其他).</summary>
public sealed class FinalIncomeMatchesSummaryRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（收入决算表与收入支出决算总表不一致）";

    private static readonly (ColumnKey Column, string Line)[] s_lines =
    [
        (ColumnKey.SuperiorSubsidy, SummaryRowKeys.SuperiorSubsidy),
        (ColumnKey.BusinessIncome, SummaryRowKeys.BusinessIncome),
        (ColumnKey.OperatingIncome, SummaryRowKeys.OperatingIncome),
        (ColumnKey.AffiliatedRemittance, SummaryRowKeys.AffiliatedRemittance),
        (ColumnKey.OtherIncome, SummaryRowKeys.OtherIncome),
    ];

    public override string Id => "F-R06";

    public override string Title => "收入决算表合计行与收入支出决算总表各项收入一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F02) is not { } f02 || document.Table(TableId.F01) is null) yield break;
        var total = TableAccess.TotalRow(f02);
        foreach (var eq in Cross.Same(Id, TableAccess.Cell(f02, total, ColumnKey.Total), Cross.Line(document, TableId.F01, SummaryRowKeys.CurrentYearIncomeTotal))) yield return eq;
        foreach (var (column, line) in s_lines)
        {
            foreach (var eq in Cross.Same(Id, TableAccess.Cell(f02, total, column), Cross.Line(document, TableId.F01, line))) yield return eq;
        }
        if (TableAccess.Cell(f02, total, ColumnKey.FiscalSubtotal) is { } fiscal)
        {
            var parts = new[] { SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital }
                .Select(k => Cross.Line(document, TableId.F01, k)).OfType<CellRef>().ToList();
            if (parts.Count > 0) yield return Equation.Sum(Id, fiscal, parts);
        }
    }
}
