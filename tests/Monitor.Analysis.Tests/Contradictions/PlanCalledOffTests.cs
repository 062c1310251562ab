using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A plan said to go on ("the share offer would proceed as scheduled", "the listing will continue as planned") and
/// then given up ("called off the offer", "shelved the listing") is a commitment reversed, though the two share only the
/// plan's name: with no object of its own, what proceeds is the sentence's subject, the thing the later act takes as object.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class PlanCalledOffTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "scorewell", Day), new PairInput(later, "scorewell", Day.AddDays(4)));

    [Theory]
    [InlineData("The share offer in Scorewell Energy would continue as scheduled", "Scorewell Energy has called off its share offer and will return money to investors")]
    [InlineData("Its follow-on share offer would proceed on schedule and at the announced price", "called off its follow-on share offer on Wednesday")]
    [InlineData("The listing of the port company will continue as planned", "The board shelved the listing of the port company on Friday")]
    [InlineData("The bond sale will go ahead next week as planned", "Scorewell abandoned the bond sale on Thursday")]
    public void A_plan_said_to_go_on_then_given_up_is_flagged(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("The wage talks would continue next week", "The union called off its strike at the port on Wednesday")]
    [InlineData("The share offer would proceed as scheduled", "Scorewell called off its plan to open a new office in Tusan")]
    public void Another_thing_given_up_leaves_the_plan_standing(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_plan_that_goes_on_and_then_goes_on_again_is_no_turn()
    {
        var verdict = Check("The share offer would proceed as scheduled", "Scorewell said its share offer was proceeding and had drawn bids for half the shares");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
