using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;

namespace Monitor.Analysis.Neighbours;

/// <summary>
/// An exact nearest-neighbour index over int8 meaning vectors (<see cref="MeaningCodec"/>): a search
/// scores every filed statement, so nothing close is ever missed and the same filings give the same
/// answer whatever their order. Measured cheaper than an HNSW graph at the sizes an owner reaches: a
/// scan of 100,000 statements takes a few milliseconds of processor time, while building a graph of
/// that size takes minutes, which every activation would pay again (docs/contradiction-engine.md,
/// "Neighbours by meaning").
/// Codes live in 1 MiB blocks, so growing never copies the whole index. Not thread-safe for adding;
/// searches may run side by side with each other.
/// </summary>
public sealed class NeighbourIndex
{
    private const int BlockBytes = 1 << 20;

    // The scan touches only these arrays, one slot per statement or per vector; the statements'
    // names and documents are looked at only for the few that would make the answer.
    private readonly List<sbyte[]> _blocks = [];
    private readonly List<long> _saidTicks = [];
    private readonly List<int> _firstVector = [];
    private readonly List<double> _norms = [];
    private readonly List<(StatementRef Statement, string? DocumentId)> _names = [];
    private readonly Dictionary<StatementRef, int> _positions = [];
    private int _vectorsPerBlock;

    /// <summary>Dimensions of the vectors held; 0 until the first is added.</summary>
    public int Dimensions { get; private set; }

    public int Count => _names.Count;

    public bool Contains(StatementRef statement) => _positions.ContainsKey(statement);

    /// <summary>
    /// Adds a statement's vectors; false when the statement is already in, or the bytes are not vectors of
    /// this index's dimensions (a different model's vectors cannot be compared with these).
    /// </summary>
    public bool Add(StatementRef statement, string? documentId, DateTimeOffset saidAt, ReadOnlySpan<byte> vectors)
    {
        if (_positions.ContainsKey(statement) || !MeaningCodec.TryRead(vectors, out var dimensions, out var count)) return false;
        if (Dimensions == 0)
        {
            Dimensions = dimensions;
            _vectorsPerBlock = Math.Max(1, BlockBytes / dimensions);
        }
        else if (dimensions != Dimensions) return false;

        var codes = MeaningCodec.Codes(vectors);
        _positions[statement] = _names.Count;
        _names.Add((statement, documentId));
        _saidTicks.Add(saidAt.UtcTicks);
        _firstVector.Add(_norms.Count);
        for (var v = 0; v < count; v++)
        {
            var number = _norms.Count;
            if (number % _vectorsPerBlock == 0) _blocks.Add(new sbyte[_vectorsPerBlock * dimensions]);
            var slot = Vector(number);
            Sanitize(codes.Slice(v * dimensions, dimensions), slot);
            _norms.Add(Math.Sqrt(Dot(slot, slot)));
        }
        return true;
    }

    /// <summary>
    /// The filed statements nearest the query (see <see cref="NeighbourQuery"/>), best first; ties go by
    /// the order said (then voice and id), never by the order filed.
    /// </summary>
    public IReadOnlyList<NeighbourMatch> Search(NeighbourQuery query)
    {
        if (query.Count <= 0 || Dimensions == 0 || !MeaningCodec.TryRead(query.Vectors, out var dimensions, out var count) || dimensions != Dimensions) return [];
        var codes = new sbyte[count * dimensions];
        Sanitize(MeaningCodec.Codes(query.Vectors), codes);
        var queryNorms = new double[count];
        for (var q = 0; q < count; q++)
        {
            var one = codes.AsSpan(q * dimensions, dimensions);
            queryNorms[q] = Math.Sqrt(Dot(one, one));
        }
        var around = query.SaidAt.UtcTicks;
        var window = query.Window > TimeSpan.Zero ? query.Window.Ticks : long.MaxValue;

        // The best Count so far, worst first, so one comparison decides whether a statement gets in.
        var best = new List<NeighbourMatch>(query.Count + 1);
        var vectors = _norms.Count;
        for (var e = 0; e < _names.Count; e++)
        {
            var said = _saidTicks[e];
            if (Math.Abs(said - around) > window) continue;
            var first = _firstVector[e];
            var last = e + 1 < _firstVector.Count ? _firstVector[e + 1] : vectors;
            var cosine = double.NegativeInfinity;
            for (var v = first; v < last; v++)
            {
                var norm = _norms[v];
                if (norm == 0) continue;
                var stored = Vector(v);
                for (var q = 0; q < count; q++)
                {
                    if (queryNorms[q] == 0) continue;
                    cosine = Math.Max(cosine, Dot(codes.AsSpan(q * dimensions, dimensions), stored) / (queryNorms[q] * norm));
                }
            }
            if (cosine < query.MinCosine) continue;
            if (best.Count == query.Count && cosine < best[0].Cosine) continue;
            var (statement, documentId) = _names[e];
            if (statement == query.Statement) continue;
            // One document's statements are read together, never against each other (see PairDecider): a neighbour
            // there would only take the place of one that can be judged.
            if (query.DocumentId is not null && documentId == query.DocumentId) continue;
            var match = new NeighbourMatch(statement, new DateTimeOffset(said, TimeSpan.Zero), cosine);
            if (best.Count == query.Count && !Better(match, best[0])) continue;
            var at = best.BinarySearch(match, WorstFirst.Instance);
            best.Insert(at < 0 ? ~at : at, match);
            if (best.Count > query.Count) best.RemoveAt(0);
        }
        best.Reverse();
        return best;
    }

    private Span<sbyte> Vector(int number) =>
        _blocks[number / _vectorsPerBlock].AsSpan(number % _vectorsPerBlock * Dimensions, Dimensions);

    /// <summary>Codes come within ±127 from <see cref="MeaningCodec"/>; a stray -128 is read as -127 so no sum can saturate.</summary>
    private static void Sanitize(ReadOnlySpan<sbyte> from, Span<sbyte> to)
    {
        from.CopyTo(to);
        for (var i = 0; i < to.Length; i++)
            if (to[i] == sbyte.MinValue) to[i] = -127;
    }

    private static bool Better(NeighbourMatch a, NeighbourMatch b) => WorstFirst.Instance.Compare(a, b) > 0;

    /// <summary>The integer dot product of two code vectors (each code within ±127): exact, so the same on every machine.</summary>
    internal static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && a.Length >= 32)
        {
            var acc = Vector256<int>.Zero;
            var ones = Vector256.Create((short)1);
            for (; i + 32 <= a.Length; i += 32)
            {
                var va = Vector256.Create(a.Slice(i, 32));
                var vb = Vector256.Create(b.Slice(i, 32));
                // |a| times b with a's sign, summed in pairs: at most 2 × 127 × 127, so the 16-bit sums never saturate.
                var pairs = Avx2.MultiplyAddAdjacent(Avx2.Abs(va), Avx2.Sign(vb, va));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(pairs, ones));
            }
            sum = Vector256.Sum(acc);
        }
        else if (Vector128.IsHardwareAccelerated && a.Length >= 16)
        {
            var acc = Vector128<int>.Zero;
            for (; i + 16 <= a.Length; i += 16)
            {
                var (aLow, aHigh) = Vector128.Widen(Vector128.Create(a.Slice(i, 16)));
                var (bLow, bHigh) = Vector128.Widen(Vector128.Create(b.Slice(i, 16)));
                var (p0, p1) = Vector128.Widen(aLow * bLow);
                var (p2, p3) = Vector128.Widen(aHigh * bHigh);
                acc += p0 + p1 + p2 + p3;
            }
            sum = Vector128.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>Lower cosine first; at equal cosine the later said (then the greater voice and id) counts as worse.</summary>
    private sealed class WorstFirst : IComparer<NeighbourMatch>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(NeighbourMatch a, NeighbourMatch b)
        {
            var byCosine = a.Cosine.CompareTo(b.Cosine);
            if (byCosine != 0) return byCosine;
            var bySaid = b.SaidAt.UtcTicks.CompareTo(a.SaidAt.UtcTicks);
            if (bySaid != 0) return bySaid;
            var byVoice = string.CompareOrdinal(b.Statement.Voice, a.Statement.Voice);
            return byVoice != 0 ? byVoice : string.CompareOrdinal(b.Statement.Id, a.Statement.Id);
        }
    }
}

/// <summary>A statement found by meaning: which, when it was said, and its cosine to the query.</summary>
public readonly record struct NeighbourMatch(StatementRef Statement, DateTimeOffset SaidAt, double Cosine);
