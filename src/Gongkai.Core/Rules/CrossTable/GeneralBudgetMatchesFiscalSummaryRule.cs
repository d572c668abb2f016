using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R11: B04 一般公共 column by 类 = B05 类 rows; B04 一般公共 本年支出合计 = B05 合计.</summary>
public sealed class GeneralBudgetMatchesFiscalSummaryRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（财政拨款收支总表与一般公共预算支出表不一致）";

    public override string Id => "B-R11";

    public override string Title => "财政拨款收支总表一般公共预算列与一般公共预算支出表一致（分类及合计）";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B04) is not { } b04 || document.Table(TableId.B05) is not { } b05) yield break;
        var gb = Cross.ExpenditureColumn(b04, ColumnKey.GeneralBudget);
        var total = b05.IndexOf(ColumnKey.Total);
        foreach (var eq in Cross.ByCode(Id, b04, gb, b05, total, bothWays: true, RowKind.Class)) yield return eq;
        foreach (var eq in Cross.Same(Id, Cross.SummaryExpenditureTotal(b04, gb), TableAccess.Cell(b05, TableAccess.TotalRow(b05), ColumnKey.Total))) yield return eq;
    }
}
