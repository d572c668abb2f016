using Gongkai.Core.Tables;

namespace Gongkai.Core.Recognition.Placement;

/// <summary>
/// The classification hierarchy between the rows of a placement problem, as vertical sum relations.
/// </summary>
/// <remarks>
/// Coded rows (类 3 digits, 款 5, 项 7; function or economic codes) hang under the row with the longest code that is a
/// proper prefix of theirs, within the same unit (rows after a <see cref="RowKind.UnitSubtotal"/> belong to it).
/// Top-level coded rows sum to the 合计 row. Unit subtotal rows are left out of those sums: with one unit they are
/// copies of the 合计; with several units each equals the sum of its own top-level rows.
/// A parent is related not only to its children but to every deeper "frontier" of its subtree (a 类 to its 项, the
/// 合计 to all 款 and to all 项), so that one misprinted intermediate row does not mislead the placement of the rows
/// beneath it.
/// </remarks>
internal sealed class PlacementHierarchy
{
    private PlacementHierarchy(IReadOnlyList<SumRelation> relations, IReadOnlyList<int[]> families)
    {
        Relations = relations;
        Families = families;
    }

    /// <summary>All vertical relations.</summary>
    public IReadOnlyList<SumRelation> Relations { get; }

    /// <summary>Families to search jointly: a parent row first, then its direct children.</summary>
    public IReadOnlyList<int[]> Families { get; }

    /// <param name="rows">The problem's rows.</param>
    /// <param name="rowDecimals">Most decimals printed on each row (sets each relation's tolerance).</param>
    /// <param name="scaleDecimals">The decimals of the scaled units the search sums in.</param>
    public static PlacementHierarchy Build(IReadOnlyList<PlacementRow> rows, IReadOnlyList<int> rowDecimals, int scaleDecimals)
    {
        var n = rows.Count;
        var codes = new string?[n];
        var segment = new int[n];
        var unitOrdinal = 0;
        for (var r = 0; r < n; r++)
        {
            if (rows[r].Kind == RowKind.UnitSubtotal) unitOrdinal++;
            segment[r] = unitOrdinal;
            codes[r] = HierarchyCode(rows[r]);
        }

        // Parent of each coded row: the longest proper-prefix code in the same segment.
        var parent = new int[n];
        var children = new List<int>[n];
        for (var r = 0; r < n; r++)
        {
            parent[r] = -1;
            children[r] = [];
        }
        // Rows by (segment, code), in row order, to find parents by prefix lookups.
        var rowsByCode = new Dictionary<(int Segment, string Code), List<int>>();
        for (var r = 0; r < n; r++)
        {
            if (codes[r] is not { } code) continue;
            if (!rowsByCode.TryGetValue((segment[r], code), out var list)) rowsByCode[(segment[r], code)] = list = [];
            list.Add(r);
        }
        for (var r = 0; r < n; r++)
        {
            if (codes[r] is not { } code) continue;
            for (var length = code.Length - 1; length >= 3; length--)
            {
                if (!rowsByCode.TryGetValue((segment[r], code[..length]), out var candidates)) continue;
                // Among rows with the same code, the nearest preceding one, else the first following.
                var best = -1;
                foreach (var q in candidates)
                {
                    if (q < r) best = q;
                }
                if (best < 0) best = candidates[0];
                parent[r] = best;
                children[best].Add(r);
                break;
            }
        }

        var topLevelBySegment = new Dictionary<int, List<int>>();
        var allTopLevel = new List<int>();
        for (var r = 0; r < n; r++)
        {
            if (codes[r] is null || parent[r] >= 0) continue;
            allTopLevel.Add(r);
            if (!topLevelBySegment.TryGetValue(segment[r], out var list)) topLevelBySegment[segment[r]] = list = [];
            list.Add(r);
        }

        var totals = Enumerable.Range(0, n).Where(r => rows[r].Kind == RowKind.Total).ToList();
        var units = Enumerable.Range(0, n).Where(r => rows[r].Kind == RowKind.UnitSubtotal).ToList();
        var populatedUnits = units.Where(u => topLevelBySegment.ContainsKey(segment[u])).ToList();

        var relations = new List<SumRelation>();
        var families = new List<int[]>();

        SumRelation Relation(int target, IEnumerable<int> addends)
        {
            var list = addends.ToArray();
            var decimals = rowDecimals[target];
            foreach (var a in list) decimals = Math.Max(decimals, rowDecimals[a]);
            // One unit of the finest printed digit involved, in scaled units (at least 1: exact equality).
            var tolerance = decimals >= scaleDecimals ? 1L : Pow10(scaleDecimals - decimals);
            return new SumRelation(target, list, tolerance);
        }

        void AddSubtree(int target, List<int> directChildren)
        {
            if (directChildren.Count == 0) return;
            families.Add([target, .. directChildren]);
            var frontier = directChildren;
            while (true)
            {
                relations.Add(Relation(target, frontier));
                var expanded = new List<int>(frontier.Count);
                var grew = false;
                foreach (var f in frontier)
                {
                    if (children[f].Count > 0)
                    {
                        expanded.AddRange(children[f]);
                        grew = true;
                    }
                    else
                    {
                        expanded.Add(f);
                    }
                }
                if (!grew) break;
                frontier = expanded;
            }
        }

        if (populatedUnits.Count <= 1)
        {
            int? root = totals.Count > 0 ? totals[0] : populatedUnits.Count == 1 ? populatedUnits[0] : null;
            if (root is int rt)
            {
                AddSubtree(rt, allTopLevel);
                foreach (var copy in totals.Concat(units).Where(x => x != rt).OrderBy(x => x))
                {
                    relations.Add(Relation(copy, [rt]));
                    families.Add([rt, copy]);
                }
            }
        }
        else
        {
            foreach (var u in populatedUnits) AddSubtree(u, topLevelBySegment[segment[u]]);
            if (totals.Count > 0)
            {
                AddSubtree(totals[0], allTopLevel);
                foreach (var copy in totals.Skip(1))
                {
                    relations.Add(Relation(copy, [totals[0]]));
                    families.Add([totals[0], copy]);
                }
            }
        }

        for (var r = 0; r < n; r++)
        {
            if (codes[r] is not null) AddSubtree(r, children[r]);
        }

        return new PlacementHierarchy(relations, families);
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }

    /// <summary>The row's classification code when it takes part in the hierarchy (digits only, at least 3), or null.</summary>
    private static string? HierarchyCode(PlacementRow row)
    {
        if (row.Kind is not (RowKind.Class or RowKind.Section or RowKind.Item) || row.Code is null) return null;
        var code = string.Concat(row.Code.Where(ch => !char.IsWhiteSpace(ch)));
        if (code.Length < 3) return null;
        foreach (var ch in code)
        {
            if (ch is < '0' or > '9') return null;
        }
        return code;
    }
}
