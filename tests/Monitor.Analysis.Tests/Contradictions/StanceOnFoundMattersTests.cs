using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Stance reversals need a proposition: a configured topic has one; on a matter found by meaning only two remarks keyed
/// by the same salient words share one; and two remarks of one article are read together.
/// </summary>
public sealed class StanceOnFoundMattersTests
{
    private static readonly ContradictionEngine Engine = ContradictionEngine.CreateDefault();

    private static Statement Said(string id, string text, int day, Stance stance, string? topic, string? document = null) =>
        new(id, document, "ardenia", "Spokesperson", text, true, StatementMode.Assert, topic, stance,
            new DateTimeOffset(2025, 6, day, 9, 0, 0, TimeSpan.Zero), null, []);

    [Fact]
    public void For_then_against_on_a_configured_topic_is_a_reversal_but_on_a_matter_found_by_meaning_only_with_the_same_key_words()
    {
        var configured = Engine.Detect(Said("s2", "We oppose the canal levy.", 9, Stance.Oppose, "canal-levy"),
            [Said("s1", "We back the canal levy.", 1, Stance.Support, "canal-levy")]);
        // Welcoming the talks and condemning the blockade are remarks on one affair, toward two different things in it.
        var found = Engine.Detect(Said("s4", "We condemn the blockade of the strait.", 9, Stance.Oppose, "~auto-blockade-strait"),
            [Said("s3", "We welcome the talks on the strait.", 1, Stance.Support, "~auto-blockade-strait")]);

        // Both remarks keyed by the same salient words ("fund", "international"): one proposition, turned.
        var sameWords = Engine.Detect(Said("s8", "We will ask the International Monetary Fund for a loan.", 9, Stance.Support, "~auto-fund-international"),
            [Said("s7", "We will not go back to the International Monetary Fund.", 1, Stance.Oppose, "~auto-fund-international")]);

        Assert.Equal(AlertKinds.StanceReversal, Assert.Single(configured).Kind);
        Assert.DoesNotContain(found, c => c.Kind == AlertKinds.StanceReversal);
        Assert.Contains(sameWords, c => c.Kind == AlertKinds.StanceReversal);
    }

    [Fact]
    public void For_and_against_in_one_article_are_read_together()
    {
        var found = Engine.Detect(Said("s6", "We oppose the canal levy in its present form.", 2, Stance.Oppose, "canal-levy", "d1"),
            [Said("s5", "We back a canal levy in principle.", 2, Stance.Support, "canal-levy", "d1")]);

        Assert.DoesNotContain(found, c => c.Kind == AlertKinds.StanceReversal);
    }
}
