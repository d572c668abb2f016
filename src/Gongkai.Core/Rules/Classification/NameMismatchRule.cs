using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.Classification;

/// <summary>
/// G3-NAME-MISMATCH: the printed 科目名称 must be the official name of the code in the document's year. A different
/// name is a warning; another year's name (e.g. 医疗卫生与计划生育支出 after 2019) is a warning "使用了旧科目名称";
/// a known variant printing, or a name cut off at a table-cell wrap, is info. Also checks the name printed beside a 政府经济分类 code.
/// </summary>
public sealed class NameMismatchRule : IRule
{
    /// <summary>{0} table, {1} code, {2} printed name, {3} expected name, {4} year, {5} scheme.</summary>
    public const string MessageMismatch = "{0}中科目 {1} 的名称“{2}”与{4}《{5}》不一致，应为“{3}”。";

    /// <summary>{0} table, {1} code, {2} printed name, {3} expected name, {4} year, {5} years of the printed name.</summary>
    public const string MessageOldName = "{0}中科目 {1} 使用了旧科目名称“{2}”（{5}的名称），{4}应为“{3}”。";

    /// <summary>{0} table, {1} code, {2} printed name, {3} expected name, {4} year, {5} years of the printed name.</summary>
    public const string MessageFutureName = "{0}中科目 {1} 的名称“{2}”是{5}的科目名称，{4}应为“{3}”。";

    /// <summary>{0} table, {1} code, {2} printed name, {3} expected name.</summary>
    public const string MessageAlias = "{0}中科目 {1} 的名称“{2}”是常见的变体写法，规范名称为“{3}”。";

    /// <summary>{0} table, {1} code, {2} printed name, {3} expected name.</summary>
    public const string MessageTruncated = "{0}中科目 {1} 的名称“{2}”不完整（可能是表格换行造成的截断），完整名称为“{3}”。";

    public string Id => "G3-NAME-MISMATCH";

    public string Title => "科目名称与当年科目表不一致";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.ClassificationCode;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalogue = CodedRows.Catalogue(context);
        var year = CodedRows.YearText(context, catalogue);
        var findings = new List<Finding>();
        foreach (var table in CodedRows.Tables(context))
        {
            var tableText = CodedRows.TableText(table);
            foreach (var row in CodedRows.Of(table))
            {
                if (row.Scheme is { } scheme && catalogue.TryGet(scheme, row.Code, out var entry))
                {
                    Check(findings, catalogue, entry, row, row.Code, row.Row.Name, tableText, year);
                }
                if (row.Scheme == ClassificationScheme.DepartmentalEconomic
                    && !string.IsNullOrWhiteSpace(row.Row.GovernmentEconomicCode)
                    && catalogue.TryGet(ClassificationScheme.GovernmentEconomic, row.Row.GovernmentEconomicCode.Trim(), out var gov))
                {
                    Check(findings, catalogue, gov, row, gov.Code, row.Row.GovernmentEconomicName, tableText, year);
                }
            }
        }
        return findings;
    }

    private void Check(List<Finding> findings, ClassificationCatalogue catalogue, CatalogueEntry entry, CodedRow row,
        string code, string? printed, string tableText, string year)
    {
        var match = catalogue.MatchName(entry, printed);
        var scheme = entry.Scheme.ToChinese();
        switch (match.Kind)
        {
            case NameMatch.Mismatch:
                findings.Add(CodedRows.Finding(this, Severity.Warning, row,
                    CodedRows.Format(MessageMismatch, tableText, code, printed, entry.Name, year, scheme)));
                break;
            case NameMatch.OtherYearName when match.MatchedEntry is { } other:
                var template = other.ValidFrom > entry.ValidFrom ? MessageFutureName : MessageOldName;
                findings.Add(CodedRows.Finding(this, Severity.Warning, row,
                    CodedRows.Format(template, tableText, code, printed, entry.Name, year, other.ValidityText)));
                break;
            case NameMatch.Truncated:
                findings.Add(CodedRows.Finding(this, Severity.Info, row,
                    CodedRows.Format(MessageTruncated, tableText, code, printed, entry.Name)));
                break;
            case NameMatch.Alias:
                findings.Add(CodedRows.Finding(this, Severity.Info, row,
                    CodedRows.Format(MessageAlias, tableText, code, printed, entry.Name)));
                break;
        }
    }
}
