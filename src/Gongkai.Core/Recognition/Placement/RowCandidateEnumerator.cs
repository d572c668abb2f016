namespace Gongkai.Core.Recognition.Placement;

/// <summary>
/// Enumerates the order-preserving placements of one row's numbers over the columns (C(m, n) of them), by depth-first
/// search in leftmost-filling order, pruned by branch and bound on the number of violated row identities: an identity
/// is checked as soon as the search has passed its rightmost column.
/// </summary>
internal sealed class RowCandidateEnumerator
{
    private readonly int _columnCount;
    private readonly CompiledIdentity[] _identities;
    private readonly int[] _maxColumns;
    private readonly int[][] _coefficients;
    private readonly long[] _base;
    private readonly bool[] _priorBlank;
    private readonly long[] _numbers;
    private readonly long _tolerance;
    private readonly int _maxCandidates;
    private readonly int _maxSteps;

    private readonly long[] _values;
    private readonly int[] _positions;
    // Placements found at the best violation count so far, flat (n positions each), materialised only at the end so
    // that placements superseded by better ones cost no allocation.
    private readonly List<int> _foundPositions = [];
    private readonly List<int> _foundPriors = [];
    private int _best = int.MaxValue;
    private int _steps;
    private bool _truncated;
    private bool _stopped;

    private RowCandidateEnumerator(long[] numbers, int columnCount, IReadOnlyList<CompiledIdentity> identities,
        bool[] priorBlank, long tolerance, ColumnPlacementOptions options)
    {
        _numbers = numbers;
        _columnCount = columnCount;
        _priorBlank = priorBlank;
        _tolerance = tolerance;
        _maxCandidates = Math.Max(1, options.MaxCandidatesPerRow);
        _maxSteps = Math.Max(1, options.MaxEnumerationStepsPerRow);
        _identities = [.. identities];
        _maxColumns = [.. identities.Select(i => i.MaxColumn)];
        // +1 where a value counts for the identity's target, -1 where it counts as an addend.
        _coefficients = new int[_identities.Length][];
        for (var i = 0; i < _identities.Length; i++)
        {
            _coefficients[i] = new int[columnCount];
            _coefficients[i][_identities[i].Target] = 1;
            foreach (var a in _identities[i].Addends) _coefficients[i][a] = -1;
        }
        _base = new long[_identities.Length];
        _values = new long[columnCount];
        _positions = new int[numbers.Length];
    }

    /// <summary>
    /// The best-fitting placements of <paramref name="numbers"/> (at most <paramref name="columnCount"/> of them;
    /// the caller trims extra numbers first), given as scaled whole numbers. Row identities hold within
    /// <paramref name="tolerance"/> scaled units (one unit of the row's last printed digit).
    /// </summary>
    public static RowCandidateSet Enumerate(long[] numbers, int columnCount, IReadOnlyList<CompiledIdentity> identities,
        bool[] priorBlank, long tolerance, ColumnPlacementOptions options)
    {
        var walker = new RowCandidateEnumerator(numbers, columnCount, identities, priorBlank, tolerance, options);
        walker.Walk(0, 0, 0, 0);
        return walker.Result();
    }

    private void Walk(int index, int nextColumn, int violations, int priorViolations)
    {
        if (_stopped) return;
        if (++_steps > _maxSteps)
        {
            _truncated = true;
            _stopped = true;
            return;
        }
        if (violations > _best) return;

        if (index == _numbers.Length)
        {
            Record(violations + ViolatedBetween(nextColumn, _columnCount - 1), priorViolations);
            return;
        }

        var remaining = _numbers.Length - index;
        var number = _numbers[index];
        if (remaining == 1)
        {
            PlaceLast(index, nextColumn, violations, priorViolations, number);
            return;
        }
        for (var column = nextColumn; column <= _columnCount - remaining; column++)
        {
            _values[column] = number;
            _positions[index] = column;
            var v = violations + ViolatedBetween(nextColumn, column);
            var p = priorViolations + (_priorBlank[column] && number != 0 ? 1 : 0);
            Walk(index + 1, column + 1, v, p);
            _values[column] = 0;
            if (_stopped) return;
        }
    }

    /// <summary>
    /// The last number: every column left gives a complete placement, whose identities (those not yet checked) differ
    /// from the placement without it only by ± the number, so each is checked in constant time.
    /// </summary>
    private void PlaceLast(int index, int nextColumn, int violations, int priorViolations, long number)
    {
        for (var i = 0; i < _identities.Length; i++)
        {
            _base[i] = _maxColumns[i] >= nextColumn ? _identities[i].Difference(_values) : 0;
        }
        for (var column = nextColumn; column < _columnCount; column++)
        {
            if (++_steps > _maxSteps)
            {
                _truncated = true;
                _stopped = true;
                return;
            }
            var v = violations;
            for (var i = 0; i < _identities.Length; i++)
            {
                if (_maxColumns[i] < nextColumn) continue;
                var difference = _base[i] + (_coefficients[i][column] * number);
                if (difference < -_tolerance || difference > _tolerance) v++;
            }
            if (v > _best) continue;
            _values[column] = number;
            _positions[index] = column;
            Record(v, priorViolations + (_priorBlank[column] && number != 0 ? 1 : 0));
            _values[column] = 0;
        }
    }

    /// <summary>Row identities whose rightmost column lies in [from, to] that the current partial placement violates.</summary>
    private int ViolatedBetween(int from, int to)
    {
        var count = 0;
        for (var i = 0; i < _identities.Length; i++)
        {
            var max = _maxColumns[i];
            if (max >= from && max <= to && !_identities[i].Holds(_values, _tolerance)) count++;
        }
        return count;
    }

    private void Record(int violations, int priorViolations)
    {
        if (violations > _best) return;
        if (violations < _best)
        {
            _best = violations;
            _foundPositions.Clear();
            _foundPriors.Clear();
            _truncated = _stopped;
        }
        if (_foundPriors.Count >= _maxCandidates)
        {
            _truncated = true;
            return;
        }
        _foundPositions.AddRange(_positions);
        _foundPriors.Add(priorViolations);
    }

    private RowCandidateSet Result()
    {
        // Placements that give every column the same value are the same reading of the row (e.g. a printed 0.00
        // that could stand in either of two columns): keep the first of each.
        var n = _numbers.Length;
        var distinct = new List<PlacementCandidate>(_foundPriors.Count);
        var seen = new HashSet<long[]>(ValueVectorComparer.Instance);
        for (var k = 0; k < _foundPriors.Count; k++)
        {
            var positions = new int[n];
            var values = new long[_columnCount];
            for (var i = 0; i < n; i++)
            {
                positions[i] = _foundPositions[(k * n) + i];
                values[positions[i]] = _numbers[i];
            }
            if (seen.Add(values)) distinct.Add(new PlacementCandidate(positions, values, _foundPriors[k]));
        }
        if (distinct.Count == 0)
        {
            // Only reachable when the step budget ran out before any complete placement: fall back to leftmost filling.
            var positions = new int[_numbers.Length];
            var values = new long[_columnCount];
            for (var i = 0; i < _numbers.Length; i++)
            {
                positions[i] = i;
                values[i] = _numbers[i];
            }
            distinct.Add(new PlacementCandidate(positions, values, 0));
            _best = _identities.Count(identity => !identity.Holds(values, _tolerance));
        }

        var minPrior = distinct.Min(c => c.PriorViolations);
        return new RowCandidateSet
        {
            Fitting = distinct,
            Preferred = distinct.Where(c => c.PriorViolations == minPrior).ToArray(),
            IdentityViolations = _best,
            Truncated = _truncated,
        };
    }

    private sealed class ValueVectorComparer : IEqualityComparer<long[]>
    {
        public static readonly ValueVectorComparer Instance = new();

        public bool Equals(long[]? x, long[]? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is null || y is null || x.Length != y.Length) return false;
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i]) return false;
            }
            return true;
        }

        public int GetHashCode(long[] obj)
        {
            var hash = new HashCode();
            foreach (var v in obj) hash.Add(v);
            return hash.ToHashCode();
        }
    }
}
