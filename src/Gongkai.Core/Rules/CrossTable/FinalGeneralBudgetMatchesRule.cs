using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R14: F04 一般公共 column (合计 and each 类) = F05.</summary>
public sealed class FinalGeneralBudgetMatchesRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（财政拨款收入支出决算总表与一般公共预算财政拨款支出决算表不一致）";

    public override string Id => "F-R14";

    public override string Title => "财政拨款收入支出决算总表一般公共预算列与一般公共预算财政拨款支出决算表一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F04) is not { } f04 || document.Table(TableId.F05) is not { } f05) yield break;
        var gb = Cross.ExpenditureColumn(f04, ColumnKey.GeneralBudget);
        var total = f05.IndexOf(ColumnKey.Total);
        foreach (var eq in Cross.ByCode(Id, f04, gb, f05, total, bothWays: true, RowKind.Class)) yield return eq;
        foreach (var eq in Cross.Same(Id, Cross.SummaryExpenditureTotal(f04, gb), TableAccess.Cell(f05, TableAccess.TotalRow(f05), ColumnKey.Total))) yield return eq;
    }
}
