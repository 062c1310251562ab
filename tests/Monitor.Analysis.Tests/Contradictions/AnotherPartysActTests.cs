using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Talks another tracked actor refused, told by the speaker ("Veloria had not been willing to discuss paying more"), are
/// not the speaker's to take back: the speaker's later agreement or law does not reach them. The speaker's own
/// ruled-out act, then done, still turns.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class AnotherPartysActTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenia", "Ardenian government"], []),
        new("veloria", "Veloria", ["Veloria", "Velorian government"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset February = new(2009, 2, 3, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", February), new PairInput(later, "ardenia", February.AddDays(17)));

    [Fact]
    public void Another_actors_refusal_is_not_negated_by_the_speakers_act()
    {
        var verdict = Check("Veloria had not been willing to discuss paying more for the use of the Sarno air base",
            "signed a law on Friday ending the agreement that lets Veloria's forces use the Sarno air base");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void The_speakers_own_act_ruled_out_and_then_done_still_turns()
    {
        var verdict = Check("the government would not sign any law ending the agreement on the Sarno air base",
            "signed a law on Friday ending the agreement that lets Veloria's forces use the Sarno air base");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
