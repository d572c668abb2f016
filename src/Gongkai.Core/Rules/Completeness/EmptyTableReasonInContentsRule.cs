using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>
/// D-R03 (warning): where the 目录 has 是否空表 / 公开空表理由 columns (Shaanxi templates: "公开空表一定要在目录说明理由"),
/// every table without data is marked 空表 there with a reason. Applies only when the 目录 carries those columns.
/// </summary>
public sealed class EmptyTableReasonInContentsRule : IRule
{
    /// <summary>{0} table label, {1} title.</summary>
    public const string NotListedMessage = "{0}“{1}”为空表，但目录中未列出该表";

    /// <summary>{0} table label, {1} title.</summary>
    public const string NotMarkedMessage = "{0}“{1}”为空表，但目录“是否空表”未标注为空表";

    /// <summary>{0} table label, {1} title.</summary>
    public const string NoReasonMessage = "{0}“{1}”为空表，但目录未说明公开空表理由";

    public string Id => "D-R03";

    public string Title => "目录中说明空表及公开空表理由";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.Completeness;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (!document.Contents.Any(e => e.IsEmpty is not null)) yield break;
        foreach (var table in document.Tables)
        {
            if (table.Id is null || !EmptyTables.IsAmountTable(table) || !EmptyTables.HasNoData(table)) continue;
            var entry = EmptyTables.ContentsEntry(document.Contents, table);
            var label = RuleText.TableLabel(table);
            string? message = entry is null ? NotListedMessage
                : entry.IsEmpty != true ? NotMarkedMessage
                : string.IsNullOrWhiteSpace(entry.EmptyReason) ? NoReasonMessage
                : null;
            if (message is null) continue;
            yield return new Finding
            {
                RuleId = Id,
                Severity = DefaultSeverity,
                Category = Category,
                Message = RuleText.Format(message, label, table.Title),
                Table = table.Id?.Value,
                Page = table.Page,
                Line = table.Line,
                Quote = entry?.Title ?? table.Title,
            };
        }
    }
}
