using System.Reflection;
using Gongkai.Core.Rules;
using Gongkai.Core.Rules.Classification;

namespace Gongkai.Core.Tests.Rules.Classification;

public class ClassificationRuleCatalogueTests
{
    private static readonly Type[] s_ruleTypes = [.. typeof(UnknownCodeRule).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(UnknownCodeRule).Namespace && typeof(IRule).IsAssignableFrom(t) && !t.IsAbstract)];

    [Fact]
    public void EveryClassificationRule_IsSealedAndRegistered()
    {
        Assert.Equal(4, s_ruleTypes.Length);
        foreach (var type in s_ruleTypes)
        {
            Assert.True(type.IsSealed, type.Name);
            Assert.Single(BuiltInRules.All, r => r.GetType() == type);
        }
    }

    [Fact]
    public void EveryRule_HasAG3IdChineseTitleAndChineseMessages()
    {
        foreach (var type in s_ruleTypes)
        {
            var rule = (IRule)Activator.CreateInstance(type)!;
            Assert.Matches("^G3-[A-Z]+(-[A-Z]+)*$", rule.Id);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.Title);
            var messages = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.Name.StartsWith("Message", StringComparison.Ordinal))
                .Select(f => (string)f.GetRawConstantValue()!).ToList();
            Assert.NotEmpty(messages);
            Assert.All(messages, m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m));
            Assert.Empty(rule.Evaluate(ClassificationTables.Context(2022)));
        }
    }
}
