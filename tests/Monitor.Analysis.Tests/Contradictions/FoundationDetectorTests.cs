using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

public sealed class FoundationDetectorTests
{
    private static Statement Said(string id, string text, int day, Stance? stance = null, StatementMode mode = StatementMode.Assert, string actor = "china", string? topic = "nato-asia-pacific") =>
        new(id, null, actor, "Spokesperson", text, true, mode, topic, stance, new DateTimeOffset(2024, 3, day, 9, 0, 0, TimeSpan.Zero), null, []);

    [Fact]
    public void Support_then_oppose_on_the_same_topic_is_a_stance_reversal()
    {
        var engine = ContradictionEngine.CreateDefault();
        var earlier = Said("s1", "We welcome the alliance's partners in the region.", 1, Stance.Support);
        var later = Said("s2", "We firmly oppose the alliance's moves in the region.", 5, Stance.Oppose);

        var found = engine.Detect(later, [earlier]);

        var reversal = Assert.Single(found);
        Assert.Equal(AlertKinds.StanceReversal, reversal.Kind);
        Assert.Equal("s1", reversal.Earlier.Id);
        Assert.Equal("s2", reversal.Later.Id);
        Assert.Contains("supported", reversal.Explanation);
        Assert.Contains("opposed", reversal.Explanation);
    }

    [Fact]
    public void A_late_arrival_is_compared_with_its_neighbours_in_time()
    {
        var engine = ContradictionEngine.CreateDefault();
        var first = Said("s1", "We oppose it.", 1, Stance.Oppose);
        var third = Said("s3", "We oppose it still.", 9, Stance.Oppose);
        var lateSecond = Said("s2", "We support it.", 5, Stance.Support);

        var found = engine.Detect(lateSecond, [first, third]).Select(c => (c.Earlier.Id, c.Later.Id)).ToArray();

        Assert.Equal([("s1", "s2"), ("s2", "s3")], found);
    }

    [Fact]
    public void Same_stance_other_actor_hedges_and_declines_raise_nothing()
    {
        var engine = ContradictionEngine.CreateDefault();
        var earlier = Said("s1", "We support it.", 1, Stance.Support);

        Assert.Empty(engine.Detect(Said("s2", "We support it again.", 2, Stance.Support), [earlier]));
        Assert.Empty(engine.Detect(Said("s3", "They oppose it.", 3, Stance.Oppose, actor: "japan"), [earlier]));
        Assert.Empty(engine.Detect(Said("s4", "We might oppose it.", 4, Stance.Oppose, StatementMode.Hedge), [earlier]));
        Assert.Empty(engine.Detect(Said("s5", "We decline to comment.", 5, Stance.Oppose, StatementMode.Decline), [earlier]));
    }

    [Fact]
    public void Asserting_then_denying_the_same_claim_is_a_negated_claim()
    {
        var engine = ContradictionEngine.CreateDefault();
        var assertion = Said("s1", "The alliance plans to open a liaison office in Tokyo.", 1, actor: "nato", topic: null);
        var denial = Said("s2", "The alliance denies it plans to open a liaison office in Tokyo.", 8, mode: StatementMode.Deny, actor: "nato", topic: null);

        Assert.Equal(engine.IndexKeys(assertion), engine.IndexKeys(denial));
        var found = Assert.Single(engine.Detect(denial, [assertion]));

        Assert.Equal(AlertKinds.NegatedClaim, found.Kind);
        Assert.Equal("s1", found.Earlier.Id);
        Assert.Contains("denied", found.Explanation);
    }

    [Fact]
    public void A_different_claim_is_filed_under_another_key()
    {
        var engine = ContradictionEngine.CreateDefault();
        var one = Said("s1", "The alliance plans to open a liaison office in Tokyo.", 1, actor: "nato", topic: null);
        var other = Said("s2", "The alliance denies it plans to open a base in Seoul.", 2, mode: StatementMode.Deny, actor: "nato", topic: null);

        Assert.NotEqual(engine.IndexKeys(one), engine.IndexKeys(other));
    }
}
