using Gongkai.Compose.Demo;

namespace Gongkai.Compose.Tests;

public sealed class ComposerAcceptanceTests
{
    public static TheoryData<string> DemoKeys()
    {
        var data = new TheoryData<string>();
        foreach (var d in DemoLedgers.All()) data.Add(d.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(DemoKeys))]
    public void Compose_DemoLedger_RulesGiveNoFindings(string key)
    {
        var demo = DemoLedgers.All().Single(d => d.Key == key);
        var document = ComposeAssert.NoFindings(demo.Ledger);
        ComposeAssert.ClaimsCoverFigures(document);
    }

    [Theory]
    [InlineData("xinjiang-9")]
    [InlineData("xinjiang-11")]
    [InlineData("shaanxi-16")]
    public void Compose_RandomLedgers_RulesGiveNoFindings(string templateId)
    {
        for (var seed = 1; seed <= 25; seed++)
        {
            var document = ComposeAssert.NoFindings(DemoLedgers.Random(seed, templateId));
            ComposeAssert.ClaimsCoverFigures(document);
        }
    }
}
