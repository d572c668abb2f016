using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.Classification;

/// <summary>
/// G3-UNKNOWN-CODE: a row's code (and a 政府经济分类 code printed beside it) must exist in the catalogue of the
/// document's year. Error when the list it should belong to is complete and seen in sources; warning otherwise
/// (regional 细目, codes of uncertain entries, years beyond the compiled data, malformed codes that may be misreadings).
/// </summary>
public sealed class UnknownCodeRule : IRule
{
    /// <summary>{0} table, {1} code, {2} printed name, {3} scheme, {4} year.</summary>
    public const string MessageUnknown = "{0}中的科目编码 {1}“{2}”不在{4}《{3}》科目中。";

    /// <summary>{0} table, {1} code, {2} printed name, {3} scheme, {4} year, {5} validity of the code, {6} its name then.</summary>
    public const string MessageNotInForce = "{0}中的科目编码 {1}“{2}”在{4}不适用：《{3}》中该编码{5}为“{6}”。";

    /// <summary>{0} table, {1} code, {2} printed name.</summary>
    public const string MessageMalformed = "{0}中的科目编码 {1}“{2}”不是有效的科目编码（功能分类应为3/5/7位、以2开头；经济分类应为3/5位、以3或5开头）。";

    /// <summary>{0} table, {1} code, {2} printed name, {3} the table's classification.</summary>
    public const string MessageWrongScheme = "{0}中的科目编码 {1}“{2}”不是{3}编码，与本表的科目类型不符。";

    /// <summary>{0} table, {1} 部门 code, {2} its printed name, {3} 政府 code, {4} its printed name, {5} year.</summary>
    public const string MessageGovernmentUnknown = "{0}中部门经济分类 {1}“{2}”旁列示的政府经济分类编码 {3}“{4}”不在{5}《政府预算支出经济分类》科目中。";

    public string Id => "G3-UNKNOWN-CODE";

    public string Title => "科目编码不在当年科目表中";

    public Severity DefaultSeverity => Severity.Error;

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
                var name = row.Row.Name ?? "";
                var valid = CodeText.Digits(row.Code) is { } d && string.Equals(d, row.Code, StringComparison.Ordinal);
                if (valid && row.Scheme is null && table.Definition is not null)
                {
                    var expected = table.Definition.RowAxis == Templates.TableRowAxis.FunctionClassification ? "支出功能分类" : "支出经济分类";
                    findings.Add(CodedRows.Finding(this, Severity.Warning, row, CodedRows.Format(MessageWrongScheme, tableText, row.Code, name, expected)));
                    continue;
                }
                if (row.Scheme is not { } scheme || CodeText.Digits(row.Code) is not { } digits || !valid)
                {
                    findings.Add(CodedRows.Finding(this, Severity.Warning, row, CodedRows.Format(MessageMalformed, tableText, row.Code, name)));
                    continue;
                }
                if (!catalogue.TryGet(scheme, digits, out _))
                {
                    findings.Add(Unknown(catalogue, scheme, digits, row, tableText, name, year));
                }
                if (scheme == ClassificationScheme.DepartmentalEconomic && !string.IsNullOrWhiteSpace(row.Row.GovernmentEconomicCode))
                {
                    var gov = row.Row.GovernmentEconomicCode.Trim();
                    if (!EconomicCode.TryParse(gov, EconomicScheme.Government, out _)
                        || !catalogue.TryGet(ClassificationScheme.GovernmentEconomic, gov, out _))
                    {
                        var severity = EconomicCode.TryParse(gov, EconomicScheme.Government, out var parsed) && parsed!.Level != ClassificationLevel.Item
                            && catalogue.IsChildListAuthoritative(ClassificationScheme.GovernmentEconomic, parsed.Parent?.Value)
                            && !catalogue.IsBeyondCompiledData
                            ? Severity.Error : Severity.Warning;
                        findings.Add(CodedRows.Finding(this, severity, row,
                            CodedRows.Format(MessageGovernmentUnknown, tableText, row.Code, name, gov, row.Row.GovernmentEconomicName ?? "", year)));
                    }
                }
            }
        }
        return findings;
    }

    private Finding Unknown(ClassificationCatalogue catalogue, ClassificationScheme scheme, string code, CodedRow row,
        string tableText, string name, string year)
    {
        var versions = catalogue.Versions(scheme, code);
        var schemeName = scheme.ToChinese();
        if (versions.Count > 0)
        {
            // The code exists in other years: introduced later or retired earlier.
            var nearest = versions.OrderBy(v => Math.Min(Math.Abs(v.ValidFrom - catalogue.DataYear),
                Math.Abs((v.ValidTo ?? int.MaxValue / 2) - catalogue.DataYear))).First();
            // Years of introduction and retirement are known, not seen ([K] in DOMAIN.md §7.3): a warning.
            return CodedRows.Finding(this, Severity.Warning, row,
                CodedRows.Format(MessageNotInForce, tableText, code, name, schemeName, year, nearest.ValidityText, nearest.Name));
        }
        var parent = code.Length == 3 ? null : code[..^2];
        var severity = Severity.Warning;
        // A regional 细目 (7-digit economic code) is outside the national list: never an error.
        var regionalSubitem = scheme.IsEconomic() && code.Length == 7;
        if (!regionalSubitem && !catalogue.IsBeyondCompiledData && catalogue.IsChildListAuthoritative(scheme, parent))
        {
            severity = Severity.Error;
        }
        return CodedRows.Finding(this, severity, row, CodedRows.Format(MessageUnknown, tableText, code, name, schemeName, year));
    }
}
