using Gongkai.Core.Catalogues;
using Gongkai.Core.Classification;
using Gongkai.Core.Documents;

namespace Gongkai.Core.Rules.Classification;

/// <summary>
/// G3-ECON-MAPPING: where a table prints the 政府预算支出经济分类 code beside the 部门 code (Shaanxi templates), the pair
/// must be in the 部门 → 政府 mapping for some unit type (机关 or 事业单位), regional variants included. Warning.
/// Codes the mapping does not cover are not judged.
/// </summary>
public sealed class EconomicMappingRule : IRule
{
    /// <summary>{0} table, {1} 部门 code, {2} its printed name, {3} 政府 code, {4} its printed name, {5} accepted 政府 codes with names.</summary>
    public const string MessageNotMapped = "{0}中部门经济分类 {1}“{2}”对应的政府经济分类列为 {3}“{4}”，与部门—政府经济分类对应关系不符，应为 {5}。";

    public string Id => "G3-ECON-MAPPING";

    public string Title => "部门经济分类与政府经济分类对应关系不符";

    public Severity DefaultSeverity => Severity.Warning;

    public FindingCategory Category => FindingCategory.ClassificationCode;

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalogue = CodedRows.Catalogue(context);
        var findings = new List<Finding>();
        foreach (var table in CodedRows.Tables(context))
        {
            var tableText = CodedRows.TableText(table);
            foreach (var row in CodedRows.Of(table))
            {
                if (row.Scheme != ClassificationScheme.DepartmentalEconomic) continue;
                var gov = row.Row.GovernmentEconomicCode?.Trim();
                if (string.IsNullOrEmpty(gov)) continue;
                var accepted = catalogue.MapDepartmentalToGovernment(row.Code);
                if (accepted.Count == 0 || accepted.Contains(gov, StringComparer.Ordinal)) continue;
                var expected = string.Join("或", accepted.Select(c =>
                    catalogue.TryGet(ClassificationScheme.GovernmentEconomic, c, out var e) ? $"{c}“{e.Name}”" : c));
                findings.Add(CodedRows.Finding(this, Severity.Warning, row, CodedRows.Format(MessageNotMapped,
                    tableText, row.Code, row.Row.Name, gov, row.Row.GovernmentEconomicName ?? "", expected)));
            }
        }
        return findings;
    }
}
