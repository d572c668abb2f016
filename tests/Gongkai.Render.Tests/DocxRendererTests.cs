using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Render.Docx;
using Gongkai.TestSupport.Disclosures;

namespace Gongkai.Render.Tests;

public sealed class DocxRendererTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static byte[] Seed002() => RoundTrip.Render(new DocxDisclosureRenderer(), RoundTrip.Seed("002").Document!);

    [Fact]
    public void Render_Seed002_IsAValidWordPackage()
    {
        using var doc = Open(Seed002());
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(doc).Take(10).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Path?.XPath + ": " + e.Description)));
    }

    [Fact]
    public void Render_Seed002_HasTocFieldPageNumbersAndChineseFonts()
    {
        using var doc = Open(Seed002());
        var main = doc.MainDocumentPart!;
        Assert.Contains(main.Document!.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.Contains(main.FooterParts.SelectMany(f => f.Footer!.Descendants<FieldCode>()), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
        var fonts = main.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>().Select(f => f.EastAsia?.Value).ToList();
        Assert.Contains("方正小标宋简体", fonts);
        Assert.Contains("黑体", fonts);
        Assert.Contains("仿宋_GB2312", fonts);
        var alt = main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("SimSun", alt["方正小标宋简体"]);
        Assert.Equal("FangSong", alt["仿宋_GB2312"]);
        Assert.Contains(main.Document.Descendants<ParagraphStyleId>(), s => s.Val == "Heading1");
    }

    [Fact]
    public void Render_Seed002_WideTablesInLandscapeSectionsWithRulesAndRepeatedHeaders()
    {
        using var doc = Open(Seed002());
        var body = doc.MainDocumentPart!.Document!.Body!;
        var sizes = body.Descendants<PageSize>().ToList();
        Assert.Contains(sizes, s => s.Orient?.Value == PageOrientationValues.Landscape);
        Assert.Contains(sizes, s => s.Orient is null);
        Assert.All(body.Elements<Table>(), t => Assert.Equal("GongkaiTable", t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value));
        Assert.Contains(body.Descendants<TableHeader>(), _ => true);
        var style = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "GongkaiTable");
        var borders = style.Descendants<TableBorders>().Single();
        Assert.NotNull(borders.InsideVerticalBorder);
        Assert.NotNull(borders.InsideHorizontalBorder);
    }

    [Fact]
    public void Render_ThreePublicTable_MergesVehicleHeaderAcrossThreeColumns()
    {
        var bytes = RoundTrip.Render(new DocxDisclosureRenderer(), DisclosureGenerator.Budget(1).Document);
        using var doc = Open(bytes);
        var cells = doc.MainDocumentPart!.Document!.Descendants<TableCell>().ToList();
        Assert.Contains(cells, c => c.InnerText == "公务用车购置及运行费" && c.TableCellProperties?.GridSpan?.Val?.Value == 3);
        Assert.Contains(cells, c => c.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Restart);
    }
}
