using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;

namespace Monitor.Analysis.Neighbours;

/// <summary>
/// An exact nearest-neighbour index over int8 meaning vectors (<see cref="MeaningCodec"/>): a search
/// scores every filed statement, so nothing close is ever missed and the same filings give the same
/// answer whatever their order. Measured cheaper than an HNSW graph at the sizes an owner reaches: a
/// scan of 100,000 statements takes a few milliseconds, while building a graph of that size costs over
/// a minute, which every activation would pay again (docs/contradiction-engine.md, "Index keys").
/// Codes live in 1 MiB blocks, so growing never copies the whole index. Not thread-safe for adding;
/// searches may run side by side with each other.
/// </summary>
public sealed class NeighbourIndex
{
    private const int BlockBytes = 1 << 20;

    private readonly List<sbyte[]> _blocks = [];
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<StatementRef, int> _positions = [];
    private int _blockUsed = BlockBytes;

    /// <summary>Dimensions of the vectors held; 0 until the first is added.</summary>
    public int Dimensions { get; private set; }

    public int Count => _entries.Count;

    public bool Contains(StatementRef statement) => _positions.ContainsKey(statement);

    /// <summary>
    /// Adds a statement's vectors; false when the statement is already in, or the bytes are not vectors of
    /// this index's dimensions (a different model's vectors cannot be compared with these).
    /// </summary>
    public bool Add(StatementRef statement, string? documentId, DateTimeOffset saidAt, ReadOnlySpan<byte> vectors)
    {
        if (_positions.ContainsKey(statement) || !MeaningCodec.TryRead(vectors, out var dimensions, out var count)) return false;
        if (Dimensions == 0) Dimensions = dimensions;
        else if (dimensions != Dimensions) return false;

        var codes = MeaningCodec.Codes(vectors);
        if (_blockUsed + codes.Length > BlockBytes)
        {
            _blocks.Add(new sbyte[Math.Max(BlockBytes, codes.Length)]);
            _blockUsed = 0;
        }
        var block = _blocks[^1];
        codes.CopyTo(block.AsSpan(_blockUsed));
        var norms = new double[count];
        for (var v = 0; v < count; v++)
        {
            var one = block.AsSpan(_blockUsed + v * dimensions, dimensions);
            norms[v] = Math.Sqrt(Dot(one, one));
        }
        _positions[statement] = _entries.Count;
        _entries.Add(new Entry(statement, documentId, saidAt.UtcTicks, _blocks.Count - 1, _blockUsed, norms));
        _blockUsed += codes.Length;
        return true;
    }

    /// <summary>
    /// The filed statements nearest the query (see <see cref="NeighbourQuery"/>), best first; ties go by
    /// the order said (then voice and id), never by the order filed.
    /// </summary>
    public IReadOnlyList<NeighbourMatch> Search(NeighbourQuery query)
    {
        if (query.Count <= 0 || Dimensions == 0 || !MeaningCodec.TryRead(query.Vectors, out var dimensions, out var count) || dimensions != Dimensions) return [];
        var codes = MeaningCodec.Codes(query.Vectors);
        var queryNorms = new double[count];
        for (var q = 0; q < count; q++)
        {
            var one = codes.Slice(q * dimensions, dimensions);
            queryNorms[q] = Math.Sqrt(Dot(one, one));
        }
        var around = query.SaidAt.UtcTicks;
        var window = query.Window > TimeSpan.Zero ? query.Window.Ticks : long.MaxValue;

        // The best Count so far, worst first, so one comparison decides whether a statement gets in.
        var best = new List<NeighbourMatch>(query.Count + 1);
        foreach (var entry in _entries)
        {
            if (Math.Abs(entry.SaidAtTicks - around) > window) continue;
            if (entry.Statement == query.Statement) continue;
            // One voice's statements in one document are read together, never against each other.
            if (query.DocumentId is not null && entry.DocumentId == query.DocumentId && entry.Statement.Voice == query.Statement.Voice) continue;

            var block = _blocks[entry.Block];
            var cosine = double.NegativeInfinity;
            for (var v = 0; v < entry.Norms.Length; v++)
            {
                if (entry.Norms[v] == 0) continue;
                var stored = block.AsSpan(entry.Offset + v * dimensions, dimensions);
                for (var q = 0; q < count; q++)
                {
                    if (queryNorms[q] == 0) continue;
                    cosine = Math.Max(cosine, Dot(codes.Slice(q * dimensions, dimensions), stored) / (queryNorms[q] * entry.Norms[v]));
                }
            }
            if (cosine < query.MinCosine) continue;
            var match = new NeighbourMatch(entry.Statement, new DateTimeOffset(entry.SaidAtTicks, TimeSpan.Zero), cosine);
            if (best.Count == query.Count && !Better(match, best[0])) continue;
            var at = best.BinarySearch(match, WorstFirst.Instance);
            best.Insert(at < 0 ? ~at : at, match);
            if (best.Count > query.Count) best.RemoveAt(0);
        }
        best.Reverse();
        return best;
    }

    private static bool Better(NeighbourMatch a, NeighbourMatch b) => WorstFirst.Instance.Compare(a, b) > 0;

    /// <summary>The integer dot product of two code vectors: exact, so the same on every machine.</summary>
    internal static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && a.Length >= 32)
        {
            var acc = Vector256<int>.Zero;
            for (; i + 32 <= a.Length; i += 32)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.Create(a.Slice(i, 32)));
                var (bLow, bHigh) = Vector256.Widen(Vector256.Create(b.Slice(i, 32)));
                // Codes are within ±127, so each product and each pair sum fits: nothing overflows.
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(aLow, bLow));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(aHigh, bHigh));
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

    private sealed record Entry(StatementRef Statement, string? DocumentId, long SaidAtTicks, int Block, int Offset, double[] Norms);

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
