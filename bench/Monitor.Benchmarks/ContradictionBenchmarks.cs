using BenchmarkDotNet.Attributes;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;

namespace Monitor.Benchmarks;

/// <summary>
/// Pair decisions per second with embeddings and claim analyses already cached (the steady state of a
/// watcher that has seen the texts before): <c>dotnet run -c Release --project bench/Monitor.Benchmarks -- --filter '*Contradiction*' --job short</c>.
/// One operation is one pair; pairs per second = 1 / mean time. <see cref="DecideFirstSight"/> includes
/// claim extraction (not embedding) for texts never seen before.
/// </summary>
[MemoryDiagnoser]
public class ContradictionBenchmarks
{
    private static readonly DateTimeOffset Day = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly (PairInput Earlier, PairInput Later)[] _pairs =
    [
        (new("We have no plans to impose tariffs on imported steel.", "canada", Day), new("Tariffs of 25% on imported steel take effect on Monday.", "canada", Day.AddDays(30))),
        (new("The embassy will reopen in March.", "germany", Day), new("The embassy will stay shut.", "germany", Day.AddDays(10))),
        (new("2,000 troops will leave the country by the end of June.", "france", Day), new("20,000 troops will leave the country by the end of June.", "france", Day.AddDays(5))),
        (new("Talks will be held in Geneva on 4 May.", "un", Day), new("Talks will be held in Geneva on 14 May.", "un", Day.AddDays(7))),
        (new("NATO plans to open a liaison office in Tokyo, Nikkei reported.", null, Day, "Nikkei"), new("NATO has no plans to open a liaison office in Tokyo.", "nato", Day.AddDays(2))),
        (new("We firmly oppose any expansion of the alliance eastward.", "russia", Day), new("Our opposition to the alliance moving east has not changed.", "russia", Day.AddDays(60))),
        (new("The sanctions will be lifted in April.", "usa", Day), new("Lifting the sanctions is still on the table.", "usa", Day.AddDays(20))),
        (new("About 2,000 people joined the protest, AP reported.", null, Day, "AP"), new("Roughly 2,100 people protested, Reuters said.", null, Day, "Reuters")),
    ];

    private MiniLmSentenceEmbedder _embedder = null!;
    private PairChecker _checker = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new MiniLmSentenceEmbedder();
        _checker = new PairChecker(_embedder);
        foreach (var (earlier, later) in _pairs) _checker.Check(earlier, later); // warms the embedding and analysis caches
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark(Description = "pair decision, cached")]
    public PairVerdict DecideCached()
    {
        var (earlier, later) = _pairs[_next++ % _pairs.Length];
        return _checker.Check(earlier, later);
    }

    [Benchmark(Description = "pair decision, new texts (claims extracted, embeddings cached)")]
    public PairVerdict DecideFirstSight()
    {
        // A fresh time each call defeats the analysis cache (keyed by text and time) while the embedding cache still hits.
        var (earlier, later) = _pairs[_next % _pairs.Length];
        var shift = TimeSpan.FromMinutes(++_next);
        return _checker.Check(earlier with { SaidAt = earlier.SaidAt + shift }, later with { SaidAt = later.SaidAt + shift });
    }
}
