using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// "Why would I step down?" asks to be answered no: it rules the act out, as "he had no reason to step down" does, so the
/// two agree. A date moved twice ("extended its deadline to Dec. 30", then "extended the deadline for a second time, to
/// Jan. 16") is the act of moving it done again, not two dates given for one thing.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class RhetoricalAndRepeatedMoveTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static readonly DateTimeOffset May30 = new(2024, 5, 30, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Why would I step down?", Polarity.Negative)]
    [InlineData("Why would we raise the levy now?", Polarity.Negative)]
    [InlineData("Why the levy was raised is still unclear", Polarity.Positive)]
    public void A_why_would_question_rules_the_act_out(string text, Polarity polarity)
    {
        var claim = new ClaimExtractor().Extract(text, May30).First();

        Assert.Equal(polarity, claim.Polarity);
    }

    [Fact]
    public void A_rhetorical_question_and_a_denial_of_the_same_act_agree()
    {
        var verdict = _checker.Check(new PairInput("he had no reason to step down", "ardenia", May30),
            new PairInput("Why would I step down? That would mean that I recognise that I did wrong", "ardenia", May30.AddHours(3)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_deadline_extended_twice_is_no_date_mismatch()
    {
        var verdict = _checker.Check(new PairInput("extended its deadline for the bond exchange to Dec. 30", "ardenia", new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.Zero)),
            new PairInput("Ardenia has extended the deadline for its bond exchange for a second time, to Jan. 16", "ardenia", new DateTimeOffset(2024, 12, 24, 9, 0, 0, TimeSpan.Zero)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_deadline_promised_then_moved_is_still_a_date_mismatch()
    {
        var verdict = _checker.Check(new PairInput("the bond exchange would close on Dec. 30 as planned", "ardenia", new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.Zero)),
            new PairInput("the bond exchange would close on Jan. 16", "ardenia", new DateTimeOffset(2024, 12, 24, 9, 0, 0, TimeSpan.Zero)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
