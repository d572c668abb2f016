using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R05: B01 each 功能类 = B03 类 row 合计; B01 本年支出合计 = B03 合计.</summary>
public sealed class BudgetClassesMatchExpenditureRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（收支总表与支出总表同一功能类应一致）";

    public override string Id => "B-R05";

    public override string Title => "收支总表各功能类支出与支出总表类级合计一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B01) is not { } b01 || document.Table(TableId.B03) is not { } b03) yield break;
        var amount = TableAccess.AmountColumn(b01, TableSide.Expenditure);
        var total = b03.IndexOf(ColumnKey.Total);
        foreach (var eq in Cross.ByCode(Id, b01, amount, b03, total, bothWays: true, RowKind.Class)) yield return eq;
        foreach (var eq in Cross.Same(Id, Cross.SummaryExpenditureTotal(b01, amount), TableAccess.Cell(b03, TableAccess.TotalRow(b03), ColumnKey.Total))) yield return eq;
    }
}
