namespace Gongkai.Render.Layout;

/// <summary>Places the cells of header or body rows at their grid positions, honouring column and row spans.</summary>
public static class GridPlacement
{
    /// <summary>Each row's cells left to right at their columns, with covered positions of row-merged cells.</summary>
    public static IReadOnlyList<IReadOnlyList<PlacedCell>> Place(IReadOnlyList<IReadOnlyList<PrintedCell>> rows, int columnCount)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<IReadOnlyList<PlacedCell>>();
        // For each column: the cell merged down into it and the last row it covers.
        var down = new (PrintedCell? Cell, int Until)[Math.Max(columnCount, 1)];
        for (var r = 0; r < rows.Count; r++)
        {
            var placed = new List<PlacedCell>();
            var col = 0;
            var queue = new Queue<PrintedCell>(rows[r]);
            while (col < columnCount && (queue.Count > 0 || Occupied(down, col, r)))
            {
                if (Occupied(down, col, r))
                {
                    var origin = down[col].Cell!;
                    placed.Add(new PlacedCell(origin, r, col, true));
                    col += Math.Max(1, origin.ColumnSpan);
                    continue;
                }
                var cell = queue.Dequeue();
                placed.Add(new PlacedCell(cell, r, col, false));
                if (cell.RowSpan > 1) down[col] = (cell, r + cell.RowSpan - 1);
                col += Math.Max(1, cell.ColumnSpan);
            }
            result.Add(placed);
        }
        return result;
    }

    private static bool Occupied((PrintedCell? Cell, int Until)[] down, int col, int row) =>
        col < down.Length && down[col].Cell is not null && down[col].Until >= row;
}
