using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// The same act named in other words on the two sides: a delay ruled out and later made ("will not delay the
/// increase" / "would delay raising the levy"), where the thing delayed is an act in other words too; and help applied
/// for, which is help asked for; an order narrated as given, then dismissed as fake news. Beside them, a delay of something
/// else and a request to someone else are no turn.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class ActNamedInOtherWordsTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2014, 11, 18, 12, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays = 200) =>
        fixture.Checker.Check(new PairInput(earlier, "ardenia", Day), new PairInput(later, "ardenia", Day.AddDays(gapDays)));

    [Theory]
    [InlineData("The premier said he would delay raising the levy by a year", "delay")]
    [InlineData("The premier would defer the increase in the levy until 2019", "defer")]
    public void A_delay_is_the_claims_act(string text, string act)
    {
        Assert.Equal(PredicateLexicon.StemOf(act), new ClaimExtractor().Extract(text, Day)[0].Predicate);
    }

    [Fact]
    public void A_delay_ruled_out_then_made_in_other_words_is_a_contradiction()
    {
        var verdict = Check("The ministry will not delay the increase in the levy", "The ministry would delay raising the levy by a year");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_delay_of_something_else_is_no_turn()
    {
        var verdict = Check("The ministry will not delay the increase in the levy", "The ministry would delay the opening of the new airport by a year");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Help_not_applied_for_then_asked_for_is_a_contradiction()
    {
        var verdict = Check("Ardenia has not applied for a loan from the fund", "Ardenia asked the fund for a loan on Sunday", gapDays: 6);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_order_narrated_then_dismissed_as_fake_news_is_a_contradiction()
    {
        var verdict = Check("ordered that Tusan be notified that Ardenia is ending the pact on visiting forces",
            "dismissed as fake news an announcement that the president had ordered Tusan notified of the end of the pact", gapDays: 1);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void No_order_given_then_a_request_to_someone_else_is_no_turn()
    {
        var verdict = Check("he had not so far ordered military engagement in Tusan",
            "asked the assembly on Tuesday to postpone a vote on authorising strikes against Tusan", gapDays: 380);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
