using Gongkai.Formats.Pdf.Extraction;

namespace Gongkai.Formats.Pdf.Layout;

/// <summary>
/// Ruling lines → grids: collinear segments are merged, touching horizontal and vertical lines are grouped into
/// connected regions, each region's distinct line positions give the grid, and a missing border between two
/// neighbouring grid cells merges them.
/// </summary>
public sealed class DefaultTableDetector : ITableDetector
{
    private readonly TableDetectionOptions _options;

    public DefaultTableDetector(TableDetectionOptions? options = null) => _options = options ?? TableDetectionOptions.Default;

    public IReadOnlyList<TableGrid> Detect(IReadOnlyList<RulingSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var horizontal = Merge(segments.Where(s => s.IsHorizontal));
        var vertical = Merge(segments.Where(s => !s.IsHorizontal));
        if (horizontal.Count < 2 || vertical.Count < 2) return [];

        var all = new List<RulingSegment>(horizontal.Count + vertical.Count);
        all.AddRange(horizontal);
        all.AddRange(vertical);
        var sets = new DisjointSets(all.Count);
        var tol = _options.IntersectionTolerance;
        for (var i = 0; i < horizontal.Count; i++)
        {
            var h = horizontal[i];
            for (var j = 0; j < vertical.Count; j++)
            {
                var v = vertical[j];
                if (v.Position >= h.Start - tol && v.Position <= h.End + tol && h.Position >= v.Start - tol && h.Position <= v.End + tol)
                {
                    sets.Union(i, horizontal.Count + j);
                }
            }
        }

        var grids = new List<TableGrid>();
        foreach (var component in Enumerable.Range(0, all.Count).GroupBy(sets.Find))
        {
            var members = component.Select(i => all[i]).ToList();
            var grid = BuildGrid(members.Where(s => s.IsHorizontal).ToList(), members.Where(s => !s.IsHorizontal).ToList());
            if (grid is not null) grids.Add(grid);
        }
        grids.Sort((a, b) => b.Box.Top.CompareTo(a.Box.Top));
        return grids;
    }

    private TableGrid? BuildGrid(List<RulingSegment> horizontal, List<RulingSegment> vertical)
    {
        if (horizontal.Count < 2 || vertical.Count < 2) return null;
        var left = horizontal.Min(s => s.Start);
        var right = horizontal.Max(s => s.End);
        var bottom = vertical.Min(s => s.Start);
        var top = vertical.Max(s => s.End);
        left = Math.Min(left, vertical.Min(s => s.Position));
        right = Math.Max(right, vertical.Max(s => s.Position));
        bottom = Math.Min(bottom, horizontal.Min(s => s.Position));
        top = Math.Max(top, horizontal.Max(s => s.Position));

        var columns = Edges(vertical.Select(s => s.Position).Append(left).Append(right), ascending: true);
        var rows = Edges(horizontal.Select(s => s.Position).Append(top).Append(bottom), ascending: false);
        if (columns.Count < 3 || rows.Count < 3) return null;

        var rowCount = rows.Count - 1;
        var columnCount = columns.Count - 1;
        var sets = new DisjointSets(rowCount * columnCount);
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (c + 1 < columnCount && !Covered(vertical, columns[c + 1], rows[r + 1], rows[r]))
                {
                    sets.Union((r * columnCount) + c, (r * columnCount) + c + 1);
                }
                if (r + 1 < rowCount && !Covered(horizontal, rows[r + 1], columns[c], columns[c + 1]))
                {
                    sets.Union((r * columnCount) + c, ((r + 1) * columnCount) + c);
                }
            }
        }

        var cells = new List<GridCell>();
        foreach (var region in Enumerable.Range(0, rowCount * columnCount).GroupBy(sets.Find))
        {
            var r0 = region.Min(i => i / columnCount);
            var r1 = region.Max(i => i / columnCount);
            var c0 = region.Min(i => i % columnCount);
            var c1 = region.Max(i => i % columnCount);
            cells.Add(new GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, new Box(columns[c0], rows[r1 + 1], columns[c1 + 1], rows[r0])));
        }
        cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        return new TableGrid(new Box(columns[0], rows[^1], columns[^1], rows[0]), columns, rows, cells);
    }

    private bool Covered(List<RulingSegment> lines, double position, double from, double to)
    {
        var length = to - from;
        if (length <= 0) return true;
        var covered = 0.0;
        foreach (var line in lines)
        {
            if (Math.Abs(line.Position - position) > _options.SnapTolerance + 0.5) continue;
            covered += Math.Max(0, Math.Min(to, line.End) - Math.Max(from, line.Start));
        }
        return covered >= _options.BorderCoverage * length;
    }

    private List<double> Edges(IEnumerable<double> positions, bool ascending)
    {
        var sorted = positions.Order().ToList();
        var edges = new List<double>();
        var clusterStart = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i == sorted.Count || sorted[i] - sorted[i - 1] > _options.MinCellSize)
            {
                edges.Add(sorted.Skip(clusterStart).Take(i - clusterStart).Average());
                clusterStart = i;
            }
        }
        if (!ascending) edges.Reverse();
        return edges;
    }

    private List<RulingSegment> Merge(IEnumerable<RulingSegment> segments)
    {
        var sorted = segments.OrderBy(s => s.Position).ToList();
        var result = new List<RulingSegment>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i + 1;
            while (j < sorted.Count && sorted[j].Position - sorted[j - 1].Position <= _options.SnapTolerance) j++;
            var cluster = sorted.GetRange(i, j - i);
            var position = cluster.Average(s => s.Position);
            cluster.Sort((a, b) => a.Start.CompareTo(b.Start));
            var start = cluster[0].Start;
            var end = cluster[0].End;
            foreach (var s in cluster.Skip(1))
            {
                if (s.Start <= end + _options.JoinTolerance)
                {
                    end = Math.Max(end, s.End);
                }
                else
                {
                    result.Add(new RulingSegment(cluster[0].IsHorizontal, position, start, end));
                    start = s.Start;
                    end = s.End;
                }
            }
            result.Add(new RulingSegment(cluster[0].IsHorizontal, position, start, end));
            i = j;
        }
        return result;
    }

    private sealed class DisjointSets
    {
        private readonly int[] _parent;

        public DisjointSets(int count)
        {
            _parent = new int[count];
            for (var i = 0; i < count; i++) _parent[i] = i;
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }
            return i;
        }

        public void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
