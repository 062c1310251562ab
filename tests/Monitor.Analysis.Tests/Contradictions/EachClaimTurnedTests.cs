using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// One turn can overturn several earlier claims: each different claim the speaker made keeps its own alert,
/// while the same claim said several times before the turn is turned at its first saying and at its latest repeat, as a
/// reader pairs them, and not at every saying in between.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class EachClaimTurnedTests(MiniLmFixture fixture)
{
    private static Statement Said(string id, string text, int day) =>
        new(id, null, "japan", "Ministry spokesperson", text, true, StatementMode.Assert, null, Stance.Neutral,
            new DateTimeOffset(2024, 5, day, 9, 0, 0, TimeSpan.Zero), null, []);

    private ContradictionEngine Engine { get; } = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });

    private static readonly Statement Cause = Said("cause", "the ferry sank because the crew lost control of the vessel in a storm", 1);
    private static readonly Statement Admission = Said("admission", "its navy had torpedoed the ferry by mistake", 9);

    [Fact]
    public void A_second_account_in_between_leaves_the_first_its_own_alert()
    {
        var detail = Said("detail", "a huge wave had smashed the ferry's hull before it went down", 4);

        var found = Engine.Detect(Admission, [Cause, detail]).Select(c => c.Earlier.Id).ToArray();

        Assert.Contains("cause", found);
        Assert.Contains("detail", found);
    }

    [Fact]
    public void The_same_account_said_again_is_turned_at_its_first_saying_and_at_the_repeat()
    {
        var repeat = Said("repeat", "the crew had lost control of the ferry in the storm", 4);

        var found = Engine.Detect(Admission, [Cause, repeat]).Select(c => c.Earlier.Id).Order().ToArray();

        Assert.Equal(["cause", "repeat"], found);
    }

    [Fact]
    public void An_account_said_three_times_is_not_turned_at_the_saying_in_between()
    {
        var between = Said("between", "the crew had lost control of the ferry in the storm", 4);
        var latest = Said("latest", "the crew had lost control of the ferry in the heavy storm", 6);

        var found = Engine.Detect(Admission, [Cause, between, latest]).Select(c => c.Earlier.Id).ToArray();

        Assert.DoesNotContain("between", found);
        Assert.Contains("latest", found);
    }
}
