using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;
using Gongkai.Core.Tables;

namespace Gongkai.Core.Rules.Classification;

/// <summary>
/// G3-HIERARCHY: a 项 (款) row must sit under the rows of its own 款 and 类 (类) printed above it in the table; and a
/// row's level (类/款/项) must match its code's length. Tables that print no 类 or 款 rows are not checked for parents.
/// A per-unit subtotal or 合计 row starts a new block.
/// </summary>
public sealed class HierarchyRule : IRule
{
    /// <summary>{0} table, {1} code, {2} printed name, {3} level of the row, {4} parent level, {5} expected parent code, {6} code of the parent row printed above.</summary>
    public const string MessageWrongParent = "{0}中{3} {1}“{2}”列在{4} {6} 之下，但其所属{4}应为 {5}（编码前缀与上级科目不符，或缺少上级科目行）。";

    /// <summary>{0} table, {1} code, {2} printed name, {3} level the row is read as, {4} level of the code.</summary>
    public const string MessageWrongLevel = "{0}中科目 {1}“{2}”按{3}列示，但编码位数对应{4}。";

    public string Id => "G3-HIERARCHY";

    public string Title => "科目层级与编码不符";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.ClassificationCode;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (var table in CodedRows.Tables(context))
        {
            var tableText = CodedRows.TableText(table);
            // The 类 and 款 rows above, per scheme (a table without a definition may mix 功能 and 经济 codes).
            var currentClass = new Dictionary<ClassificationScheme, string?>();
            var currentSection = new Dictionary<ClassificationScheme, string?>();
            var previous = -1;
            foreach (var row in CodedRows.Of(table))
            {
                // A subtotal or total row between two coded rows starts a new block (per-unit blocks in Xinjiang tables).
                for (var i = previous + 1; i < row.Index; i++)
                {
                    if (table.Rows[i]?.Kind is RowKind.Total or RowKind.UnitSubtotal)
                    {
                        currentClass.Clear();
                        currentSection.Clear();
                    }
                }
                previous = row.Index;
                if (row.Scheme is not { } scheme || CodeText.Digits(row.Code) is not { } code) continue;
                var level = ClassificationLevels.FromDigitCount(code.Length)!.Value;
                var economic = scheme.IsEconomic();
                var name = row.Row.Name ?? "";

                var kindLevel = row.Row.Kind switch
                {
                    RowKind.Class => ClassificationLevel.Class,
                    RowKind.Section => ClassificationLevel.Section,
                    RowKind.Item => ClassificationLevel.Item,
                    _ => (ClassificationLevel?)null,
                };
                if (kindLevel is { } k && k != level)
                {
                    findings.Add(CodedRows.Finding(this, Severity.Warning, row, CodedRows.Format(MessageWrongLevel,
                        tableText, code, name, k.ToChinese(economic), level.ToChinese(economic))));
                }

                var cls = currentClass.GetValueOrDefault(scheme);
                var section = currentSection.GetValueOrDefault(scheme);
                switch (level)
                {
                    case ClassificationLevel.Class:
                        currentClass[scheme] = code;
                        currentSection[scheme] = null;
                        break;
                    case ClassificationLevel.Section:
                        if (cls is not null && !string.Equals(cls, code[..3], StringComparison.Ordinal))
                        {
                            findings.Add(WrongParent(row, tableText, code, name, level, ClassificationLevel.Class, code[..3], cls, economic));
                        }
                        currentSection[scheme] = code;
                        break;
                    default:
                        if (section is not null && !string.Equals(section, code[..5], StringComparison.Ordinal))
                        {
                            findings.Add(WrongParent(row, tableText, code, name, level, ClassificationLevel.Section, code[..5], section, economic));
                        }
                        else if (section is null && cls is not null && !string.Equals(cls, code[..3], StringComparison.Ordinal))
                        {
                            findings.Add(WrongParent(row, tableText, code, name, level, ClassificationLevel.Class, code[..3], cls, economic));
                        }
                        break;
                }
            }
        }
        return findings;
    }

    private Finding WrongParent(CodedRow row, string tableText, string code, string name, ClassificationLevel level,
        ClassificationLevel parentLevel, string expected, string printedParent, bool economic) =>
        CodedRows.Finding(this, Severity.Warning, row, CodedRows.Format(MessageWrongParent, tableText, code, name,
            level.ToChinese(economic), parentLevel.ToChinese(economic), expected, printedParent));
}
