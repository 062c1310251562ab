using Monitor.Abstractions;
using Monitor.Cli.Evaluation;

namespace Monitor.Cli.Tests;

/// <summary>Retrieval recall: a must-fire pair counts when the watchers had the earlier document among the later one's candidates.</summary>
public sealed class RetrievalRecorderTests
{
    private static Statement In(string document, string id) =>
        new(id, document, "norland", "Spokesperson", "Text.", true, StatementMode.Assert, null, null, DateTimeOffset.UnixEpoch, null, []);

    [Fact]
    public void Pairs_are_counted_by_key_and_by_key_or_meaning_in_the_direction_of_time()
    {
        var recorder = new RetrievalRecorder();
        recorder.Compared(In("d2", "b"), byKey: [In("d1", "a")], byMeaning: []);
        recorder.Compared(In("d4", "d"), byKey: [], byMeaning: [In("d3", "c"), In("d1", "a")]);
        recorder.Compared(In("d5", "e"), byKey: [In("d4", "d")], byMeaning: []);
        MustFirePair[] mustFire =
        [
            new("d1", "d2", "norland", "stance-reversal: turned"),
            new("d3", "d4", "norland", "claim-negated: denied"),
            // Compared only the other way round (d5 with d4), which is not the direction of time this pair names.
            new("d5", "d4", "norland", "number-mismatch: figures"),
            new("d1", "d5", "norland", "date-mismatch: dates"),
        ];

        var score = recorder.Score(mustFire);

        Assert.Equal("retrieval: 2/4 must-fire pairs among candidates (by key alone: 1/4)", score.ToString());
        Assert.Equal(
            ["retrieved by meaning only d3 -> d4 norland claim-negated", "not retrieved d5 -> d4 norland number-mismatch", "not retrieved d1 -> d5 norland date-mismatch"],
            score.Details);
    }
}
