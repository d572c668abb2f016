using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.ColumnIdentity;

/// <summary>F-R22: F08/F09 年末 = 年初 + 本年收入 − 本年支出 (each row); 本年支出 合计 = 基本 + 项目.</summary>
public sealed class FinalFundBalanceRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = EquationMessages.Sum;

    public override string Id => "F-R22";

    public override string Title => "政府性基金/国有资本经营预算财政拨款收入支出决算表：年初 + 本年收入 = 本年支出 + 年末，本年支出合计 = 基本 + 项目";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.ColumnIdentity;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        foreach (var id in new[] { TableId.F08, TableId.F09 })
        {
            if (document.Table(id) is not { } t) continue;
            foreach (var eq in IdentityBuilders.ColumnIdentities(t, Id)) yield return eq;
            int opening = t.IndexOf(ColumnKey.OpeningBalance), income = t.IndexOf(ColumnKey.CurrentYearIncome),
                spent = t.IndexOf(ColumnKey.Total), closing = t.IndexOf(ColumnKey.ClosingBalance);
            if (opening < 0 || income < 0 || spent < 0 || closing < 0) continue;
            foreach (var row in t.Rows)
            {
                yield return new Equation(Id, new CellRef(t, row, closing),
                    [new Term(new CellRef(t, row, opening), 1), new Term(new CellRef(t, row, income), 1), new Term(new CellRef(t, row, spent), -1)]);
            }
        }
    }
}
