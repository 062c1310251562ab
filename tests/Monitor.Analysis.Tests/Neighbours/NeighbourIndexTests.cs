using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Analysis.Neighbours;

namespace Monitor.Analysis.Tests.Neighbours;

/// <summary>The exact int8 index an owner's neighbours grain holds: what it finds, what it leaves out, and that order of filing never matters.</summary>
public sealed class NeighbourIndexTests
{
    private static readonly DateTimeOffset Day0 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Codes_take_one_byte_a_dimension_and_keep_the_cosine_within_a_hundredth()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 50; trial++)
        {
            var a = Unit(random, 384);
            var b = Blend(a, Unit(random, 384), random.NextSingle());
            var packed = MeaningCodec.Encode([a, b]);

            Assert.Equal(4 + 2 * 384, packed.Length);
            Assert.True(MeaningCodec.TryRead(packed, out var dimensions, out var count));
            Assert.Equal((384, 2), (dimensions, count));
            var codes = MeaningCodec.Codes(packed);
            var qa = codes[..384];
            var qb = codes[384..];
            var quantized = NeighbourIndex.Dot(qa, qb) / Math.Sqrt(NeighbourIndex.Dot(qa, qa)) / Math.Sqrt(NeighbourIndex.Dot(qb, qb));
            Assert.InRange(quantized - Cosine(a, b), -0.01, 0.01);
        }
    }

    [Fact]
    public void The_integer_dot_product_is_exact_whatever_the_length()
    {
        var random = new Random(5);
        foreach (var length in new[] { 1, 15, 16, 31, 32, 33, 384, 385 })
        {
            var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), NeighbourIndex.Dot(a, b));
        }
    }

    [Fact]
    public void A_search_returns_the_nearest_above_the_minimum_best_first()
    {
        var random = new Random(3);
        var query = Unit(random, 64);
        var index = new NeighbourIndex();
        var cosines = new[] { 0.95f, 0.2f, 0.8f, 0.6f, 0.4f, 0.7f };
        for (var i = 0; i < cosines.Length; i++) index.Add(Ref($"s{i}"), $"d{i}", Day0.AddDays(i), MeaningCodec.Encode([WithCosine(random, query, cosines[i])]));

        var found = index.Search(Query(query, count: 3, minCosine: 0.45));
        var fewer = index.Search(Query(query, count: 10, minCosine: 0.65));

        Assert.Equal(["s0", "s2", "s5"], found.Select(m => m.Statement.Id));
        Assert.Equal(["s0", "s2", "s5"], fewer.Select(m => m.Statement.Id));
        Assert.All(found.Zip(cosines.Order().Reverse().Take(3)), p => Assert.InRange(p.First.Cosine - p.Second, -0.02, 0.02));
    }

    [Fact]
    public void A_statement_with_several_claims_is_as_near_as_its_nearest_claim()
    {
        var random = new Random(8);
        var query = Unit(random, 64);
        var index = new NeighbourIndex();
        index.Add(Ref("two-claims"), "d1", Day0, MeaningCodec.Encode([WithCosine(random, query, 0.1f), WithCosine(random, query, 0.9f)]));
        index.Add(Ref("one-claim"), "d2", Day0, MeaningCodec.Encode([WithCosine(random, query, 0.7f)]));

        Assert.Equal(["two-claims", "one-claim"], index.Search(Query(query, count: 5)).Select(m => m.Statement.Id));
    }

    [Fact]
    public void Equal_cosines_go_by_the_order_said_and_the_order_filed_never_matters()
    {
        var random = new Random(21);
        var query = Unit(random, 32);
        var twin = MeaningCodec.Encode([WithCosine(random, query, 0.8f)]);
        // Five copies of one vector said on different days, and two said at the same moment by different voices.
        var filings = new List<(StatementRef Ref, DateTimeOffset At)>
        {
            (Ref("e"), Day0.AddDays(4)), (Ref("c"), Day0.AddDays(2)), (Ref("a"), Day0), (Ref("d"), Day0.AddDays(3)),
            (new StatementRef("japan", "b"), Day0.AddDays(1)), (new StatementRef("china", "b"), Day0.AddDays(1)),
        };
        var answers = new HashSet<string>();
        for (var shuffle = 0; shuffle < 20; shuffle++)
        {
            var index = new NeighbourIndex();
            foreach (var (reference, at) in filings.OrderBy(_ => random.Next())) index.Add(reference, null, at, twin);
            answers.Add(string.Join(",", index.Search(Query(query, count: 4)).Select(m => m.Statement.ToString())));
        }

        Assert.Equal("china/a,china/b,japan/b,china/c", Assert.Single(answers));
    }

    [Fact]
    public void The_statement_itself_every_other_statement_in_its_document_and_statements_out_of_the_window_are_left_out()
    {
        var random = new Random(4);
        var query = Unit(random, 32);
        var near = MeaningCodec.Encode([WithCosine(random, query, 0.9f)]);
        var index = new NeighbourIndex();
        index.Add(Ref("self"), "doc-q", Day0, near);
        index.Add(Ref("same-document"), "doc-q", Day0, near);
        index.Add(new StatementRef("~src-wire", "report"), "doc-q", Day0, near);
        index.Add(Ref("too-early"), "doc-1", Day0.AddDays(-40), near);
        index.Add(Ref("too-late"), "doc-2", Day0.AddDays(31), near);
        index.Add(Ref("in-window"), "doc-3", Day0.AddDays(-29), near);

        var found = index.Search(Query(query, count: 10, documentId: "doc-q", window: TimeSpan.FromDays(30)));

        // Another voice's report in the same document is left out too: the engine never judges one article against itself.
        Assert.Equal(["in-window"], found.Select(m => m.Statement.Id));
    }

    [Fact]
    public void Adding_is_idempotent_by_voice_and_id_and_other_dimensions_are_refused()
    {
        var random = new Random(9);
        var query = Unit(random, 16);
        var index = new NeighbourIndex();

        Assert.True(index.Add(Ref("s1"), null, Day0, MeaningCodec.Encode([WithCosine(random, query, 0.9f)])));
        Assert.False(index.Add(Ref("s1"), null, Day0, MeaningCodec.Encode([WithCosine(random, query, 0.1f)])));
        Assert.True(index.Add(new StatementRef("japan", "s1"), null, Day0, MeaningCodec.Encode([WithCosine(random, query, 0.5f)])));
        Assert.False(index.Add(Ref("wider"), null, Day0, MeaningCodec.Encode([Unit(random, 32)])));
        Assert.False(index.Add(Ref("nothing"), null, Day0, []));

        Assert.Equal(2, index.Count);
        Assert.Equal(16, index.Dimensions);
        var first = index.Search(Query(query, count: 5))[0];
        Assert.Equal(Ref("s1"), first.Statement);
        Assert.True(first.Cosine > 0.85);
        Assert.Empty(index.Search(Query(Unit(random, 32), count: 5)));
    }

    private static StatementRef Ref(string id) => new("china", id);

    private static NeighbourQuery Query(float[] vector, int count, double minCosine = -1, string? documentId = null, TimeSpan window = default) =>
        new(Ref("self"), documentId, Day0, MeaningCodec.Encode([vector]), window, count, minCosine);

    private static float[] Unit(Random random, int dimensions)
    {
        var v = Enumerable.Range(0, dimensions).Select(_ => random.NextSingle() * 2 - 1).ToArray();
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }

    /// <summary>A unit vector whose cosine with the unit vector <paramref name="to"/> is <paramref name="cosine"/>.</summary>
    private static float[] WithCosine(Random random, float[] to, float cosine)
    {
        var other = Unit(random, to.Length);
        var along = Cosine(other, to);
        var orthogonal = Unit(other.Zip(to, (o, t) => o - (float)along * t).ToArray());
        var sine = MathF.Sqrt(1 - cosine * cosine);
        return [.. to.Zip(orthogonal, (t, o) => cosine * t + sine * o)];
    }

    private static float[] Blend(float[] a, float[] b, float share) => Unit(a.Zip(b, (x, y) => share * x + (1 - share) * y).ToArray());

    private static float[] Unit(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(x => (double)x * x));
}
