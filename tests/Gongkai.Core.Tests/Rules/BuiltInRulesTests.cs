using System.Reflection;
using System.Text.RegularExpressions;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Tests.Rules;

/// <summary>
/// In the spirit of NodaTime's MutabilityTest: every rule class in Core is registered exactly once, ids are unique and
/// well formed (DOMAIN.md §6), titles and message templates are Chinese, and rule classes are sealed.
/// </summary>
public partial class BuiltInRulesTests
{
    private static readonly Assembly s_core = typeof(IRule).Assembly;

    private static IEnumerable<Type> RuleTypes() =>
        s_core.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });

    [GeneratedRegex(@"^(G\d+(-[A-Z]+)*|[BFPD]-R\d{2}|[A-Z]\d{2}-[A-Z]+(-[A-Z]+)*|N(-[A-Z]+)+|P(-[A-Z]+)+)$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [Fact]
    public void EveryRuleType_IsRegisteredExactlyOnce()
    {
        var registered = BuiltInRules.All.Select(r => r.GetType()).ToList();
        foreach (var type in RuleTypes())
        {
            Assert.True(registered.Count(t => t == type) == 1, $"{type.Name} is registered {registered.Count(t => t == type)} times");
        }
        Assert.Equal(registered.Count, registered.Distinct().Count());
    }

    [Fact]
    public void Ids_AreUniqueAndWellFormed()
    {
        var ids = BuiltInRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
    }

    [Fact]
    public void Titles_AreChinese() =>
        Assert.All(BuiltInRules.All, r => Assert.True(Cjk().IsMatch(r.Title), $"{r.Id} title has no CJK text"));

    [Fact]
    public void MessageConstants_AreChinese()
    {
        foreach (var type in RuleTypes())
        {
            var constants = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string)).ToList();
            Assert.True(constants.Count > 0, $"{type.Name} has no message constant");
            // Column identities print exactly the contract's form ("表三 210 卫生健康支出：合计 119.24 ≠ 基本支出 48.30 + …"),
            // whose Chinese comes from the table itself; every other message template carries Chinese words of its own.
            var isContractForm = (string c) => c == Core.Rules.Equations.EquationMessages.Sum
                && BuiltInRules.All.Single(r => r.GetType() == type).Category == FindingCategory.ColumnIdentity;
            Assert.All(constants, c =>
            {
                var text = (string)c.GetRawConstantValue()!;
                Assert.True(Cjk().IsMatch(text) || isContractForm(text), $"{type.Name}.{c.Name} has no CJK text");
            });
        }
    }

    [Fact]
    public void RuleTypes_AreSealed() =>
        Assert.All(RuleTypes(), t => Assert.True(t.IsSealed, $"{t.Name} is not sealed"));

    [Fact]
    public void RuleTypes_LiveInTheirCategoryFolder()
    {
        foreach (var rule in BuiltInRules.All)
        {
            var ns = rule.GetType().Namespace!;
            Assert.StartsWith("Gongkai.Core.Rules.", ns, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Severities_FollowTheDomainConvention()
    {
        // [K] and conditional rules are warnings (DOMAIN.md §6); the [S] identities are errors.
        string[] warnings = ["B-R04", "B-R10", "B-R13", "B-R17", "F-R01", "F-R02", "F-R13", "F-R15", "F-R16", "F-R21", "G4", "G6", "D-R03", "D-R04", "B-R25"];
        string[] errors = ["G1", "G2", "B-R01", "B-R05", "B-R07", "B-R08", "B-R15", "B-R16", "F-R03", "F-R04", "F-R05", "F-R19", "F-R22", "G5"];
        foreach (var id in warnings) Assert.Equal(Core.Documents.Severity.Warning, BuiltInRules.All.Single(r => r.Id == id).DefaultSeverity);
        foreach (var id in errors) Assert.Equal(Core.Documents.Severity.Error, BuiltInRules.All.Single(r => r.Id == id).DefaultSeverity);
    }
}
