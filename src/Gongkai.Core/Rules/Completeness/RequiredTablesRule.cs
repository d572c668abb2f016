using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>
/// D-R01: every table the template requires is published (a table without data counts when kept as 空表; G6 checks
/// its reason), and the tables follow the template's order (order is a warning). Applies only when the template is
/// known (<see cref="RuleContext.Template"/>) and at least one table was recognised; a file holding none of the
/// required tables (explanation published apart from its tables) gets one warning instead of one error per table.
/// </summary>
public sealed class RequiredTablesRule : IRule
{
    /// <summary>{0} table id, {1} table name, {2} template name.</summary>
    public const string MissingMessage = "缺少{0}“{1}”：模板“{2}”要求公开此表；没有数据的表也应保留表样并说明空表理由";

    /// <summary>{0} table label, {1} title, {2} the table it should come after.</summary>
    public const string OrderMessage = "{0}“{1}”的位置与模板顺序不一致，应排在“{2}”之后";

    public string Id => "D-R01";

    public string Title => "模板要求的公开表齐全且按顺序公开";

    public Severity DefaultSeverity => Severity.Error;

    public FindingCategory Category => FindingCategory.Completeness;

    /// <summary>{0} template name.</summary>
    public const string NoTablesMessage = "文件中未见模板“{0}”要求的任何公开表（可能以附件单独公开），请一并检查附表";

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = context.Template;
        var document = context.Document;
        if (template is null || !document.Tables.Any(t => t.Id is not null)) yield break;
        var required = template.Tables.Where(t => t.Required).ToList();
        if (required.Count > 0 && required.All(def => document.Table(def.Id) is null))
        {
            // An explanation-only file (seed 003: "见附表"; Beijing's narrative PDF): the tables are published apart.
            yield return new Finding
            {
                RuleId = Id,
                Severity = Severity.Warning,
                Category = Category,
                Message = RuleText.Format(NoTablesMessage, template.Name),
            };
            yield break;
        }
        foreach (var def in required)
        {
            if (document.Table(def.Id) is not null) continue;
            yield return new Finding
            {
                RuleId = Id,
                Severity = DefaultSeverity,
                Category = Category,
                Message = RuleText.Format(MissingMessage, def.Id.Value, def.Name, template.Name),
                Table = def.Id.Value,
            };
        }

        // Order: the first occurrence of each amount table against the template order; one finding at most (the first
        // table out of place), since one moved table shifts all the others. Performance tables (repeated per project) are left out.
        var order = template.Tables.Where(t => t.RowAxis != Templates.TableRowAxis.Other)
            .Select((t, i) => (t.Id, i)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().i);
        var seen = new HashSet<TableId>();
        var previousIndex = -1;
        foreach (var table in document.Tables)
        {
            if (table.Id is not { } id || !order.TryGetValue(id, out var index) || !seen.Add(id)) continue;
            if (index < previousIndex)
            {
                var after = template.Tables.Take(index).LastOrDefault(t => order.ContainsKey(t.Id) && document.Table(t.Id) is not null);
                yield return new Finding
                {
                    RuleId = Id,
                    Severity = Severity.Warning,
                    Category = Category,
                    Message = RuleText.Format(OrderMessage, RuleText.TableLabel(table), table.Title, after?.Name ?? "封面"),
                    Table = id.Value,
                    Page = table.Page,
                    Line = table.Line,
                    Quote = table.Title,
                };
                yield break;
            }
            previousIndex = index;
        }
    }
}
