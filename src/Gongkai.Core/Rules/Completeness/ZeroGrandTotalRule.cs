using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>G5: a disclosure whose 收入总计 or 支出总计 (B01/F01) is 0 publishes no budget at all (critical).</summary>
public sealed class ZeroGrandTotalRule : IRule
{
    /// <summary>{0} table, {1} row, {2} column.</summary>
    public const string Message = "{0} {1}：{2} 为 0，公开的收支总额为零，请核实是否漏填或表格未正确公开";

    public string Id => "G5";

    public string Title => "收入总计、支出总计不应为零";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Completeness;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var id in new[] { TableId.B01, TableId.F01 })
        {
            if (context.Document.Table(id) is not { } table) continue;
            foreach (var key in new[] { SummaryRowKeys.IncomeGrandTotal, SummaryRowKeys.ExpenditureGrandTotal })
            {
                if (TableAccess.LineAmount(table, key) is not { } cell || cell.Value.OrZero != 0m) continue;
                yield return new Finding
                {
                    RuleId = Id,
                    Severity = DefaultSeverity,
                    Category = Category,
                    Message = RuleText.Format(Message, RuleText.TableLabel(table), RuleText.RowLabel(cell.Row), cell.Header),
                    Table = table.Id?.Value,
                    Row = RuleText.RowRef(cell.Row),
                    Column = cell.Header,
                    Page = cell.Row.Page ?? table.Page,
                    Line = cell.Row.Line ?? table.Line,
                    Quote = cell.Row.Quote,
                    Actual = 0m,
                };
            }
        }
    }
}
