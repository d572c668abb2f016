using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R12: F04 本年收入 (each fund) = F01 rows 一/二/三; F04 本年收入合计 = F02 合计 财政拨款收入.</summary>
public sealed class FinalFiscalIncomeMatchesRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4}（财政拨款收入与收入支出决算总表、收入决算表不一致）";

    public override string Id => "F-R12";

    public override string Title => "财政拨款收入支出决算总表本年收入与收入支出决算总表、收入决算表一致";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F04) is null) yield break;
        foreach (var key in new[] { SummaryRowKeys.GeneralBudget, SummaryRowKeys.GovFund, SummaryRowKeys.StateCapital })
        {
            foreach (var eq in Cross.Same(Id, Cross.Line(document, TableId.F04, key), Cross.Line(document, TableId.F01, key))) yield return eq;
        }
        foreach (var eq in Cross.Same(Id, Cross.Line(document, TableId.F04, SummaryRowKeys.CurrentYearIncomeTotal), Cross.Total(document, TableId.F02, ColumnKey.FiscalSubtotal))) yield return eq;
    }
}
