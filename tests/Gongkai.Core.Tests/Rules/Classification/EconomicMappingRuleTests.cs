using System.Globalization;
using Gongkai.Core.Documents;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Classification;
using static Gongkai.Core.Tests.Rules.Classification.ClassificationTables;

namespace Gongkai.Core.Tests.Rules.Classification;

public class EconomicMappingRuleTests
{
    private readonly EconomicMappingRule _rule = new();

    [Fact]
    public void MappedPairs_IncludingInstitutionAndRegionalVariants_NoFinding()
    {
        var context = Context(2022, Economic(
            Row("30101", "基本工资", gov: "50101", govName: "工资奖金津补贴"),
            Row("30102", "津贴补贴", gov: "50501", govName: "工资福利支出"),
            Row("30228", "工会经费", gov: "50201", govName: "办公经费"),
            Row("30228", "工会经费", gov: "50299", govName: "其他商品和服务支出"),
            Row("30201", "办公费"),
            Row("39998", "未覆盖的编码", gov: "59999", govName: "其他支出")));
        Assert.Empty(_rule.Evaluate(context));
    }

    [Fact]
    public void PairOutsideTheMapping_IsWarningListingAcceptedCodes()
    {
        var row = Row("30201", "办公费", gov: "50101", govName: "工资奖金津补贴", line: 7);
        var f = Assert.Single(_rule.Evaluate(Context(2022, Economic(row))));
        Assert.Equal("G3-ECON-MAPPING", f.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(FindingCategory.ClassificationCode, f.Category);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, EconomicMappingRule.MessageNotMapped, EconomicTableText, "30201", "办公费", "50101", "工资奖金津补贴",
            "50201“办公经费”或50502“商品和服务支出”"), f.Message);
        Assert.Equal("B06", f.Table);
        Assert.Equal(7, f.Line);
        Assert.Equal(row.Quote, f.Quote);
    }

    [Fact]
    public void BuiltInRules_ListTheClassificationRules()
    {
        var ids = BuiltInRules.All.Select(r => r.Id).ToList();
        Assert.Contains("G3-UNKNOWN-CODE", ids);
        Assert.Contains("G3-NAME-MISMATCH", ids);
        Assert.Contains("G3-HIERARCHY", ids);
        Assert.Contains("G3-ECON-MAPPING", ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(BuiltInRules.All.Where(r => r.Id.StartsWith("G3-", StringComparison.Ordinal)),
            r => Assert.Equal(FindingCategory.ClassificationCode, r.Category));
    }
}
