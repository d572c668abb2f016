using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R15 [K] (warning): F04 基金 column = F08 本年支出合计; 国资 = F09.</summary>
public sealed class FinalFundsMatchRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（财政拨款收入支出决算总表与政府性基金、国有资本经营预算财政拨款收入支出决算表不一致）";

    public override string Id => "F-R15";

    public override string Title => "财政拨款收入支出决算总表基金、国资列与对应收入支出决算表本年支出一致";

    public override Severity DefaultSeverity => Severity.Warning;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F04) is not { } f04) yield break;
        foreach (var (column, table) in new[] { (ColumnKey.GovFund, TableId.F08), (ColumnKey.StateCapital, TableId.F09) })
        {
            foreach (var eq in Cross.Same(Id, Cross.SummaryExpenditureTotal(f04, Cross.ExpenditureColumn(f04, column)), Cross.Total(document, table, ColumnKey.Total))) yield return eq;
        }
    }
}
