using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>
/// G6 (warning): a table without data keeps its layout and states why (空表说明, under the table, in the 目录 or in the
/// explanation); a table with data must not carry a 空表 note. Performance-target tables (no amounts) are not judged.
/// </summary>
public sealed class EmptyTableConsistencyRule : IRule
{
    /// <summary>{0} table label, {1} title.</summary>
    public const string MissingReasonMessage = "{0}“{1}”没有数据，但未说明空表理由（没有数据的表应保留表样并说明）";

    /// <summary>{0} table label, {1} title, {2} the note.</summary>
    public const string NonEmptyNoteMessage = "{0}“{1}”有数据，却注明“{2}”";

    public string Id => "G6";

    public string Title => "空表一致性：无数据的表须说明空表理由，有数据的表不得注明空表";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.Completeness;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        foreach (var table in document.Tables)
        {
            if (table.Id is null || !EmptyTables.IsAmountTable(table)) continue;
            var noData = EmptyTables.HasNoData(table);
            if (noData && !EmptyTables.SaysEmpty(table.EmptyNote) && !EmptyTables.ContentsGivesReason(document, table)
                && !EmptyTables.NarrativeSaysEmpty(document, table))
            {
                yield return Make(table, RuleText.Format(MissingReasonMessage, RuleText.TableLabel(table), table.Title));
            }
            else if (!noData && (EmptyTables.SaysEmpty(table.EmptyNote) || table.IsEmpty))
            {
                yield return Make(table, RuleText.Format(NonEmptyNoteMessage, RuleText.TableLabel(table), table.Title, table.EmptyNote ?? "空表"));
            }
        }
    }

    private Finding Make(DisclosureTable table, string message) => new()
    {
        RuleId = Id,
        Severity = DefaultSeverity,
        Category = Category,
        Message = message,
        Table = table.Id?.Value,
        Page = table.Page,
        Line = table.Line,
        Quote = table.EmptyNote ?? table.Title,
    };
}
