using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>The engine as the watcher uses it: candidates found through index keys, in either time order.</summary>
[Collection(MiniLmCollection.Name)]
public sealed class ClaimEngineTests(MiniLmFixture fixture)
{
    private ContradictionEngine Engine() => ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });

    private static Statement Said(string id, string text, int day, string? actor, StatementMode mode = StatementMode.Assert, string? speaker = null) =>
        new(id, null, actor, speaker, text, true, mode, null, null, new DateTimeOffset(2025, 5, day, 9, 0, 0, TimeSpan.Zero), null, []);

    [Fact]
    public void A_report_and_the_actors_denial_share_an_index_key_and_are_flagged()
    {
        var engine = Engine();
        var report = Said("r1", "NATO plans to open a liaison office in Tokyo, Nikkei reported.", 3, null, speaker: "Nikkei");
        var denial = Said("s1", "The alliance has no plans to open a liaison office in Tokyo.", 5, "nato", StatementMode.Deny);

        Assert.NotEmpty(engine.IndexKeys(report).Intersect(engine.IndexKeys(denial)));
        var found = Assert.Single(engine.Detect(denial, [report]));
        Assert.Equal(AlertKinds.DenialOfReport, found.Kind);
        Assert.Equal(("r1", "s1"), (found.Earlier.Id, found.Later.Id));
    }

    [Fact]
    public void A_late_arriving_earlier_statement_is_ordered_by_time()
    {
        var engine = Engine();
        var later = Said("s2", "20,000 troops will leave the country.", 20, "france");
        var lateEarlier = Said("s1", "2,000 troops will leave the country.", 14, "france");

        var found = Assert.Single(engine.Detect(lateEarlier, [later]));

        Assert.Equal(AlertKinds.NumberMismatch, found.Kind);
        Assert.Equal(("s1", "s2"), (found.Earlier.Id, found.Later.Id));
    }

    [Fact]
    public void Declines_are_filed_under_no_claim_key_and_softening_raises_no_alert()
    {
        var engine = Engine();
        var firm = Said("s1", "The sanctions will be lifted in April.", 1, "usa");
        var hedge = Said("s2", "Lifting the sanctions is still on the table.", 9, "usa", StatementMode.Hedge);

        Assert.DoesNotContain(engine.IndexKeys(Said("s3", "We decline to comment.", 2, "usa", StatementMode.Decline)), k => k.StartsWith("claim|", StringComparison.Ordinal));
        Assert.Empty(engine.Detect(hedge, [firm]));
    }

    [Fact]
    public void Results_are_the_same_on_every_run()
    {
        var statements = new[]
        {
            Said("a", "The embassy will reopen in March.", 1, "germany"),
            Said("b", "The embassy will stay shut.", 2, "germany"),
            Said("c", "The embassy will remain closed until further notice.", 3, "germany"),
        };
        var first = Engine().Detect(statements[1], statements).Select(c => (c.Kind, c.Score, c.Explanation)).ToArray();
        var second = Engine().Detect(statements[1], statements).Select(c => (c.Kind, c.Score, c.Explanation)).ToArray();

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }
}
