using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An actor affirms that an event keeps its date, then moves the event to another date, naming it another way: "the vote
/// will take place as scheduled on Dec. 23", a week later "put back the presidential and legislative elections by one week
/// to Dec. 30". A vote is the election it decides, so the two claims are about one event; the later one is filed where
/// the earlier one is found, and the assurance broken is an alert. A plain date moved (a plan changed, and said so), a
/// date the move keeps, a hedged date, or another kind of event is none.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class EventMovedTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("ardenia", "Ardenia", ["Ardenian electoral commission"], [])];
    private static readonly DateTimeOffset Set = new(2026, 12, 10, 14, 0, 0, TimeSpan.Zero);

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", Set), new PairInput(later, "ardenia", Set.AddDays(7)));

    [Theory]
    [InlineData("the vote would take place as scheduled on Dec. 23", "put back the presidential, legislative and provincial elections by one week to Dec. 30")]
    [InlineData("the referendum will go ahead on Dec. 23 as planned", "postponed the vote to Jan. 20")]
    [InlineData("the summit will not be delayed and opens in the capital on Dec. 21", "delayed the talks until Feb. 2")]
    public void An_event_moved_to_another_date_under_another_name_breaks_the_date_set(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
        Assert.Contains("moved it", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_date_then_moved_is_a_plan_changed_not_an_assurance_broken()
    {
        var verdict = Check("the referendum will be held on Dec. 23", "postponed the vote to Jan. 20");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_vote_moved_to_the_date_already_set_keeps_it()
    {
        var verdict = Check("the vote would take place as scheduled on Dec. 30", "put back the elections by one week to Dec. 30");

        Assert.NotEqual(AlertKinds.DateMismatch, verdict.Kind);
    }

    [Fact]
    public void A_date_given_only_as_the_earliest_then_moved_is_no_broken_date()
    {
        var verdict = Check("the vote could take place as early as Dec. 23", "put back the elections by one week to Dec. 30");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Moving_another_kind_of_event_leaves_the_date_set_standing()
    {
        var verdict = Check("the vote would take place as scheduled on Dec. 23", "put back the trial of the former minister by one week to Dec. 30");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_moved_event_is_filed_where_the_date_set_for_it_under_another_name_is_found()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder, Actors = Actors });
        Statement Said(string id, string text, int day) =>
            new(id, $"d{id}", "ardenia", "Ardenian electoral commission", text, false, StatementMode.Assert, null, Stance.Neutral, Set.AddDays(day), null, []);

        var set = engine.IndexKeys(Said("a", "the vote would take place as scheduled on Dec. 23", 0));
        var moved = engine.IndexKeys(Said("b", "put back the presidential, legislative and provincial elections by one week to Dec. 30", 7));

        Assert.Contains(set.Where(k => k.StartsWith("event|", StringComparison.Ordinal)), moved.Contains);
    }
}
