using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;
using Gongkai.Core.Performance;
using Gongkai.Core.Tables;

namespace Gongkai.Formats.Pdf.Tests.EveryCell;

/// <summary>
/// Writes every table of a recognised document as plain text, one line per row and every cell as printed (blank cells
/// empty, decimals as printed), so that a whole file's reading can be compared with a hand-checked expectation.
/// A performance table is written as what the performance reader made of it (funds, goal, indicators with targets,
/// weights and scores), since that, not the raw grid, is what the rules use.
/// </summary>
internal static class TableDump
{
    public static string Write(DisclosureDocument document)
    {
        var text = new StringBuilder();
        var performance = document.Performance.GroupBy(p => (object)p.Source, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => g.Key, g => g.ToList(), ReferenceEqualityComparer.Instance);
        foreach (var table in document.Tables)
        {
            Header(text, table);
            if (performance.TryGetValue(table, out var parsed)) parsed.ForEach(p => Performance(text, p));
            else Rows(text, table);
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void Header(StringBuilder text, DisclosureTable table)
    {
        text.Append("== ").Append(table.Id?.Value ?? "?")
            .Append(" | ").Append(table.PrintedNumber ?? "")
            .Append(" | ").Append(table.Title)
            .Append(" | p").Append(Number(table.Page))
            .Append(" | ").Append(table.AmountUnit == AmountUnit.Yuan ? "元" : "万元");
        if (table.IsEmpty) text.Append(" | 空表");
        if (table.EmptyNote is { Length: > 0 } note) text.Append(" | ").Append(Clean(note));
        text.Append('\n');
    }

    private static void Rows(StringBuilder text, DisclosureTable table)
    {
        text.Append("cols: ").AppendJoin(" | ", table.Columns.Select(Column)).Append('\n');
        foreach (var row in table.Rows)
        {
            // A code filled from the catalogue by name (not printed) is marked “~”.
            text.Append(row.Code ?? "-").Append(row.CodeFromName ? "~" : "").Append(" | ").Append(Clean(row.Name)).Append(" | ").Append(Kind(row));
            if (row.GovernmentEconomicCode is not null || row.GovernmentEconomicName is not null)
            {
                text.Append(" | 政府经济 ").Append(row.GovernmentEconomicCode ?? "-").Append(' ').Append(Clean(row.GovernmentEconomicName ?? ""));
            }
            if (row.ProjectName is not null) text.Append(" | 项目 ").Append(Clean(row.ProjectName));
            if (row.Remark is not null) text.Append(" | 说明 ").Append(Prose(row.Remark));
            text.Append(" | p").Append(Number(row.Page)).Append(" |");
            foreach (var value in row.Values) text.Append(' ').Append(value.ToString()).Append(" |");
            text.Append('\n');
        }
    }

    private static void Performance(StringBuilder text, PerformanceTable table)
    {
        text.Append("绩效: ").Append(table.Kind)
            .Append(" | 项目 ").Append(Clean(table.ProjectName ?? "-"))
            .Append(" | 主管 ").Append(Clean(table.Department ?? "-"))
            .Append(" | 实施 ").Append(Clean(table.ImplementingUnit ?? "-")).Append('\n');
        foreach (var fund in table.Funds)
        {
            text.Append("资金 ").Append(fund.Kind).Append(" | ").Append(Clean(fund.Label))
                .Append(" | ").Append(fund.Amount).Append(" | ").Append(fund.BudgetAtStart).Append(" | ").Append(fund.BudgetFull)
                .Append(" | ").Append(fund.Executed).Append(" | ").Append(fund.Weight).Append(" | ").Append(fund.RatePercent)
                .Append(" | ").Append(fund.Score).Append('\n');
        }
        if (table.Goal is not null) text.Append("目标 ").Append(Prose(table.Goal)).Append('\n');
        if (table.GoalActual is not null) text.Append("完成 ").Append(Prose(table.GoalActual)).Append('\n');
        foreach (var indicator in table.Indicators)
        {
            text.Append("指标 ").Append(indicator.Level1 ?? "-").Append(" | ").Append(indicator.Level2 ?? "-")
                .Append(" | ").Append(Clean(indicator.Name)).Append(" | ").Append(Clean(indicator.Target?.Text ?? ""))
                .Append(" | ").Append(Clean(indicator.Actual?.Text ?? "")).Append(" | ").Append(indicator.Weight)
                .Append(" | ").Append(indicator.Score).Append(" | ").Append(Prose(indicator.Deviation ?? "")).Append('\n');
        }
        if (!table.TotalWeight.IsBlank || !table.TotalScore.IsBlank)
        {
            text.Append("总分 ").Append(table.TotalWeight).Append(" | ").Append(table.TotalScore).Append('\n');
        }
    }

    private static string Column(TableColumn column)
    {
        var meaning = column.Key is { } key ? key.ToString() : "?";
        if (column.Side != TableSide.None) meaning += "/" + column.Side;
        return meaning + " " + Clean(column.Header);
    }

    private static string Kind(TableRow row)
    {
        var kind = row.Kind.ToString();
        if (row.Key is not null) kind += "/" + row.Key;
        if (row.Side != TableSide.None) kind += "/" + row.Side;
        return kind;
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    /// <summary>
    /// A long text (a goal, a remark) is written as its start, its length and a digest: exact, without copying the
    /// document's prose into the repository.
    /// </summary>
    private static string Prose(string value)
    {
        var clean = Clean(value);
        if (clean.Length <= ProseLength) return clean;
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clean)))[..12];
        return string.Create(CultureInfo.InvariantCulture, $"{clean[..ProseStart]}…（{clean.Length}字 sha256:{digest}）");
    }

    private const int ProseLength = 40;
    private const int ProseStart = 16;

    // One line per row: line breaks inside a cell become spaces; the separator is escaped.
    private static string Clean(string value) => value.ReplaceLineEndings(" ").Replace("|", "¦", StringComparison.Ordinal).Trim();
}
