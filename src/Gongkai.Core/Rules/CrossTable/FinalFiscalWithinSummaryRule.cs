using Gongkai.Core.Documents;
using Gongkai.Core.Rules.Equations;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.CrossTable;

/// <summary>
/// F-R13 [K] (warning): F04 年初/年末财政拨款结转和结余 ≤ F01 年初/年末结转和结余; F04 本年支出合计 ≤ F01 本年支出合计
/// (财政拨款 is part of all funds).
/// </summary>
public sealed class FinalFiscalWithinSummaryRule : IRule
{
    /// <summary>{0} table, {1} row, {2} column, {3} printed, {4} the F01 cell, {5} its figure.</summary>
    public const string Message = "{0} {1}：{2} {3} 大于 {4} {5}（财政拨款部分不应超过全部资金）";

    public string Id => "F-R13";

    public string Title => "财政拨款收入支出决算总表的结转结余和支出不大于收入支出决算总表";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.CrossTable;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (document.Table(TableId.F04) is null || document.Table(TableId.F01) is null) yield break;
        foreach (var key in new[] { SummaryRowKeys.OpeningBalance, SummaryRowKeys.ClosingBalance, SummaryRowKeys.CurrentYearExpenditureTotal })
        {
            if (Cross.Line(document, TableId.F04, key) is { } f04 && Cross.Line(document, TableId.F01, key) is { } f01
                && Inequality.AtMost(this, context, f04, f01, Message) is { } f)
            {
                yield return f;
            }
        }
    }
}
