using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Values;

/// <summary>G4 (warning): amounts in disclosure tables are not negative, except 结余分配 (final accounts).</summary>
public sealed class NegativeValuesRule : IRule
{
    /// <summary>{0} table, {1} row, {2} column, {3} printed.</summary>
    public const string Message = "{0} {1}：{2} 为负数 {3}，请核实（公开表中金额一般不应为负）";

    public string Id => "G4";

    public string Title => "表中金额不应为负数";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.Other;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Tables)
        {
            foreach (var row in table.Rows)
            {
                if (row.Key == SummaryRowKeys.BalanceDistribution) continue;
                for (var i = 0; i < row.Values.Count && i < table.Columns.Count; i++)
                {
                    var v = row.Values[i];
                    if (v.Value is not { } value || value >= 0m) continue;
                    // 增减额 / 增减(%) columns (central 表5) are changes against last year: a decrease is negative by nature.
                    if (table.Columns[i].Key is { } key && key.Value.StartsWith("Change", StringComparison.Ordinal)) continue;
                    yield return new Finding
                    {
                        RuleId = Id,
                        Severity = DefaultSeverity,
                        Category = Category,
                        Message = RuleText.Format(Message, RuleText.TableLabel(table), RuleText.RowLabel(row), table.Columns[i].Header, v.ToString()),
                        Table = table.Id?.Value,
                        Row = RuleText.RowRef(row),
                        Column = table.Columns[i].Header,
                        Page = row.Page ?? table.Page,
                        Line = row.Line ?? table.Line,
                        Quote = row.Quote,
                        Actual = value,
                    };
                }
            }
        }
    }
}
