using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>
/// Detects ruled tables, puts each glyph into the cell holding its centre (merged cells take the text of
/// all positions they span; lines inside a cell are joined, so vertical one-character-per-line headers
/// read as one word), and builds text lines from the glyphs outside every table.
/// </summary>
public sealed class DefaultPageLayoutAnalyzer : IPageLayoutAnalyzer
{
    private readonly ITableDetector _detector;

    public DefaultPageLayoutAnalyzer(ITableDetector? detector = null) => _detector = detector ?? new DefaultTableDetector();

    public PageLayout Analyze(PageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var grids = _detector.Detect(content.Segments);
        var perCell = grids.Select(g => new List<PdfGlyph>[g.Cells.Count]).ToArray();
        var outside = new List<PdfGlyph>();
        var lookups = grids.Select(CellLookup.Create).ToArray();
        foreach (var glyph in content.Glyphs)
        {
            var placed = false;
            for (var t = 0; t < grids.Count && !placed; t++)
            {
                var index = lookups[t].Find(glyph.Box.CenterX, glyph.Box.CenterY);
                if (index < 0) continue;
                (perCell[t][index] ??= []).Add(glyph);
                placed = true;
            }
            if (!placed) outside.Add(glyph);
        }

        var tables = new List<LaidOutTable>(grids.Count);
        for (var t = 0; t < grids.Count; t++)
        {
            var grid = grids[t];
            var rows = new string[grid.RowCount][];
            for (var r = 0; r < rows.Length; r++) rows[r] = Enumerable.Repeat(string.Empty, grid.ColumnCount).ToArray();
            var sizes = new List<double>();
            for (var i = 0; i < grid.Cells.Count; i++)
            {
                var glyphs = perCell[t][i];
                if (glyphs is null) continue;
                var lines = TextLineBuilder.Build(glyphs, spaceWideGaps: false);
                var cell = grid.Cells[i];
                rows[cell.Row][cell.Column] = TextLineBuilder.JoinLines(lines.Select(l => l.Text.Trim()));
                sizes.AddRange(glyphs.Select(g => g.FontSize));
            }
            var fontSize = sizes.Count == 0 ? 0 : sizes.Order().ElementAt(sizes.Count / 2);
            tables.Add(new LaidOutTable(grid, rows) { FontSize = fontSize });
        }

        var textLines = TextLineBuilder.Build(outside, spaceWideGaps: true);
        return new PageLayout(content.PageNumber, content.Width, content.Height, tables, textLines);
    }

    /// <summary>Maps a point to the index of the grid cell holding it, by scanning the grid edges.</summary>
    private sealed class CellLookup
    {
        private readonly TableGrid _grid;
        private readonly int[,] _cellAt;

        private CellLookup(TableGrid grid, int[,] cellAt)
        {
            _grid = grid;
            _cellAt = cellAt;
        }

        public static CellLookup Create(TableGrid grid)
        {
            var cellAt = new int[grid.RowCount, grid.ColumnCount];
            for (var i = 0; i < grid.Cells.Count; i++)
            {
                var cell = grid.Cells[i];
                for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                {
                    for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++) cellAt[r, c] = i;
                }
            }
            return new CellLookup(grid, cellAt);
        }

        public int Find(double x, double y)
        {
            if (!_grid.Box.Contains(x, y)) return -1;
            var column = 0;
            while (column < _grid.ColumnCount - 1 && x > _grid.ColumnEdges[column + 1]) column++;
            var row = 0;
            while (row < _grid.RowCount - 1 && y < _grid.RowEdges[row + 1]) row++;
            return _cellAt[row, column];
        }
    }
}
