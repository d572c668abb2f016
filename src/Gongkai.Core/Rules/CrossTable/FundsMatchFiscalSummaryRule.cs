using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R12: B04 基金 column = B08 合计; 国资 column = B09 合计.</summary>
public sealed class FundsMatchFiscalSummaryRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（财政拨款收支总表与政府性基金、国有资本经营预算支出表不一致）";

    public override string Id => "B-R12";

    public override string Title => "财政拨款收支总表政府性基金、国有资本经营列与对应支出表合计一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B04) is not { } b04) yield break;
        foreach (var (column, table) in new[] { (ColumnKey.GovFund, TableId.B08), (ColumnKey.StateCapital, TableId.B09) })
        {
            foreach (var eq in Cross.Same(Id, Cross.SummaryExpenditureTotal(b04, Cross.ExpenditureColumn(b04, column)), Cross.Total(document, table, ColumnKey.Total))) yield return eq;
        }
    }
}
