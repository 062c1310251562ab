using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>A turn raises one alert however often the new position is repeated; a copy of a remark is that remark.</summary>
public sealed class OneTurnOneAlertTests
{
    private static Statement Said(string id, string text, int day, Stance stance, int hour = 9) =>
        new(id, null, "japan", "Spokesperson", text, true, StatementMode.Assert, "pact", stance, new DateTimeOffset(2024, 5, day, hour, 0, 0, TimeSpan.Zero), null, []);

    private static readonly ContradictionEngine Engine = ContradictionEngine.CreateDefault();

    [Fact]
    public void Repeating_the_new_position_after_a_turn_raises_nothing_more()
    {
        var s1 = Said("s1", "Japan supports the pact.", 1, Stance.Support);
        var s2 = Said("s2", "Japan supports the pact fully.", 2, Stance.Support);
        var s3 = Said("s3", "Japan opposes the pact.", 3, Stance.Oppose);
        var s4 = Said("s4", "Japan opposes the pact firmly.", 4, Stance.Oppose);

        var atTurn = Engine.Detect(s3, [s1, s2]);
        var afterTurn = Engine.Detect(s4, [s1, s2, s3]);

        Assert.Equal([("s2", "s3")], atTurn.Select(c => (c.Earlier.Id, c.Later.Id)));
        Assert.Empty(afterTurn);
    }

    [Fact]
    public void The_same_remark_from_another_outlet_finds_the_same_pair_again()
    {
        var s1 = Said("s1", "Japan supports the pact.", 1, Stance.Support);
        var s2 = Said("s2", "Japan opposes the pact.", 3, Stance.Oppose);
        var copy = Said("s2-other-outlet", "Japan opposes the pact.", 3, Stance.Oppose, hour: 17);

        var found = Assert.Single(Engine.Detect(copy, [s1, s2]));

        Assert.Equal(("s1", "s2-other-outlet"), (found.Earlier.Id, found.Later.Id));
    }

    [Fact]
    public void A_statement_with_two_claims_can_be_turned_on_each_in_its_own_time()
    {
        var pledge = Said("s1", "the review of the pact would resume on Monday as planned and ruled out withdrawing from it", 1, Stance.Neutral);
        var halt = Said("s2", "the review of the pact would not resume this year", 8, Stance.Neutral);
        var withdrawal = Said("s3", "Japan would formally withdraw from the pact", 20, Stance.Neutral);
        var repeat = Said("s4", "Japan would formally withdraw from the pact before the summer", 21, Stance.Neutral);

        var atHalt = Engine.Detect(halt, [pledge]);
        var atWithdrawal = Engine.Detect(withdrawal, [pledge, halt]);
        var afterWithdrawal = Engine.Detect(repeat, [pledge, halt, withdrawal]);

        Assert.Contains(("s1", "s2"), atHalt.Select(c => (c.Earlier.Id, c.Later.Id)));
        Assert.Contains(("s1", "s3"), atWithdrawal.Select(c => (c.Earlier.Id, c.Later.Id)));
        Assert.DoesNotContain("s1", afterWithdrawal.Select(c => c.Earlier.Id));
    }
}
