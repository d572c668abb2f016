using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Render.Layout;

namespace Gongkai.Render.Xlsx;

/// <summary>The workbook's cell styles: ruled text, header, title and amount cells (one number format per decimals).</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Cell = 1;
    public const uint Header = 2;
    public const uint Title = 3;
    public const uint Right = 4;
    public const uint BoldCell = 5;
    public const uint Heading = 6;
    public const uint Paragraph = 7;
    private const uint FirstAmount = 8;
    private const int MaxDecimals = 6;
    private const uint FirstCustomFormat = 164;

    /// <summary>The style of an amount printed with <paramref name="decimals"/> decimals.</summary>
    public static uint Amount(int decimals, bool bold) => FirstAmount + 2 * (uint)Math.Clamp(decimals, 0, MaxDecimals) + (bold ? 1u : 0u);

    public static Stylesheet Create()
    {
        var formats = new NumberingFormats();
        for (var d = 0; d <= MaxDecimals; d++)
        {
            formats.Append(new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)d, FormatCode = AmountText.NumberFormat(d) });
        }
        var fonts = new Fonts(
            Font(11, false, "宋体"),
            Font(11, true, "宋体"),
            Font(16, true, "宋体"),
            Font(12, true, "黑体"),
            Font(12, false, "仿宋_GB2312"));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()));
        var xfs = new CellFormats(
            Xf(0, 0, 0, 0, HorizontalAlignmentValues.General, wrap: false),       // Default
            Xf(0, 0, 0, 1, HorizontalAlignmentValues.Left, wrap: true),           // Cell
            Xf(0, 1, 2, 1, HorizontalAlignmentValues.Center, wrap: true),         // Header
            Xf(0, 2, 0, 0, HorizontalAlignmentValues.Center, wrap: false),        // Title
            Xf(0, 0, 0, 0, HorizontalAlignmentValues.Right, wrap: false),         // Right
            Xf(0, 1, 0, 1, HorizontalAlignmentValues.Left, wrap: true),           // BoldCell
            Xf(0, 3, 0, 0, HorizontalAlignmentValues.Left, wrap: false),          // Heading
            Xf(0, 4, 0, 0, HorizontalAlignmentValues.Left, wrap: true));          // Paragraph
        for (var d = 0; d <= MaxDecimals; d++)
        {
            xfs.Append(Xf(FirstCustomFormat + (uint)d, 0, 0, 1, HorizontalAlignmentValues.Right, wrap: false));
            xfs.Append(Xf(FirstCustomFormat + (uint)d, 1, 0, 1, HorizontalAlignmentValues.Right, wrap: false));
        }
        return new Stylesheet(formats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }), xfs,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(double size, bool bold, string name)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = name }, new FontCharSet { Val = 134 });
        return font;
    }

    private static T Side<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };

    private static CellFormat Xf(uint numberFormat, uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, bool wrap) =>
        new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = true,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyAlignment = true,
        };
}
