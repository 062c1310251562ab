using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A level promised or foreseen to move one way ("rates will keep coming down") is broken by the opposite move
/// ("raised its main rate"), whichever verbs carry the direction. A level that moved one way and then the other is
/// news over time, as are two moves in two months.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class LevelDirectionTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("elbonia", "Elbonia", ["Elbonia", "Elbonian central bank"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset April5 = new(2023, 4, 5, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays) =>
        _checker.Check(new PairInput(earlier, "elbonia", April5), new PairInput(later, "elbonia", April5.AddDays(gapDays)));

    [Theory]
    [InlineData("borrowing costs in Elbonia would keep coming down for as long as he was in charge", "raised its benchmark borrowing costs to 12 percent from 9 percent")]
    [InlineData("mortgage rates will go down this year", "mortgage rates rose to their highest level in a decade")]
    public void A_direction_promised_then_the_opposite_move_is_a_claim_taken_back(string earlier, string later)
    {
        var verdict = Check(earlier, later, 200);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("the currency went down against the euro on Tuesday", "the currency went up against the euro on Wednesday", 1)]
    [InlineData("fuel prices came down last week", "fuel prices rose sharply on Monday", 6)]
    [InlineData("inflation fell to 5 percent in March", "inflation rose to 7 percent in June", 100)]
    public void A_level_that_moved_one_way_and_then_the_other_is_news_over_time(string earlier, string later, int gapDays)
    {
        var verdict = Check(earlier, later, gapDays);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_month_named_in_a_sentence_about_the_past_is_the_month_just_gone()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("inflation fell to 5 percent in March", April5));

        Assert.Equal(PredicateLexicon.StemOf("fall"), claim.Predicate);
        Assert.Equal(new DateOnly(2023, 3, 1), Assert.Single(claim.Dates).Start);
        Assert.Equal(Modality.Fact, claim.Modality);
    }

    [Fact]
    public void Falling_short_still_negates_rather_than_naming_a_fall()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("the ministry fell short of its own rules", April5));

        Assert.NotEqual(PredicateLexicon.StemOf("fall"), claim.Predicate);
    }
}
