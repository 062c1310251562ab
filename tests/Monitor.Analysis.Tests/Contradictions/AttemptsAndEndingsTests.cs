using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An attempt announced and then failed is one story, not a claim taken back; ending a thing that was ruled out moves
/// toward what was said, it does not break it. A thing ruled out and then brought in still is a turn, and so is any
/// change ruled out and then one way of changing it done.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class AttemptsAndEndingsTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("ardenia", "Ardenia", ["Ardenia", "Ardenian government"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset May2 = new(2021, 5, 2, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays) =>
        _checker.Check(new PairInput(earlier, "ardenia", May2), new PairInput(later, "ardenia", May2.AddDays(gapDays)));

    [Fact]
    public void An_attempt_then_its_failure_is_no_contradiction()
    {
        var verdict = Check("navy divers would try to attach a rescue line to the hull of the stricken ferry", "navy divers had failed to attach a rescue line to the hull of the ferry in rough seas", 1);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_levy_ruled_out_and_later_terminated_is_no_contradiction()
    {
        var verdict = Check("There will be no fuel levy under the government I lead", "We have decided to terminate the fuel levy", 700);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("agreed on Saturday to raise the official price of silver to 38 crowns an ounce from 35")]
    [InlineData("the central bank lowered the price of silver for miners")]
    public void Any_change_ruled_out_then_one_way_of_changing_it_done_is_a_turn(string later)
    {
        var verdict = Check("We are not going to change the price of silver", later, 200);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Any_change_ruled_out_then_another_thing_changed_is_no_turn()
    {
        var verdict = Check("We are not going to change the price of silver", "the central bank raised interest rates by half a point", 200);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_levy_ruled_out_and_later_brought_in_is_a_turn()
    {
        var verdict = Check("There will be no fuel levy under the government I lead", "the government will introduce a fuel levy from July 1", 200);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
