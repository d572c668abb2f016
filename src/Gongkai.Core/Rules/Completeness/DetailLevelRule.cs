using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Completeness;

/// <summary>
/// D-R04 (warning), 细化程度: 功能分类 disclosed to the 项 (支出总表, 一般公共预算支出表: a 类 or 款 with an amount has 项
/// under it); 基本支出 by 经济分类 to the 款 (a 类 with an amount has 款 under it); the “三公” table splits 公务用车 into
/// 购置费 and 运行费.
/// </summary>
public sealed class DetailLevelRule : IRule
{
    /// <summary>{0} table label, {1} row, {2} level wanted (项/款).</summary>
    public const string NotDetailedMessage = "{0} {1}：有金额但未细化到{2}级科目";

    /// <summary>{0} table label, {1} title.</summary>
    public const string VehicleSplitMessage = "{0}“{1}”未将公务用车购置及运行费分列为公务用车购置费和公务用车运行（维护）费";

    private static readonly HashSet<string> s_functionTables = new(StringComparer.Ordinal) { "B03", "B05", "F03", "F05" };
    private static readonly HashSet<string> s_economicTables = new(StringComparer.Ordinal) { "B06", "F06" };

    public string Id => "D-R04";

    public string Title => "细化程度：功能分类到项、基本支出经济分类到款、“三公”用车分列购置和运行";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.Completeness;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.Document.Tables)
        {
            if (table.Id is not { } id || EmptyTables.HasNoData(table)) continue;
            if (s_functionTables.Contains(id.Value))
            {
                var items = table.Rows.Where(r => r.Kind == RowKind.Item && r.Code is not null).Select(r => r.Code!).ToList();
                var sections = table.Rows.Where(r => r.Kind == RowKind.Section && r.Code is not null).Select(r => r.Code!).ToList();
                foreach (var row in table.Rows)
                {
                    if (row.Code is null || !HasAmount(row)) continue;
                    if (row.Kind == RowKind.Section && !items.Any(c => c.StartsWith(row.Code, StringComparison.Ordinal)))
                    {
                        yield return Make(table, row, "项");
                    }
                    else if (row.Kind == RowKind.Class && !items.Any(c => c.StartsWith(row.Code, StringComparison.Ordinal))
                        && !sections.Any(c => c.StartsWith(row.Code, StringComparison.Ordinal)))
                    {
                        yield return Make(table, row, "项");
                    }
                }
            }
            else if (s_economicTables.Contains(id.Value))
            {
                var sections = table.Rows.Where(r => r.Kind == RowKind.Section && r.Code is not null).Select(r => r.Code!).ToList();
                foreach (var row in table.Rows)
                {
                    if (row.Kind == RowKind.Class && row.Code is not null && HasAmount(row)
                        && !sections.Any(c => c.StartsWith(row.Code, StringComparison.Ordinal)))
                    {
                        yield return Make(table, row, "款");
                    }
                }
            }
            else if (id.Value is "B07" or "F07")
            {
                if (!VehicleSplit(table))
                {
                    yield return new Finding
                    {
                        RuleId = Id,
                        Severity = DefaultSeverity,
                        Category = Category,
                        Message = RuleText.Format(VehicleSplitMessage, RuleText.TableLabel(table), table.Title),
                        Table = id.Value,
                        Page = table.Page,
                        Line = table.Line,
                        Quote = table.Title,
                    };
                }
            }
        }
    }

    /// <summary>
    /// False when the table shows 公务用车 spending without separate 购置费 and 运行费 (by column, or by row in a transposed
    /// layout where the items are rows and the fund sources columns). True when it cannot tell (no 公务用车 at all).
    /// </summary>
    private static bool VehicleSplit(DisclosureTable table)
    {
        if (table.IndexOf(ColumnKey.VehiclePurchase) >= 0 && table.IndexOf(ColumnKey.VehicleOperation) >= 0) return true;
        var names = table.Rows.Select(r => r.Name).Concat(table.Columns.Select(c => c.Header)).ToList();
        if (names.Any(n => n.Contains("购置", StringComparison.Ordinal) && !n.Contains("运行", StringComparison.Ordinal))
            && names.Any(n => n.Contains("运行", StringComparison.Ordinal) && !n.Contains("购置", StringComparison.Ordinal)))
        {
            return true;
        }
        return !(table.IndexOf(ColumnKey.VehicleSubtotal) >= 0 || names.Any(n => n.Contains("公务用车", StringComparison.Ordinal)));
    }

    private static bool HasAmount(TableRow row) => row.Values.Any(v => v.OrZero != 0m);

    private Finding Make(DisclosureTable table, TableRow row, string level) => new()
    {
        RuleId = Id,
        Severity = DefaultSeverity,
        Category = Category,
        Message = RuleText.Format(NotDetailedMessage, RuleText.TableLabel(table), RuleText.RowLabel(row), level),
        Table = table.Id?.Value,
        Row = RuleText.RowRef(row),
        Page = row.Page ?? table.Page,
        Line = row.Line ?? table.Line,
        Quote = row.Quote,
    };
}
