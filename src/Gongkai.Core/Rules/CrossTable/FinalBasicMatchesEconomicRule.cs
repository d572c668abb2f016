using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R17: F05 基本支出 合计 = F06 人员经费合计 + 公用经费合计.</summary>
public sealed class FinalBasicMatchesEconomicRule : EquationRule
{
    /// <summary>Mismatch message: {0} table, {1} row, {2} column, {3} printed, {4} expression, {5} expected.</summary>
    public const string Message = "{0} {1}：{2} {3} ≠ {4} = {5}（基本支出与人员经费、公用经费合计不符）";

    public override string Id => "F-R17";

    public override string Title => "一般公共预算财政拨款支出决算表基本支出合计 = 基本支出决算表人员经费合计 + 公用经费合计";

    public override Severity DefaultSeverity => Severity.Error;

    public override FindingCategory Category => FindingCategory.CrossTable;

    public override string MessageTemplate => Message;

    internal override IEnumerable<Equation> Equations(DisclosureDocument document)
    {
        if (document.Table(TableId.F05) is not { } f05 || document.Table(TableId.F06) is not { } f06) yield break;
        if (TableAccess.Cell(f05, TableAccess.TotalRow(f05), ColumnKey.Basic) is not { } basic) yield break;
        var amount = EconomicSplit.AmountColumn(f06);
        var total = TableAccess.TotalRow(f06);
        if (total is not null && amount >= 0)
        {
            yield return Equation.Same(Id, basic, new CellRef(f06, total, amount));
            yield break;
        }
        var parts = new[] { SummaryRowKeys.PersonnelTotal, SummaryRowKeys.PublicTotal }.Select(k => TableAccess.Line(f06, k)).OfType<TableRow>().ToList();
        if (parts.Count == 2 && amount >= 0) yield return Equation.Sum(Id, basic, parts.Select(r => new CellRef(f06, r, amount)));
    }
}
