using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Neighbours;

/// <summary>What the engine hands the nearest-neighbour index: whose index a statement goes to, and by which vectors.</summary>
[Collection(MiniLmCollection.Name)]
public sealed class EngineMeaningTests(MiniLmFixture fixture)
{
    private static Statement Said(string id, string text, string? actor, StatementMode mode = StatementMode.Assert, string? speaker = null) =>
        new(id, null, actor, speaker, text, true, mode, null, null, new DateTimeOffset(2025, 5, 3, 9, 0, 0, TimeSpan.Zero), null, []);

    [Fact]
    public void A_statement_is_owned_by_its_actor_and_the_tracked_actors_it_names_and_a_report_by_those_it_names()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });

        Assert.Equal(["japan"], engine.Owners(Said("s1", "We will open a new mission in Brussels.", "japan")));
        // An actor's statement naming another actor is that actor's too, so its later word finds it.
        Assert.Equal(["japan", "nato"], engine.Owners(Said("s3", "We will open a mission to NATO.", "japan")));
        // Tokyo names Japan: the report is filed with both, so either actor's later word finds it.
        Assert.Equal(["japan", "nato"], engine.Owners(Said("r1", "NATO plans to open a liaison office in Tokyo, Nikkei reported.", null, speaker: "Nikkei")).Order());
        // A report naming no tracked actor has no owner: one index for every such report would be one hot spot.
        Assert.Empty(engine.Owners(Said("r2", "The harbour toll rises in May, the Gazette reported.", null, speaker: "Gazette")));
        Assert.Empty(engine.Owners(Said("s2", "We have no comment on that.", "japan", StatementMode.Decline)));
    }

    [Fact]
    public void Each_claim_gives_one_unit_vector_and_a_declining_statement_none()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });

        var vectors = engine.MeaningVectors(Said("s1", "We will open a consulate in Erbil, but we will close the one in Basra.", "sweden"));
        var declined = engine.MeaningVectors(Said("s2", "We have no comment on that.", "sweden", StatementMode.Decline));

        Assert.Equal(2, vectors.Count);
        Assert.All(vectors, v => Assert.InRange(v.Sum(x => (double)x * x), 0.99, 1.01));
        Assert.Empty(declined);
    }

    [Fact]
    public void Without_an_embedder_there_are_no_vectors_and_the_owners_stay()
    {
        var engine = ContradictionEngine.CreateDefault();
        var statement = Said("s1", "We will open a consulate in Erbil.", "sweden");

        Assert.Empty(engine.MeaningVectors(statement));
        Assert.Equal(["sweden"], engine.Owners(statement));
        Assert.Equal(TimeSpan.FromDays(1096), engine.MaxApart);
    }
}
