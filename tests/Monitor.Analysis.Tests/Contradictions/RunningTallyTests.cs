using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A running tally (people arrested, killed, rescued) said again days later with a larger figure has grown as news came
/// in; the same tally said later with a smaller figure takes back what was counted and is still a conflict. The ill and
/// the dead are tallies too, whatever verb counts them; a count of how things stand now ("were still in hospital") said
/// on another day tells how they stand then, up or down.
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
    [InlineData("the ministry said 900 children had fallen ill after eating the tainted rice",
        "the ministry said 3,100 children had been made ill by the tainted rice")]
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

    [Theory]
    [InlineData("as many as 9,000 children might have eaten the tainted rice and that 210 remained in hospital, 40 of them in a serious condition",
        "150 children had developed kidney stones and that 520 were still in hospital")]
    [InlineData("as many as 9,000 children might have eaten the tainted rice and that 520 remained in hospital, 40 of them in a serious condition",
        "150 children had developed kidney stones and that 210 were still in hospital")]
    public void A_count_of_how_things_stand_said_on_another_day_is_no_conflict(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Remains_of_the_dead_do_not_make_a_shrinking_toll_a_standing_count()
    {
        var verdict = Check("police said 359 people were killed in the bombings",
            "the ministry said 253 people were killed in the bombings, because some remains had been counted twice");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal("number-mismatch", verdict.Kind);
    }
}
