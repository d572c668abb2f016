using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Documents;
using Gongkai.Core.Money;

namespace Gongkai.Core.Narrative;

/// <summary>
/// Finds the project blocks of the explanation (项目名称：… 设立的政策依据：… 预算安排规模：…) in every section.
/// Pure; never throws on odd text (a block without a name is skipped).
/// </summary>
public static partial class ProjectDescriptionExtractor
{
    [GeneratedRegex(@"项目名称\s*[:：]")]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"(?<label>设立的政策依据|立项依据|政策依据|预算安排规模|年度预算安排|项目承担单位|实施主体|资金分配情况|资金执行时间|实施周期)\s*[:：]")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"(?<number>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*(?<unit>万元|元)")]
    private static partial Regex AmountWithUnit();

    /// <summary>Every project block of every section, in reading order.</summary>
    public static IReadOnlyList<ProjectDescription> Extract(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<ProjectDescription>();
        foreach (var section in document.Sections)
        {
            if (string.IsNullOrEmpty(section.Text)) continue;
            var starts = NameLabel().Matches(section.Text).Select(m => m.Index).ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : section.Text.Length;
                if (Parse(section.Text[starts[i]..end], section) is { } project) found.Add(project);
            }
        }
        return found;
    }

    private static ProjectDescription? Parse(string block, NarrativeSection section)
    {
        var nameMatch = NameLabel().Match(block);
        var fields = FieldLabel().Matches(block).ToList();
        var nameEnd = fields.Count > 0 ? fields[0].Index : block.Length;
        var name = FirstLine(block[(nameMatch.Index + nameMatch.Length)..nameEnd]);
        if (name.Length == 0) return null;

        string? Field(params string[] labels)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (!labels.Contains(fields[i].Groups["label"].Value, StringComparer.Ordinal)) continue;
                var start = fields[i].Index + fields[i].Length;
                var stop = i + 1 < fields.Count ? fields[i + 1].Index : block.Length;
                var text = FirstLine(block[start..stop]);
                return text.Length == 0 ? null : text;
            }
            return null;
        }

        var budget = Field("预算安排规模", "年度预算安排");
        decimal? amount = null;
        var decimals = 0;
        AmountUnit? unit = null;
        if (budget is not null && AmountWithUnit().Match(budget) is { Success: true } m
            && TryNumber(m.Groups["number"].Value, out var value, out decimals))
        {
            amount = value;
            unit = m.Groups["unit"].Value == "元" ? AmountUnit.Yuan : AmountUnit.WanYuan;
        }
        return new ProjectDescription
        {
            Name = name,
            Section = section.Heading,
            PolicyBasis = Field("设立的政策依据", "立项依据", "政策依据"),
            BudgetText = budget,
            Amount = amount,
            AmountDecimals = decimals,
            Unit = unit,
            Implementer = Field("项目承担单位", "实施主体"),
            Allocation = Field("资金分配情况"),
            Period = Field("资金执行时间", "实施周期"),
            Quote = block.Trim(),
            Line = section.Line,
        };
    }

    /// <summary>The text up to the end of its first paragraph, trimmed (labels are one per paragraph).</summary>
    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? trimmed : trimmed[..newline]).Trim().TrimEnd('。', '；', ';');
    }

    private static bool TryNumber(string printed, out decimal value, out int decimals)
    {
        var ascii = new string(printed.Select(c => c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '．' => '.',
            _ => c,
        }).Where(c => c != ',' && c != '，').ToArray());
        decimals = ascii.Contains('.', StringComparison.Ordinal) ? ascii.Length - ascii.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return decimal.TryParse(ascii, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
