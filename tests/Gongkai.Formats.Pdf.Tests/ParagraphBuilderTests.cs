using Gongkai.Formats.Pdf.Extraction;
using Gongkai.Formats.Pdf.Layout;

namespace Gongkai.Formats.Pdf.Tests;

/// <summary>Lines into paragraphs, on lines built in code (page coordinates, y up; 12 pt text from x = 50 to 400).</summary>
public sealed class ParagraphBuilderTests
{
    private static TextLine Line(int index, string text, double left, double right)
    {
        var top = 700 - (index * 20);
        return new TextLine(text, new Box(left, top - 12, right, top), 12, []);
    }

    /// <summary>
    /// Hangzhou p5: a numbered heading filling its line at the first-line indent, then the first line of its text at the
    /// same indent: two paragraphs (the text's wrapped lines go back to the margin).
    /// </summary>
    [Fact]
    public void Build_IndentedHeadingFillingItsLineThenIndentedText_HeadingStandsAlone()
    {
        var paragraphs = ParagraphBuilder.Build(
        [
            Line(0, "年终结转结余0.00万元。", 74, 200),
            Line(1, "（四）财政拨款收支预算情况的总体说明（详见表4）", 74, 400),
            Line(2, "2026年财政拨款收支总预算5,753.07万元。收入包", 74, 400),
            Line(3, "括：一般公共预算收入5,753.07万元。", 50, 250),
        ]);

        Assert.Equal(["年终结转结余0.00万元。", "（四）财政拨款收支预算情况的总体说明（详见表4）", "2026年财政拨款收支总预算5,753.07万元。收入包括：一般公共预算收入5,753.07万元。"],
            paragraphs.Select(p => p.Text));
    }

    /// <summary>A numbered item whose text wraps back to the margin stays one paragraph.</summary>
    [Fact]
    public void Build_NumberedItemWrappingToTheMargin_IsOneParagraph()
    {
        var paragraphs = ParagraphBuilder.Build(
        [
            Line(0, "（1）科学技术支出（类）技术研究与开发（款）28.00万", 74, 400),
            Line(1, "元，主要用于数智气象项目。", 50, 220),
        ]);

        Assert.Single(paragraphs);
    }
}
