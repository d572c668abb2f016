using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Performance;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.Performance.PerformanceRuleText;

namespace Gongkai.Core.Rules.Performance;

/// <summary>
/// P-R04: a 目标表's 年度资金总额 = that project's amount in the project tables (B10 项目支出表, B15 专项业务经费支出表)
/// when the project name matches exactly (whitespace ignored); and the number of 项目 and the amount the 绩效 explanation
/// states ("绩效管理的项目 3 个，涉及预算金额 72.09 万元") = the count of 目标表 and Σ of their 年度资金总额 (万元 tables only).
/// Not found → not checked.
/// </summary>
public sealed partial class ProjectAmountRule : IRule
{
    /// <summary>{0} place, {1} amount, {2} project table, {3} amount there.</summary>
    public const string MessageProject = "{0}：年度资金总额 {1} 与{2}中该项目金额 {3} 不一致。";

    /// <summary>{0} quote, {1} stated count, {2} count of tables.</summary>
    public const string MessageCount = "绩效说明“{0}”称项目 {1} 个，附绩效目标表 {2} 张。";

    /// <summary>{0} quote, {1} stated amount, {2} Σ of tables.</summary>
    public const string MessageAmount = "绩效说明“{0}”称涉及金额 {1} 万元，所附绩效目标表年度资金总额合计 {2} 万元。";

    public string Id => "P-R04";

    public string Title => "绩效目标表资金与项目支出表或绩效说明不符";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Performance;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var targets = document.Performance.Where(t => t.Kind == PerformanceTableKind.ProjectTarget).ToList();
        if (targets.Count == 0) yield break;

        var projectRows = document.Tables.Where(t => (t.Id == TableId.B10 || t.Id == TableId.B15) && !t.IsEmpty)
            .SelectMany(t => t.Rows.Where(r => r.Kind != RowKind.Total).Select(r => (Table: t, Row: r))).ToList();
        foreach (var target in targets)
        {
            var amount = target.Fund(PerformanceFundKind.Total)?.Amount ?? CellValue.Blank;
            if (amount.IsBlank || target.ProjectName is null) continue;
            var name = Compact(target.ProjectName);
            var matches = projectRows.Where(p => Compact(p.Row.ProjectName ?? p.Row.Name) == name && p.Table.AmountUnit == target.Source.AmountUnit).ToList();
            if (matches.Count != 1) continue;
            var (table, row) = matches[0];
            var column = table.IndexOf(ColumnKey.Total);
            var cell = column >= 0 ? row.Values[column] : row.Values.FirstOrDefault(v => !v.IsBlank);
            if (cell.IsBlank) continue;
            var severity = SeverityOf(amount.OrZero - cell.OrZero, Math.Min(amount.Decimals, cell.Decimals));
            if (severity is null) continue;
            yield return new Finding
            {
                RuleId = Id, Severity = severity.Value, Category = Category, Table = TableOf(target), Row = target.ProjectName, Column = "年度资金总额",
                Message = Format(MessageProject, Place(target), F(amount), table.Title, F(cell)),
                Line = target.Fund(PerformanceFundKind.Total)?.Line, Quote = target.Fund(PerformanceFundKind.Total)?.Quote,
                Actual = amount.Value, Expected = cell.Value,
            };
        }

        foreach (var section in document.Sections)
        {
            var m = Statement().Match(section.Text);
            if (!m.Success) continue;
            var quote = m.Value;
            var count = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (count != targets.Count)
            {
                yield return new Finding
                {
                    RuleId = Id, Severity = Severity.Warning, Category = Category, Row = "项目个数",
                    Message = Format(MessageCount, quote, count, targets.Count), Line = section.Line, Quote = quote,
                    Actual = count, Expected = targets.Count,
                };
            }
            var amounts = targets.Select(t => t.Fund(PerformanceFundKind.Total)?.Amount ?? CellValue.Blank).ToList();
            if (count == targets.Count && amounts.All(a => !a.IsBlank) && targets.All(t => t.Source.AmountUnit == Money.AmountUnit.WanYuan))
            {
                var stated = decimal.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var sum = amounts.Sum(a => a.OrZero);
                var dot = m.Groups["a"].Value.IndexOf('.', StringComparison.Ordinal);
                var severity = SeverityOf(stated - sum, dot < 0 ? 0 : m.Groups["a"].Value.Length - dot - 1);
                if (severity is not null)
                {
                    yield return new Finding
                    {
                        RuleId = Id, Severity = severity.Value, Category = Category, Row = "项目金额",
                        Message = Format(MessageAmount, quote, F(stated), F(sum)), Line = section.Line, Quote = quote,
                        Actual = stated, Expected = sum,
                    };
                }
            }
            break;
        }
    }

    private static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

    [GeneratedRegex(@"绩效管理的(?:财政拨款)?项目\s*(?<n>\d+)\s*个[，,]\s*涉及(?:预算)?金额\s*(?<a>\d+(?:\.\d+)?)\s*万元")]
    private static partial Regex Statement();
}
