namespace Gongkai.Core.Recognition.Placement;

/// <summary>
/// The joint choice of one placement per row that satisfies the most vertical relations (per column), by row-by-row
/// descent plus exhaustive (or pairwise) search of each family, repeated to a fixed point. Deterministic: rows and
/// candidates are visited in a fixed order and a choice changes only on a strict improvement.
/// </summary>
internal sealed class PlacementSearch
{
    private readonly PlacementCandidate[][] _candidates;
    private readonly int[] _choice;
    private readonly SumRelation[] _relations;
    private readonly int[][] _relationsOfRow;
    private readonly long[][] _sums;
    private readonly bool[][] _satisfied;
    private readonly IReadOnlyList<int[]> _families;
    private readonly ColumnPlacementOptions _options;
    private readonly int _columnCount;
    private readonly Dictionary<ulong, int>[] _indexOfMask;
    private readonly ulong[][] _masks;
    private readonly int[][] _scopes;
    private readonly int[][] _neighbors;
    private int _score;
    private int _moves;

    /// <param name="candidates">Each row's candidates (at least one each).</param>
    /// <param name="columnCount">Number of value columns.</param>
    /// <param name="columnRoles">Columns with equal roles take part in the same row identities the same way (only
    /// those can be exchanged by a column shift without breaking row identities).</param>
    /// <param name="hierarchy">The vertical relations.</param>
    /// <param name="options">Search limits.</param>
    public PlacementSearch(PlacementCandidate[][] candidates, int columnCount, int[] columnRoles, PlacementHierarchy hierarchy,
        ColumnPlacementOptions options)
    {
        _candidates = candidates;
        _columnCount = columnCount;
        _options = options;
        _choice = new int[candidates.Length];
        _relations = [.. hierarchy.Relations];
        _families = hierarchy.Families;

        var ofRow = new List<int>[candidates.Length];
        for (var r = 0; r < ofRow.Length; r++) ofRow[r] = [];
        for (var i = 0; i < _relations.Length; i++)
        {
            ofRow[_relations[i].Target].Add(i);
            foreach (var a in _relations[i].Addends) ofRow[a].Add(i);
        }
        _relationsOfRow = [.. ofRow.Select(l => l.ToArray())];

        // A placement is determined by the set of columns it fills: index candidates by that set, for column shifts.
        _masks = new ulong[candidates.Length][];
        _indexOfMask = new Dictionary<ulong, int>[candidates.Length];
        for (var r = 0; r < candidates.Length; r++)
        {
            _masks[r] = new ulong[candidates[r].Length];
            _indexOfMask[r] = [];
            for (var k = 0; k < candidates[r].Length; k++)
            {
                ulong mask = 0;
                foreach (var c in candidates[r][k].ColumnOfNumber)
                {
                    if (c is >= 0 and < 64) mask |= 1UL << c;
                }
                _masks[r][k] = mask;
                _indexOfMask[r].TryAdd(mask, k);
            }
        }
        _scopes = BuildScopes(candidates.Length, hierarchy.Families);
        var neighbors = new HashSet<int>[candidates.Length];
        for (var r = 0; r < neighbors.Length; r++) neighbors[r] = [];
        foreach (var family in hierarchy.Families)
        {
            foreach (var member in family.Skip(1))
            {
                neighbors[family[0]].Add(member);
                neighbors[member].Add(family[0]);
            }
        }
        _neighbors = [.. neighbors.Select(n => n.Order().ToArray())];

        _columnMaps = new Lazy<List<int[]>>(() => BuildColumnMaps(columnRoles), LazyThreadSafetyMode.None);

        _sums = new long[_relations.Length][];
        _satisfied = new bool[_relations.Length][];
        for (var i = 0; i < _relations.Length; i++)
        {
            _sums[i] = new long[columnCount];
            _satisfied[i] = new bool[columnCount];
            foreach (var a in _relations[i].Addends)
            {
                var values = Values(a);
                for (var c = 0; c < columnCount; c++) _sums[i][c] += values[c];
            }
            var target = Values(_relations[i].Target);
            for (var c = 0; c < columnCount; c++)
            {
                _satisfied[i][c] = Math.Abs(target[c] - _sums[i][c]) <= _relations[i].Tolerance;
                if (_satisfied[i][c]) _score++;
            }
        }
    }

    /// <summary>Index of the chosen candidate of each row (into the row's candidate array).</summary>
    public IReadOnlyList<int> Choice => _choice;

    /// <summary>Satisfied (relation, column) pairs of the current choice.</summary>
    public int Score => _score;

    private bool OutOfMoves => _moves >= _options.MaxMoves;

    private long[] Values(int row) => _candidates[row][_choice[row]].Scaled;

    private bool IsVariable(int row) => _candidates[row].Length > 1;

    /// <summary>
    /// Moves to a fixed point of row-by-row descent, family search and column shifts. The first round looks at every
    /// row, family and scope; later rounds only at those touching (or next to) a row whose choice changed.
    /// </summary>
    public void Optimize()
    {
        var dirty = new bool[_candidates.Length];
        Array.Fill(dirty, true);
        for (var round = 0; round < _options.MaxRounds && !OutOfMoves; round++)
        {
            var before = (int[])_choice.Clone();
            Descend(dirty);
            foreach (var family in _families)
            {
                if (OutOfMoves) break;
                if (family.Any(m => dirty[m])) SearchFamily(family);
            }
            ShiftColumns(null, dirty);
            var changed = Enumerable.Range(0, _choice.Length).Where(r => _choice[r] != before[r]).ToList();
            if (changed.Count == 0) break;
            dirty = Expand(changed);
        }
    }

    /// <summary>The given rows and their parents and children.</summary>
    private bool[] Expand(IEnumerable<int> rows)
    {
        var result = new bool[_candidates.Length];
        foreach (var r in rows)
        {
            result[r] = true;
            foreach (var x in _neighbors[r]) result[x] = true;
        }
        return result;
    }

    /// <summary>
    /// For each row, the other candidates that belong to some choice as good as the current one (changing that row
    /// alone, or together with members of one of its families).
    /// </summary>
    public SortedSet<int>[] EquallyGoodAlternatives()
    {
        var alternatives = new SortedSet<int>[_candidates.Length];
        for (var r = 0; r < alternatives.Length; r++) alternatives[r] = [];
        var baseline = _score;

        for (var r = 0; r < _candidates.Length; r++)
        {
            if (!IsVariable(r)) continue;
            var original = _choice[r];
            for (var k = 0; k < _candidates[r].Length; k++)
            {
                if (k == original) continue;
                Move(r, k);
                if (_score >= baseline) alternatives[r].Add(k);
            }
            Move(r, original);
        }

        foreach (var family in _families)
        {
            var members = family.Where(IsVariable).Distinct().ToArray();
            if (members.Length < 2) continue;
            if (Product(members) <= _options.MaxFamilyCombinations)
            {
                CollectTies(members, baseline, alternatives);
            }
            else
            {
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        int[] pair = [members[i], members[j]];
                        if (Product(pair) <= _options.MaxFamilyCombinations) CollectTies(pair, baseline, alternatives);
                    }
                }
            }
        }

        ShiftColumns(alternatives);

        for (var r = 0; r < alternatives.Length; r++) alternatives[r].Remove(_choice[r]);
        return alternatives;
    }

    /// <summary>
    /// Column shifts: within a scope (the whole table, or one subtree), every row moves its numbers by the same
    /// order-preserving relabelling of columns (one column to another across blank ones, or a block of adjacent columns
    /// one step left or right), where that placement is among its candidates. This is how a whole table can be read one
    /// column off (一般公共预算 vs 上级转移支付, both addends of 小计) without any single row or family noticing.
    /// With <paramref name="alternatives"/> null, keeps strict improvements; otherwise records shifts as good as the
    /// current choice.
    /// </summary>
    private bool ShiftColumns(SortedSet<int>[]? alternatives, bool[]? dirty = null)
    {
        if (_columnCount > 64) return false;
        var improved = false;
        var moved = new List<(int Row, int From)>();
        foreach (var scope in _scopes)
        {
            if (dirty is not null && !scope.Any(r => dirty[r])) continue;
            foreach (var map in _columnMaps.Value)
            {
                if (OutOfMoves) return improved;
                var baseline = _score;
                moved.Clear();
                foreach (var r in scope)
                {
                    if (_candidates[r].Length < 2) continue;
                    if (!TryMap(r, map, out var k)) continue;
                    moved.Add((r, _choice[r]));
                    Move(r, k);
                }
                if (moved.Count == 0) continue;
                if (alternatives is null && _score > baseline)
                {
                    improved = true;
                    continue;
                }
                if (alternatives is not null && _score >= baseline)
                {
                    foreach (var (r, _) in moved) alternatives[r].Add(_choice[r]);
                }
                for (var x = moved.Count - 1; x >= 0; x--) Move(moved[x].Row, moved[x].From);
            }
        }
        return improved;
    }

    /// <summary>The candidate of <paramref name="row"/> that is its current placement relabelled by <paramref name="map"/>.</summary>
    private bool TryMap(int row, int[] map, out int index)
    {
        index = -1;
        var columns = _candidates[row][_choice[row]].ColumnOfNumber;
        ulong mask = 0;
        var previous = -1;
        var changed = false;
        foreach (var c in columns)
        {
            if (c < 0) continue;
            var to = map[c];
            if (to <= previous) return false;
            if (to != c) changed = true;
            previous = to;
            mask |= 1UL << to;
        }
        return changed && _indexOfMask[row].TryGetValue(mask, out index);
    }

    /// <summary>Single-column moves (i → j) and one-step block shifts ([a..b] → [a±1..b±1]) between columns of equal role.</summary>
    private readonly Lazy<List<int[]>> _columnMaps;

    private static List<int[]> BuildColumnMaps(int[] roles)
    {
        var m = roles.Length;
        var maps = new List<int[]>();
        int[] Identity() => [.. Enumerable.Range(0, m)];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (i == j || roles[i] != roles[j]) continue;
                var map = Identity();
                map[i] = j;
                maps.Add(map);
            }
        }
        for (var a = 0; a < m; a++)
        {
            for (var b = a + 1; b < m; b++)
            {
                if (roles[b] != roles[a]) break;
                if (b + 1 < m && roles[b + 1] == roles[a])
                {
                    var right = Identity();
                    for (var c = a; c <= b; c++) right[c] = c + 1;
                    maps.Add(right);
                }
                if (a > 0 && roles[a - 1] == roles[a])
                {
                    var left = Identity();
                    for (var c = a; c <= b; c++) left[c] = c - 1;
                    maps.Add(left);
                }
            }
        }
        return maps;
    }

    /// <summary>
    /// The whole table, then the subtree of each row whose children have children of their own (a 类 with 项, the
    /// 合计). Shallower families are covered by the exhaustive family search.
    /// </summary>
    private static int[][] BuildScopes(int rowCount, IReadOnlyList<int[]> families)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var family in families)
        {
            if (!children.TryGetValue(family[0], out var list)) children[family[0]] = list = [];
            list.AddRange(family.Skip(1));
        }
        var scopes = new List<int[]> { Enumerable.Range(0, rowCount).ToArray() };
        foreach (var root in children.Keys.Order())
        {
            if (!children[root].Any(children.ContainsKey)) continue;
            var subtree = new SortedSet<int>();
            var stack = new Stack<int>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var x = stack.Pop();
                if (!subtree.Add(x)) continue;
                if (children.TryGetValue(x, out var kids)) foreach (var k in kids) stack.Push(k);
            }
            if (subtree.Count > 1 && subtree.Count < rowCount) scopes.Add([.. subtree]);
        }
        return [.. scopes];
    }

    private void Descend(bool[] dirty)
    {
        var look = dirty;
        for (var sweep = 0; sweep < 64 && !OutOfMoves; sweep++)
        {
            var changed = new List<int>();
            for (var r = 0; r < _candidates.Length; r++)
            {
                if (!look[r] || !IsVariable(r) || _relationsOfRow[r].Length == 0) continue;
                var original = _choice[r];
                var bestScore = _score;
                var best = original;
                for (var k = 0; k < _candidates[r].Length; k++)
                {
                    if (k == original) continue;
                    Move(r, k);
                    if (_score > bestScore)
                    {
                        bestScore = _score;
                        best = k;
                    }
                }
                Move(r, best);
                if (best != original) changed.Add(r);
            }
            if (changed.Count == 0) break;
            look = Expand(changed);
        }
    }

    /// <summary>Tries every joint choice of a family's variable rows (or every pair, if too many); keeps a strictly better one.</summary>
    private bool SearchFamily(int[] family)
    {
        var members = family.Where(IsVariable).Distinct().ToArray();
        if (members.Length < 2) return false;
        if (Product(members) <= _options.MaxFamilyCombinations) return Improve(members);

        var improved = false;
        for (var i = 0; i < members.Length; i++)
        {
            for (var j = i + 1; j < members.Length; j++)
            {
                int[] pair = [members[i], members[j]];
                if (Product(pair) <= _options.MaxFamilyCombinations && Improve(pair)) improved = true;
                if (OutOfMoves) return improved;
            }
        }
        return improved;
    }

    private bool Improve(int[] members)
    {
        var original = members.Select(m => _choice[m]).ToArray();
        var bestScore = _score;
        int[]? best = null;
        Enumerate(members, 0, () =>
        {
            if (_score > bestScore)
            {
                bestScore = _score;
                best = members.Select(m => _choice[m]).ToArray();
            }
        });
        var chosen = best ?? original;
        for (var i = 0; i < members.Length; i++) Move(members[i], chosen[i]);
        return best is not null;
    }

    private void CollectTies(int[] members, int baseline, SortedSet<int>[] alternatives)
    {
        var original = members.Select(m => _choice[m]).ToArray();
        Enumerate(members, 0, () =>
        {
            if (_score < baseline) return;
            foreach (var m in members) alternatives[m].Add(_choice[m]);
        });
        for (var i = 0; i < members.Length; i++) Move(members[i], original[i]);
    }

    private void Enumerate(int[] members, int depth, Action atLeaf)
    {
        if (depth == members.Length)
        {
            atLeaf();
            return;
        }
        var row = members[depth];
        for (var k = 0; k < _candidates[row].Length; k++)
        {
            if (OutOfMoves) return;
            Move(row, k);
            Enumerate(members, depth + 1, atLeaf);
        }
    }

    private long Product(int[] members)
    {
        long product = 1;
        foreach (var m in members)
        {
            product *= _candidates[m].Length;
            if (product > _options.MaxFamilyCombinations) return product;
        }
        return product;
    }

    /// <summary>Switches <paramref name="row"/> to candidate <paramref name="index"/>, updating sums and the score.</summary>
    private void Move(int row, int index)
    {
        var previous = _choice[row];
        if (previous == index) return;
        _moves++;
        var oldCandidate = _candidates[row][previous];
        var newCandidate = _candidates[row][index];
        _choice[row] = index;
        // Only columns where either placement has a value can change.
        foreach (var c in oldCandidate.NonZero) Update(row, c, oldCandidate.Scaled[c], newCandidate.Scaled[c]);
        foreach (var c in newCandidate.NonZero)
        {
            if (oldCandidate.Scaled[c] == 0) Update(row, c, 0, newCandidate.Scaled[c]);
        }
    }

    private void Update(int row, int column, long oldValue, long newValue)
    {
        if (oldValue == newValue) return;
        foreach (var ri in _relationsOfRow[row])
        {
            var relation = _relations[ri];
            var sums = _sums[ri];
            long target;
            if (relation.Target == row)
            {
                target = newValue;
            }
            else
            {
                sums[column] += newValue - oldValue;
                target = Values(relation.Target)[column];
            }
            var difference = target - sums[column];
            var now = difference >= -relation.Tolerance && difference <= relation.Tolerance;
            var satisfied = _satisfied[ri];
            if (now == satisfied[column]) continue;
            satisfied[column] = now;
            _score += now ? 1 : -1;
        }
    }
}
