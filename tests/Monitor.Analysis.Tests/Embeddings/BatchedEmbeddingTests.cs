using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;

namespace Monitor.Analysis.Tests.Embeddings;

/// <summary>
/// Texts embedded together, in batches of like length, get the vectors they get one at a time, and a statement
/// analysed in a batch is the statement analysed alone: batching saves model time and changes no decision.
/// Each side has an embedder of its own, so neither reads the other's cache.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class BatchedEmbeddingTests(MiniLmFixture fixture)
{
    // Far apart in length and more than one batch of them, with a text given twice, so batches are padded, cut and de-duplicated.
    private static readonly string[] Texts =
    [
        .. Enumerable.Range(0, 40).Select(i => (i % 3) switch
        {
            0 => $"Talks {i} end.",
            1 => $"The ministry said on Monday that the crossing at post {i} would open to traders before the summer.",
            _ => $"We will not send troops to the border region {i}, the spokesperson told reporters after a long meeting of the cabinet that ran late into the evening and was adjourned twice.",
        }),
        "Talks 0 end.",
    ];

    private static Statement Said(string id, string text, string? actor, int day) =>
        new(id, null, actor, null, text, true, StatementMode.Assert, null, null, new DateTimeOffset(2025, 5, 3, 9, 0, 0, TimeSpan.Zero).AddDays(day), null, []);

    private static readonly Statement[] Statements =
    [
        Said("s1", "We will open a consulate in Erbil, but we will close the one in Basra.", "sweden", 0),
        Said("s2", "Japan will open a mission to NATO next year.", "japan", 1),
        Said("s3", "NATO plans to open a liaison office in Tokyo.", "nato", 2),
        Said("s4", "We have no plans to open an office in Tokyo.", "nato", 3),
        Said("s5", "The harbour toll will rise by 12 percent in May.", null, 4),
        Said("s6", "We have no comment on that.", "japan", 5),
        Said("s7", "China called for high vigilance over NATO's continual eastward expansion into the Asia-Pacific.", "china", 6),
    ];

    [Fact]
    public void A_batch_gives_each_text_the_vector_it_gets_alone()
    {
        using var batched = new MiniLmSentenceEmbedder();

        var together = batched.EmbedMany(Texts);
        var alone = Texts.Select(t => fixture.Embedder.EmbedMany([t])[0]).ToArray();

        Assert.Equal(Texts.Length, together.Count);
        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(alone[i].Length, together[i].Length);
            Assert.True(MaxDifference(alone[i], together[i]) <= 1e-5f, $"text {i} '{Texts[i]}' differs by {MaxDifference(alone[i], together[i])}");
        }
        Assert.Same(together[0], together[^1]);
    }

    [Fact]
    public async Task Callers_embedding_at_once_get_the_vectors_of_one_caller_alone()
    {
        using var shared = new MiniLmSentenceEmbedder();

        var chunks = Texts.Distinct().Chunk(3).ToArray();
        var together = await Task.WhenAll(chunks.Select(chunk => Task.Run(() => shared.EmbedMany(chunk))));

        for (var c = 0; c < chunks.Length; c++)
            for (var i = 0; i < chunks[c].Length; i++)
                Assert.True(MaxDifference(fixture.Embedder.Embed(chunks[c][i]), together[c][i]) <= 1e-5f, $"'{chunks[c][i]}'");
    }

    [Fact]
    public void Statements_prepared_in_one_batch_analyse_as_they_do_one_by_one()
    {
        using var batchedEmbedder = new MiniLmSentenceEmbedder();
        using var aloneEmbedder = new MiniLmSentenceEmbedder();
        var batched = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = batchedEmbedder });
        var alone = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = aloneEmbedder });

        batched.Prepare(Statements);

        foreach (var statement in Statements)
        {
            var (vectors, expected) = (batched.MeaningVectors(statement), alone.MeaningVectors(statement));
            Assert.Equal(expected.Count, vectors.Count);
            for (var i = 0; i < expected.Count; i++) Assert.True(MaxDifference(expected[i], vectors[i]) <= 1e-5f, $"{statement.Id} claim {i}");
            // The keys include the coarse bucket of the statement's gist vector, so they also show that vector unchanged.
            Assert.Equal(alone.IndexKeys(statement), batched.IndexKeys(statement));
            Assert.Equal(alone.Owners(statement), batched.Owners(statement));
        }
        Assert.NotEmpty(batched.MeaningVectors(Statements[0]));
        // The same comparisons as well: every later statement against every earlier one.
        for (var i = 1; i < Statements.Length; i++)
            Assert.Equal(
                alone.Detect(Statements[i], Statements[..i]).Select(c => (c.Kind, c.Score, c.Earlier.Id)),
                batched.Detect(Statements[i], Statements[..i]).Select(c => (c.Kind, c.Score, c.Earlier.Id)));
    }

    [Fact]
    public void Preparing_what_was_analysed_already_changes_nothing()
    {
        using var embedder = new MiniLmSentenceEmbedder();
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = embedder });
        var before = engine.MeaningVectors(Statements[1]);

        engine.Prepare(Statements);

        Assert.Same(before, engine.MeaningVectors(Statements[1]));
    }

    private static float MaxDifference(float[] a, float[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
}
