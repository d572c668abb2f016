using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>F-R16 [K] (warning): F05 ≤ F03 per code in 合计, 基本支出 and 项目支出 (财政拨款 ⊆ all funds). F05 合计 = 基本 + 项目 is G2.</summary>
public sealed class FinalGeneralBudgetWithinExpenditureRule : IRule
{
    /// <summary>{0} table, {1} row, {2} column, {3} printed, {4} the F03 cell, {5} its figure.</summary>
    public const string Message = "{0} {1}：{2} {3} 大于 {4} {5}（一般公共预算财政拨款支出不应超过同科目支出决算）";

    public string Id => "F-R16";

    public string Title => "一般公共预算财政拨款支出决算表逐科目不大于支出决算表";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.CrossTable;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Document.Table(TableId.F05) is not { } f05 || context.Document.Table(TableId.F03) is not { } f03) yield break;
        RowKind[] coded = [RowKind.Class, RowKind.Section, RowKind.Item];
        if (Cross.HasSeveralUnits(f05, coded) || Cross.HasSeveralUnits(f03, coded)) yield break; // per-unit rows would not line up
        var rows3 = Cross.CodedRows(f03, RowKind.Class, RowKind.Section, RowKind.Item);
        foreach (var key in new[] { ColumnKey.Total, ColumnKey.Basic, ColumnKey.Project })
        {
            int c5 = f05.IndexOf(key), c3 = f03.IndexOf(key);
            if (c5 < 0 || c3 < 0) continue;
            foreach (var r5 in Cross.CodedRows(f05, RowKind.Class, RowKind.Section, RowKind.Item))
            {
                if (rows3.FirstOrDefault(r => r.Code == r5.Code) is not { } r3) continue;
                if (Inequality.AtMost(this, context, new CellRef(f05, r5, c5), new CellRef(f03, r3, c3), Message) is { } f) yield return f;
            }
        }
    }
}
