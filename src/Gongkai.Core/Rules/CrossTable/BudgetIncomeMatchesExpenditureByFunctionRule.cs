using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R06: B02 合计 per 功能科目 = B03 合计 (only when B01 shows no 结转下年).</summary>
public sealed class BudgetIncomeMatchesExpenditureByFunctionRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（收入总表与支出总表同一科目应一致）";

    public override string Id => "B-R06";

    public override string Title => "收入总表与支出总表同一功能科目合计一致（无结转下年时）";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B02) is not { } b02 || document.Table(TableId.B03) is not { } b03) yield break;
        var carry = Cross.Line(document, TableId.B01, SummaryRowKeys.CarryForward);
        if (carry is { } c && c.Value.OrZero != 0m) yield break; // income may exceed spending by the amount carried forward
        int t2 = b02.IndexOf(ColumnKey.Total), t3 = b03.IndexOf(ColumnKey.Total);
        foreach (var eq in Cross.ByCode(Id, b02, t2, b03, t3, bothWays: false, RowKind.Class, RowKind.Section, RowKind.Item)) yield return eq;
        foreach (var eq in Cross.Same(Id, TableAccess.Cell(b02, TableAccess.TotalRow(b02), ColumnKey.Total), TableAccess.Cell(b03, TableAccess.TotalRow(b03), ColumnKey.Total))) yield return eq;
    }
}
