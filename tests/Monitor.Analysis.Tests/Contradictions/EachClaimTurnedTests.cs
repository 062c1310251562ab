using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// One turn can overturn several earlier claims: each different claim the speaker made keeps its own alert,
/// while the same claim said again before the turn is one position and raises one.
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
    public void The_same_account_said_again_raises_one_alert_at_the_repeat()
    {
        var repeat = Said("repeat", "the crew had lost control of the ferry in the storm", 4);

        var found = Engine.Detect(Admission, [Cause, repeat]).Select(c => c.Earlier.Id).ToArray();

        Assert.Equal(["repeat"], found);
    }
}
