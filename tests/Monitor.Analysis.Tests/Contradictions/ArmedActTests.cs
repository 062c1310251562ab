using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Armed acts named by nouns ("launched an offensive", "announced a military operation") are attacks; a target named
/// on both sides is one matter whatever other places each sentence passes through; and the turn is flagged once.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class ArmedActTests(MiniLmFixture fixture)
{
    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private static Statement Said(string id, string text, int month, int day) =>
        new(id, $"doc-{id}", "ruritania", "Spokesperson", text, false, StatementMode.Assert, null, null, On(month, day), null, []);

    [Theory]
    [InlineData("launched an offensive against Ruritania at dawn")]
    [InlineData("announced a military operation in Ruritania early on Thursday")]
    public void A_noun_that_names_an_armed_act_is_an_attack(string text) =>
        Assert.Equal("attack", new ClaimExtractor().Extract(text, On(3, 1))[0].Predicate);

    [Fact]
    public void No_plans_to_attack_then_an_operation_against_the_same_target_is_flagged_despite_other_places()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("it had no plans to attack Ruritania, after long talks in Vienna that left both sides far apart", "borduria", On(1, 10)),
            new PairInput("announced a military operation in Ruritania early on Thursday, and blasts were heard in Strelsau and Zenda", "borduria", On(2, 24)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void After_the_turn_sending_troops_to_fight_there_raises_nothing_more()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });
        var ruledOut = Said("s1", "our envoys told their partners that attacking Ruritania is neither our plan nor our aim", 1, 10);
        var offensive = Said("s2", "launched an offensive against Ruritania before dawn, and sirens sounded in Strelsau and Zenda", 2, 24);
        var troops = Said("s3", "mobilised a quarter of a million reservists to fight in Ruritania over the winter", 9, 21);

        // The offensive breaks the ruling-out; alone, the call-up would be read against it too (as another kind).
        Assert.Contains(engine.Detect(offensive, [ruledOut]), c => c.Earlier.Id == "s1" && c.Kind == AlertKinds.BrokenDenial);
        Assert.Contains(engine.Detect(troops, [ruledOut]), c => c.Earlier.Id == "s1" && c.Kind == AlertKinds.NegatedClaim);
        Assert.DoesNotContain(engine.Detect(troops, [ruledOut, offensive]), c => c.Earlier.Id == "s1");
    }
}
