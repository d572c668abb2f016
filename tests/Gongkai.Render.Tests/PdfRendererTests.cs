using Gongkai.Render.Pdf;
using Gongkai.TestSupport.Disclosures;
using UglyToad.PdfPig;

namespace Gongkai.Render.Tests;

public sealed class PdfRendererTests
{
    [Fact]
    public void Find_ConfiguredFileMissing_SaysSoInChinese()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CjkFont.Find("/nonexistent/字体.ttc", searchSystem: false));
        Assert.Contains("GONGKAI_FONT", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/字体.ttc", ex.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NoFontAnywhere_SaysHowToInstallOne()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CjkFont.Find(null, searchSystem: false));
        Assert.Equal(CjkFont.NotFoundMessage, ex.Message);
        Assert.Contains("未找到", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_NotAFont_IsNull()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "不是字体");
        try
        {
            Assert.Null(CjkFont.TryLoad(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Font_FromCollection_IsTheSimplifiedChineseFaceAsASingleFont()
    {
        var font = PdfDisclosureRenderer.Font;
        Assert.Equal([0], FontFace.FaceOffsets(font.Face));
        var names = FontFace.FamilyNames(font.Face, 0);
        if (font.Path.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase) && font.Path.Contains("CJK", StringComparison.Ordinal))
        {
            Assert.Contains(names, n => n.Contains(" SC", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Render_Generated_EmbedsTheFontNumbersPagesAndRulesTables()
    {
        var bytes = RoundTrip.Render(new PdfDisclosureRenderer(), DisclosureGenerator.Budget(1).Document);
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 5);
        var first = pdf.GetPage(1);
        var text = string.Concat(first.Letters.Select(l => l.Value));
        Assert.Contains("单位预算公开", text, StringComparison.Ordinal);
        Assert.Contains("—1—", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(pdf.GetPage).ToList();
        Assert.Contains(pages, p => p.Width > p.Height); // a wide table on a landscape page
        Assert.All(pages.SelectMany(p => p.Letters), l => Assert.Contains("CJK", l.FontName, StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Paths.Count > 20); // ruled cells
    }
}
