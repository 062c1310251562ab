using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A running tally (people arrested, killed, rescued) said again days later with a larger figure has grown as news came
/// in; the same tally said later with a smaller figure takes back what was counted and is still a conflict.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class RunningTallyTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Monday = new(2024, 4, 22, 16, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays = 2) =>
        fixture.Checker.Check(new PairInput(earlier, "ardenia", Monday), new PairInput(later, "ardenia", Monday.AddDays(gapDays)));

    [Theory]
    [InlineData("police said 24 people had been arrested over the bombings", "police said 60 people had been arrested over the bombings")]
    [InlineData("40 people were killed in the attacks on the hotels", "the authorities said 86 people were killed in the attacks on the hotels")]
    [InlineData("112 people had been rescued from the rubble", "officials said 240 people had been rescued from the rubble")]
    public void A_tally_that_grows_on_a_later_day_is_no_conflict(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_tally_that_shrinks_on_a_later_day_is_still_a_conflict()
    {
        var verdict = Check("police said 60 people had been arrested over the bombings", "police said 24 people had been arrested over the bombings");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal("number-mismatch", verdict.Kind);
    }

    [Fact]
    public void Two_figures_for_one_tally_on_the_same_day_are_still_a_conflict()
    {
        var verdict = Check("police said 24 people had been arrested over the bombings", "police said 60 people had been arrested over the bombings", gapDays: 0);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
