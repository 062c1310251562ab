using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Withdrawing troops from a place takes for granted that they went in: "agreed to start withdrawing its troops from the
/// Tusan region" breaks an earlier denial that any of its soldiers crossed into it, though it never says "we entered".
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class WithdrawalPresupposesPresenceTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2024, 11, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", Day, "Ardenia"), new PairInput(later, "ardenia", Day.AddDays(120), "Ardenia"));

    [Fact]
    public void Denying_troops_went_in_then_withdrawing_them_is_flagged()
    {
        var verdict = Check("denied that its troops had crossed into the Tusan region to support the government's offensive there",
            "it agreed to start withdrawing its troops from the Tusan region, its first public acknowledgment that its forces were involved");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void Withdrawing_from_talks_presupposes_no_troops()
    {
        var verdict = Check("denied that its troops had crossed into the Tusan region",
            "it agreed to withdraw from the Tusan region talks after a week of wrangling");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Troops_said_to_have_gone_in_then_withdrawn_is_no_turn()
    {
        var verdict = Check("its troops had crossed into the Tusan region to support the government's offensive",
            "it agreed to start withdrawing its troops from the Tusan region");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
