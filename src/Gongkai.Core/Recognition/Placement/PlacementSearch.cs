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
    private readonly decimal[][] _sums;
    private readonly bool[][] _satisfied;
    private readonly IReadOnlyList<int[]> _families;
    private readonly ColumnPlacementOptions _options;
    private readonly int _columnCount;
    private readonly Dictionary<ulong, int>[] _indexOfMask;
    private readonly ulong[][] _masks;
    private readonly int[][] _scopes;
    private int _score;
    private int _moves;

    public PlacementSearch(PlacementCandidate[][] candidates, int columnCount, PlacementHierarchy hierarchy,
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

        _sums = new decimal[_relations.Length][];
        _satisfied = new bool[_relations.Length][];
        for (var i = 0; i < _relations.Length; i++)
        {
            _sums[i] = new decimal[columnCount];
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

    private decimal[] Values(int row) => _candidates[row][_choice[row]].Values;

    private bool IsVariable(int row) => _candidates[row].Length > 1;

    /// <summary>Moves to a fixed point of row-by-row descent and family search.</summary>
    public void Optimize()
    {
        for (var round = 0; round < _options.MaxRounds && !OutOfMoves; round++)
        {
            Descend();
            var improved = false;
            foreach (var family in _families)
            {
                if (OutOfMoves) break;
                if (SearchFamily(family)) improved = true;
            }
            if (ShiftColumns(null)) improved = true;
            if (!improved) break;
        }
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
    /// Column shifts: within a scope (the whole table, or one subtree), every row whose number stands in column i moves
    /// it to column j (when that placement is among its candidates). This is how a whole table can be read one column
    /// off (一般公共预算 vs 上级转移支付, both addends of 小计) without any single row or family noticing.
    /// With <paramref name="alternatives"/> null, keeps the first strict improvement per scope; otherwise records
    /// shifts that are as good as the current choice.
    /// </summary>
    private bool ShiftColumns(SortedSet<int>[]? alternatives)
    {
        if (_columnCount > 64) return false;
        var improved = false;
        var moved = new List<(int Row, int From)>();
        foreach (var scope in _scopes)
        {
            for (var i = 0; i < _columnCount; i++)
            {
                for (var j = 0; j < _columnCount; j++)
                {
                    if (i == j || OutOfMoves) continue;
                    var baseline = _score;
                    moved.Clear();
                    foreach (var r in scope)
                    {
                        if (_candidates[r].Length < 2) continue;
                        var mask = _masks[r][_choice[r]];
                        if ((mask & (1UL << i)) == 0) continue;
                        var lo = Math.Min(i, j);
                        var hi = Math.Max(i, j);
                        var between = ((hi == 63 ? ulong.MaxValue : (1UL << (hi + 1)) - 1) & ~((1UL << lo) - 1)) & ~(1UL << i);
                        if ((mask & between) != 0) continue;
                        if (!_indexOfMask[r].TryGetValue((mask & ~(1UL << i)) | (1UL << j), out var k)) continue;
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
                    foreach (var (r, from) in moved) Move(r, from);
                }
            }
        }
        return improved;
    }

    /// <summary>The whole table, then each family's subtree (the parent and all its descendants).</summary>
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

    private void Descend()
    {
        var changed = true;
        for (var sweep = 0; changed && sweep < 64 && !OutOfMoves; sweep++)
        {
            changed = false;
            for (var r = 0; r < _candidates.Length; r++)
            {
                if (!IsVariable(r) || _relationsOfRow[r].Length == 0) continue;
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
                if (best != original) changed = true;
            }
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
        var oldValues = _candidates[row][previous].Values;
        var newValues = _candidates[row][index].Values;
        _choice[row] = index;
        foreach (var ri in _relationsOfRow[row])
        {
            var relation = _relations[ri];
            var sums = _sums[ri];
            var satisfied = _satisfied[ri];
            var isTarget = relation.Target == row;
            var target = isTarget ? newValues : Values(relation.Target);
            for (var c = 0; c < _columnCount; c++)
            {
                if (oldValues[c] == newValues[c]) continue;
                if (!isTarget) sums[c] += newValues[c] - oldValues[c];
                var now = Math.Abs(target[c] - sums[c]) <= relation.Tolerance;
                if (now == satisfied[c]) continue;
                satisfied[c] = now;
                _score += now ? 1 : -1;
            }
        }
    }
}
