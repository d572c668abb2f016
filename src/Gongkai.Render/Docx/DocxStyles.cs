using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Render.Docx;

/// <summary>
/// The styles and font table of the Word renderer: 公文 fonts by their Chinese names, each with the font Word takes when
/// it is not installed (方正小标宋简体 → SimSun, 黑体 → SimHei, 楷体_GB2312 → KaiTi, 仿宋_GB2312 → FangSong), and a ruled
/// table style.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "GongkaiTitle";
    public const string Body = "GongkaiBody";
    public const string TableNumber = "GongkaiTableNumber";
    public const string TableTitle = "GongkaiTableTitle";
    public const string TableNote = "GongkaiTableNote";
    public const string TableCell = "GongkaiTableCell";
    public const string Table = "GongkaiTable";

    private const string TitleFont = "方正小标宋简体";
    private const string HeiFont = "黑体";
    private const string KaiFont = "楷体_GB2312";
    private const string FangFont = "仿宋_GB2312";
    private const string SongFont = "宋体";

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void AddTo(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(FangFont), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(Paragraph(Title, "公开文件标题", TitleFont, 44, bold: false, center: true, spacingBefore: 600, spacingAfter: 600, lineExact: 0));
        styles.Append(Paragraph(Body, "公开文件正文", FangFont, 32, bold: false, center: false, firstLineChars: 200));
        styles.Append(HeadingStyle(1, HeiFont, 32, bold: false));
        styles.Append(HeadingStyle(2, HeiFont, 32, bold: false));
        styles.Append(HeadingStyle(3, KaiFont, 32, bold: false));
        styles.Append(HeadingStyle(4, FangFont, 32, bold: true));
        styles.Append(Paragraph(TableNumber, "表号", HeiFont, 28, bold: false, center: false, spacingBefore: 240, lineExact: 0));
        styles.Append(Paragraph(TableTitle, "表标题", TitleFont, 36, bold: false, center: true, spacingAfter: 120, lineExact: 0));
        styles.Append(Paragraph(TableNote, "表注", SongFont, 21, bold: false, center: false, lineExact: 0));
        styles.Append(Paragraph(TableCell, "表格文字", SongFont, 20, bold: false, center: false, lineExact: 0));
        styles.Append(TableStyle());
        stylesPart.Styles = styles;

        var fontsPart = main.AddNewPart<FontTablePart>();
        fontsPart.Fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts(
            Font(TitleFont, "SimSun"), Font(HeiFont, "SimHei"), Font(KaiFont, "KaiTi"), Font(FangFont, "FangSong"), Font(SongFont, "SimSun"),
            Font("Noto Serif CJK SC", "SimSun"), Font("Noto Sans CJK SC", "SimHei"));
    }

    private static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = eastAsia, ComplexScript = "Times New Roman" };

    private static Font Font(string name, string alternative) =>
        new(new AltName { Val = alternative }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }, new Pitch { Val = FontPitchValues.Variable }) { Name = name };

    private static Style Paragraph(string id, string name, string font, int halfPoints, bool bold, bool center,
        int firstLineChars = 0, int spacingBefore = 0, int spacingAfter = 0, int lineExact = 560, int outlineLevel = -1)
    {
        // Schema order: keepNext, spacing, ind, jc, outlineLvl; rFonts, b, sz, szCs.
        var pPr = new StyleParagraphProperties();
        if (outlineLevel >= 0) pPr.Append(new KeepNext());
        var spacing = new SpacingBetweenLines { Before = spacingBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = spacingAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (lineExact > 0)
        {
            spacing.Line = lineExact.ToString(System.Globalization.CultureInfo.InvariantCulture);
            spacing.LineRule = LineSpacingRuleValues.Exact;
        }
        else
        {
            spacing.Line = "240";
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }
        pPr.Append(spacing);
        if (firstLineChars > 0) pPr.Append(new Indentation { FirstLineChars = firstLineChars });
        if (center) pPr.Append(new Justification { Val = JustificationValues.Center });
        if (outlineLevel >= 0) pPr.Append(new OutlineLevel { Val = outlineLevel });
        var rPr = new StyleRunProperties(Fonts(font));
        if (bold) rPr.Append(new Bold());
        rPr.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), pPr, rPr)
        { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true };
    }

    private static Style HeadingStyle(int level, string font, int halfPoints, bool bold)
    {
        var style = Paragraph(Heading(level), "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture), font, halfPoints, bold, center: false,
            firstLineChars: level == 1 ? 0 : 200, spacingBefore: level == 1 ? 240 : 0, outlineLevel: level - 1);
        style.CustomStyle = false;
        return style;
    }

    private static Style TableStyle()
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" };
        var borders = new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
            Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>());
        var tblPr = new StyleTableProperties(borders,
            new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));
        return new Style(new StyleName { Val = "公开表格" }, tblPr) { Type = StyleValues.Table, StyleId = Table, CustomStyle = true };
    }
}
