using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Cli.Evaluation;

namespace Monitor.Cli.Tests;

/// <summary>A missed must-fire pair is explained by the closest decision among the statement pairs the watchers compared.</summary>
public sealed class ClosestCallRecorderTests
{
    private static Statement In(string document, string id, string actor, string text, int day) =>
        new(id, document, actor, "Spokesperson", text, true, StatementMode.Assert, null, null,
            new DateTimeOffset(2024, 3, day, 9, 0, 0, TimeSpan.Zero), null, []);

    [Fact]
    public void Each_pair_gets_its_closest_finding_the_reason_none_was_judged_or_that_it_was_never_compared()
    {
        var recorder = new ClosestCallRecorder();
        var promise = In("d1", "a", "chile", "The ministry will reopen the northern border crossing on Monday.", 1);
        var turn = In("d2", "b", "chile", "The ministry will not reopen the northern border crossing this month.", 5);
        var other = In("d3", "c", "peru", "Lima will host the fisheries summit in June.", 6);
        recorder.Compared(turn, byKey: [promise], byMeaning: []);
        recorder.Compared(other, byKey: [], byMeaning: [promise]);
        var analyzer = new StatementAnalyzer(null, new ActorMentions([]));
        var decider = new PairDecider(new ContradictionOptions { Actors = [] });

        var lines = recorder.Explain(
            [
                new MustFirePair("d1", "d2", "chile", "claim-negated: reopening, then not"),
                new MustFirePair("d1", "d3", "chile", "claim-negated: unrelated"),
                new MustFirePair("d2", "d3", "chile", "claim-negated: never met"),
            ], analyzer, decider).ToList();

        Assert.Equal(3, lines.Count);
        Assert.Matches(@"^closest d1 -> d2: negated-claim [01]\.\d\d \(threshold 0\.50\) chile said it, then said the opposite", lines[0]);
        Assert.Equal("closest d1 -> d3: 1 statement pairs compared, none judged (different actors, and neither is a report about the other)", lines[1]);
        Assert.Equal("closest d2 -> d3: never compared", lines[2]);
    }
}
