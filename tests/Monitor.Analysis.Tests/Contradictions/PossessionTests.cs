using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Holding a thing is one act whatever the verb: "continued to possess the missiles" and "did not have the missiles"
/// say opposite things of one holding, also when the first is vouched for by a frame ("left no doubt that …").
/// Having something else, or a need ("did not have to"), is no denial of the holding.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class PossessionTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("ardenia", "Ardenia", ["Ardenia"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int year) => new(year, 3, 18, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", On(2023)), new PairInput(later, "ardenia", On(2024)));

    [Theory]
    [InlineData("Tusan continued to possess and hide some of the deadliest chemical weapons ever made")]
    [InlineData("the inspectors' findings left no doubt that Tusan continued to possess and hide some of the deadliest chemical weapons ever made")]
    public void Possession_said_then_denied_is_flagged(string earlier)
    {
        var verdict = Check(earlier, "Tusan did not have the chemical weapons that our intelligence believed it had");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void Having_something_else_denies_nothing()
    {
        var verdict = Check("Tusan continued to possess and hide some of the deadliest chemical weapons ever made",
            "Tusan did not have the money to pay its soldiers this winter");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
