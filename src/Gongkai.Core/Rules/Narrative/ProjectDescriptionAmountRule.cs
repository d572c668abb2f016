using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Narrative;
using Gongkai.Core.Tables;
using static Gongkai.Core.Rules.Narrative.NarrativeMath;

namespace Gongkai.Core.Rules.Narrative;

/// <summary>
/// N-PROJECT-AMOUNT: the 预算安排规模 the explanation gives for a project equals that project's line in the project
/// table (B10 项目支出表, or Shaanxi B15 专项业务经费支出表), matched by 项目名称, after unit conversion. A difference
/// within the coarser printed precision is not an error. Projects the tables do not list are not this rule's business.
/// </summary>
public sealed class ProjectDescriptionAmountRule : IRule
{
    /// <summary>{0} project name, {1} text amount with unit, {2} table text, {3} table amount with unit.</summary>
    public const string Message = "项目“{0}”：文字说明中预算安排规模 {1}，与{2}中该项目的金额 {3} 不一致。";

    public string Id => "N-PROJECT-AMOUNT";

    public string Title => "项目支出情况说明中的项目金额与项目支出表不一致";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.NarrativeVsTable;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var projects = context.Document.Projects.Count > 0
            ? context.Document.Projects
            : ProjectDescriptionExtractor.Extract(context.Document);
        var tables = context.Document.Tables.Where(t => t.Id == TableId.B10 || t.Id == TableId.B15).ToList();
        foreach (var project in projects)
        {
            if (project.Amount is not { } amount || project.Unit is not { } unit) continue;
            var key = Normalize(project.Name);
            foreach (var table in tables)
            {
                var row = table.Rows.FirstOrDefault(r => r.Kind == RowKind.Project && Normalize(r.ProjectName ?? r.Name) == key);
                if (row is null || table.Cell(row, ColumnKey.Total) is not { Value: { } printed } cell) continue;
                var inTableUnit = AmountUnitExtensions.Convert(amount, unit, table.AmountUnit);
                var textPrecision = AmountUnitExtensions.Convert(Rounding.LastDigitUnit(project.AmountDecimals), unit, table.AmountUnit);
                var tolerance = Math.Max(textPrecision, Rounding.LastDigitUnit(cell.Decimals)) / 2m;
                if (Math.Abs(inTableUnit - printed) <= tolerance) break;
                yield return new Finding
                {
                    RuleId = Id,
                    Severity = DefaultSeverity,
                    Category = Category,
                    Message = Format(Message, project.Name, F(amount) + unit.ToChinese(), TableText(table),
                        cell.ToString() + table.AmountUnit.ToChinese()),
                    Table = table.Id?.Value,
                    Row = row.Code ?? project.Name,
                    Column = table.Columns[table.IndexOf(ColumnKey.Total)].Header,
                    Page = row.Page,
                    Line = project.Line,
                    Quote = project.BudgetText is null ? project.Name : $"项目名称：{project.Name} 预算安排规模：{project.BudgetText}",
                    Actual = amount,
                    Expected = AmountUnitExtensions.Convert(printed, table.AmountUnit, unit),
                };
                break;
            }
        }
    }

    private static string TableText(DisclosureTable table) =>
        string.IsNullOrEmpty(table.PrintedNumber) ? $"“{table.Title}”" : $"{table.PrintedNumber}“{table.Title}”";

    private static string Normalize(string name) =>
        new(name.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '《' or '》')).ToArray());
}
