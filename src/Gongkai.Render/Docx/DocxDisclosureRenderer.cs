using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Core.Documents;
using Gongkai.Render.Layout;

namespace Gongkai.Render.Docx;

/// <summary>
/// Word 版公开文件 (editable): A4 pages with 公文 margins; the cover title in 方正小标宋简体, chapter headings in 黑体 /
/// 楷体_GB2312 (Word heading styles, so the 目录 field lists them), body text in 仿宋_GB2312 (each font names its
/// fallback: SimSun, SimHei, KaiTi, FangSong); a table of contents field Word fills in on opening; every table under its
/// number, title, 编制部门 and 单位 lines, ruled on every side, its header rows repeated on each page; wide tables in
/// landscape sections; page numbers (— 1 —) in the footer.
/// </summary>
public sealed class DocxDisclosureRenderer : IDisclosureRenderer
{
    private const string FooterId = "rIdFooter";

    // A4 in twentieths of a point; 公文 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
    private const int PageShort = 11906;
    private const int PageLong = 16838;

    public string Format => "docx";

    public string Extension => ".docx";

    public void Render(DisclosureDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var footer = main.AddNewPart<FooterPart>(FooterId);
            footer.Footer = Footer();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            // Word fills the 目录 field and the page numbers when the file is opened.
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });

            var body = new Body();
            var landscape = false;
            var tocWritten = false;
            foreach (var block in DocumentLayout.Lay(document))
            {
                var wide = block is TableBlock { Table.IsWide: true };
                if (wide != landscape)
                {
                    body.Append(new Paragraph(new ParagraphProperties(Section(landscape, nextPage: true))));
                    landscape = wide;
                }
                switch (block)
                {
                    case TitleBlock t:
                        body.Append(Styled(t.Text, DocxStyles.Title));
                        break;
                    case HeadingBlock h:
                        if (!tocWritten && h.Level == 1)
                        {
                            body.Append(TableOfContents());
                            tocWritten = true;
                        }
                        body.Append(Styled(h.Text, DocxStyles.Heading(h.Level)));
                        break;
                    case ParagraphBlock p:
                        body.Append(Styled(p.Text, DocxStyles.Body));
                        break;
                    case TableBlock t:
                        foreach (var e in Table(t.Table, landscape)) body.Append(e);
                        break;
                }
            }
            body.Append(Section(landscape, nextPage: false));
            main.Document = new Document(body);
            main.Document.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static SectionProperties Section(bool landscape, bool nextPage)
    {
        var section = new SectionProperties();
        section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId });
        if (nextPage) section.Append(new SectionType { Val = SectionMarkValues.NextPage });
        section.Append(landscape
            ? new PageSize { Width = PageLong, Height = PageShort, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = PageShort, Height = PageLong });
        section.Append(landscape
            ? new PageMargin { Top = 1134, Bottom = 1134, Left = 1418, Right = 1418, Header = 851, Footer = 567, Gutter = 0 }
            : new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 });
        section.Append(new PageNumberType { Format = NumberFormatValues.Decimal });
        return section;
    }

    private static Footer Footer()
    {
        var p = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        p.Append(Run("— "));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
        p.Append(new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        p.Append(Run("1"));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        p.Append(Run(" —"));
        return new Footer(p);
    }

    /// <summary>A TOC field over heading levels 1–3, left for Word to fill (marked dirty).</summary>
    private static Paragraph TableOfContents()
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Body }));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }));
        p.Append(new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return p;
    }

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph Styled(string text, string style, JustificationValues? justify = null)
    {
        var props = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (justify is { } j) props.Append(new Justification { Val = j });
        return new Paragraph(props, Run(text));
    }

    private static IEnumerable<OpenXmlElement> Table(PrintedTable t, bool landscape)
    {
        if (t.CaptionInside)
        {
            yield return Styled(t.Title, DocxStyles.TableTitle);
        }
        else
        {
            if (t.Number is { Length: > 0 } number) yield return Styled(number, DocxStyles.TableNumber);
            yield return Styled(t.Title, DocxStyles.TableTitle);
            foreach (var line in t.Preamble) yield return Styled(line, DocxStyles.TableNote);
            if (t.UnitLine is { } unit) yield return Styled(unit, DocxStyles.TableNote, JustificationValues.Right);
        }

        var textWidth = landscape ? PageLong - 2 * 1418 : PageShort - 1588 - 1474;
        var total = t.ColumnWeights.Sum();
        var widths = t.ColumnWeights.Select(w => (int)(textWidth * w / total)).ToList();
        var table = new Table();
        table.Append(new TableProperties(
            new TableStyle { Val = DocxStyles.Table },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new DocumentFormat.OpenXml.Wordprocessing.TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        foreach (var row in GridPlacement.Place(t.HeaderRows, t.ColumnCount))
        {
            table.Append(Row(row, widths, header: true));
        }
        foreach (var row in GridPlacement.Place(t.Rows, t.ColumnCount))
        {
            table.Append(Row(row, widths, header: false));
        }
        if (t.HeaderRows.Count == 0 && t.Rows.Count == 0)
        {
            // Word needs at least one row.
            table.Append(new TableRow(new TableCell(new Paragraph())));
        }
        yield return table;
        foreach (var note in t.Notes) yield return Styled(note, DocxStyles.TableNote);
    }

    private static TableRow Row(IReadOnlyList<PlacedCell> cells, List<int> widths, bool header)
    {
        var tr = new TableRow();
        var props = new TableRowProperties(new CantSplit());
        if (header) props.Append(new TableHeader());
        tr.Append(props);
        foreach (var placed in cells)
        {
            var cell = placed.Cell;
            var span = Math.Max(1, cell.ColumnSpan);
            var width = widths.Skip(placed.Column).Take(span).Sum();
            var tcPr = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (span > 1) tcPr.Append(new GridSpan { Val = span });
            if (cell.RowSpan > 1) tcPr.Append(new VerticalMerge { Val = placed.Covered ? MergedCellValues.Continue : MergedCellValues.Restart });
            tcPr.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var justify = cell.Kind switch
            {
                PrintedCellKind.Header => JustificationValues.Center,
                PrintedCellKind.Amount => JustificationValues.Right,
                _ => JustificationValues.Left,
            };
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableCell }, new Justification { Val = justify }));
            if (!placed.Covered && cell.Text.Length > 0) paragraph.Append(Run(cell.Text, cell.Bold || cell.Kind == PrintedCellKind.Header));
            tr.Append(new TableCell(tcPr, paragraph));
        }
        return tr;
    }
}
