using Gongkai.Render.Docx;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Render.Tests;

public sealed class DocxRoundTripTests
{
    private static readonly DocxDisclosureRenderer s_renderer = new();

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Render_Seed_ReadsBackSameTablesAndFindings(string seed)
    {
        var original = RoundTrip.Seed(seed);
        var back = RoundTrip.ReadBack(s_renderer, original.Document!, out _);
        RoundTrip.AssertSameTables(original.Document!, back.Document!);
        RoundTrip.AssertSameFindings(original.Findings, back.Findings);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Render_GeneratedBudget_ReadsBackSameTablesWithoutFindings(int seed)
    {
        var generated = DisclosureGenerator.Budget(seed);
        var back = RoundTrip.ReadBack(s_renderer, generated, out _);
        RoundTrip.AssertSameTables(generated.Document, back.Document!);
        Assert.Empty(back.Findings);
    }

    [Fact]
    public void Render_FinalAccountsSample_ReadsBackSameTablesWithoutFindings()
    {
        var sample = Samples.FinalAccounts();
        var back = RoundTrip.ReadBack(s_renderer, sample, out _);
        RoundTrip.AssertSameTables(sample, back.Document!);
        Assert.Empty(Samples.FindingsOf(sample, Samples.Final9));
        Assert.Empty(back.Findings);
    }
}
