using Gongkai.Core.Documents;
using Gongkai.Render.Docx;
using Gongkai.Render.Html;
using Gongkai.Render.Pdf;
using Gongkai.Render.Xlsx;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Render.Tests;

public sealed class HtmlRoundTripTests() : RenderRoundTripTests(new HtmlDisclosureRenderer());

public sealed class DocxRoundTripTests() : RenderRoundTripTests(new DocxDisclosureRenderer());

public sealed class XlsxRoundTripTests() : RenderRoundTripTests(new XlsxDisclosureRenderer());

public sealed class PdfRoundTripTests() : RenderRoundTripTests(new PdfDisclosureRenderer());

/// <summary>
/// The round trip every renderer must pass: seeds come back with the same tables and findings; consistent documents
/// (generated budgets, the final-accounts sample) with the same tables and no findings.
/// </summary>
public abstract class RenderRoundTripTests(IDisclosureRenderer renderer)
{
    private readonly IDisclosureRenderer _renderer = renderer;

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Render_Seed_ReadsBackSameTablesAndFindings(string seed)
    {
        var original = RoundTrip.Seed(seed);
        var back = RoundTrip.ReadBack(_renderer, original.Document!, out _);
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
        var back = RoundTrip.ReadBack(_renderer, generated, out _);
        RoundTrip.AssertSameTables(generated.Document, back.Document!);
        Assert.Empty(back.Findings);
    }

    [Fact]
    public void Render_FinalAccountsSample_ReadsBackSameTablesWithoutFindings()
    {
        var sample = Samples.FinalAccounts();
        var back = RoundTrip.ReadBack(_renderer, sample, out _);
        RoundTrip.AssertSameTables(sample, back.Document!);
        Assert.Empty(Samples.FindingsOf(sample, Samples.Final9));
        Assert.Empty(back.Findings);
    }
}
