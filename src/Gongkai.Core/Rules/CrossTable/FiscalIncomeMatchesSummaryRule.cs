using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>B-R09: B04 一般公共/基金/国资 收入 = B01 lines.</summary>
public sealed class FiscalIncomeMatchesSummaryRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（财政拨款收支总表与收支总表不一致）";

    public override string Id => "B-R09";

    public override string Title => "财政拨款收支总表各项拨款收入与收支总表一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.B04) is null || document.Table(TableId.B01) is null) yield break;
        foreach (var key in new[] { SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital })
        {
            foreach (var eq in Cross.Same(Id, Cross.Line(document, TableId.B04, key), Cross.Line(document, TableId.B01, key))) yield return eq;
        }
    }
}
