using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R07: F03 合计 = F01 本年支出合计; F03 类 rows = F01 类 rows.</summary>
public sealed class FinalExpenditureMatchesSummaryRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（支出决算表与收入支出决算总表不一致）";

    public override string Id => "F-R07";

    public override string Title => "支出决算表与收入支出决算总表支出一致（合计及各功能类）";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F03) is not { } f03 || document.Table(TableId.F01) is not { } f01) yield break;
        var amount = TableAccess.AmountColumn(f01, TableSide.Expenditure);
        var total = f03.IndexOf(ColumnKey.Total);
        foreach (var eq in Cross.Same(Id, TableAccess.Cell(f03, TableAccess.TotalRow(f03), ColumnKey.Total), Cross.SummaryExpenditureTotal(f01, amount))) yield return eq;
        foreach (var eq in Cross.ByCode(Id, f03, total, f01, amount, bothWays: true, RowKind.Class)) yield return eq;
    }
}
