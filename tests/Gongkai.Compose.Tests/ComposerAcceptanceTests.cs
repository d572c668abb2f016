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

    [Fact]
    public void Compose_FinalAccounts_HasTheNineTablesAndChapters()
    {
        var demo = DemoLedgers.All().First(d => d.TemplateId == "final-9");
        var document = ComposeAssert.NoFindings(demo.Ledger);
        Assert.Equal(["F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09"], document.Tables.Select(t => t.Id!.Value.Value));
        Assert.True(document.Table(Gongkai.Core.Tables.TableId.F08)!.IsEmpty);
        Assert.Contains(document.Sections, s => s.Heading.Contains("“三公”经费支出决算", StringComparison.Ordinal) && s.Text.Contains("完成年初预算的", StringComparison.Ordinal));
        Assert.Contains(document.Sections, s => s.Heading.Contains("政府采购", StringComparison.Ordinal) && s.Text.Contains("占政府采购支出总额的", StringComparison.Ordinal));
        Assert.Contains(document.Claims, c => c.CompletionPercent is not null);
    }

    [Theory]
    [InlineData("xinjiang-9")]
    [InlineData("xinjiang-11")]
    [InlineData("shaanxi-16")]
    [InlineData("final-9")]
    public void Compose_RandomLedgers_RulesGiveNoFindings(string templateId)
    {
        for (var seed = 1; seed <= 25; seed++)
        {
            var document = ComposeAssert.NoFindings(DemoLedgers.Random(seed, templateId));
            ComposeAssert.ClaimsCoverFigures(document);
        }
    }
}
