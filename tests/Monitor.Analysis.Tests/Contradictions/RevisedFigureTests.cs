using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An actor that puts a new figure on what it had put a figure on before — an estimate cut, a claim reduced, a
/// forecast raised — has changed its account, and says so in words that seldom repeat the first. A count that grows
/// as news comes in, or a rate moved by policy, names no assessment and is not a revision.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class RevisedFigureTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("acme", "Acme Shipping", ["Acme Shipping", "Acme"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset May2 = new(2022, 5, 2, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays) =>
        _checker.Check(new PairInput(earlier, "acme", May2), new PairInput(later, "acme", May2.AddDays(gapDays)));

    [Theory]
    [InlineData("estimated on Friday that its second-quarter operating profit rose 4 percent to 3.1 billion euros",
        "cut its estimate of second-quarter operating profit by a third, to 2.1 billion euros from the 3.1 billion euros it gave last week", 6)]
    [InlineData("the port would hold the freighter until its owner paid about $700 million in compensation for the blockage",
        "the company has reduced its compensation demand from the freighter's owner to $400 million", 40)]
    public void A_new_figure_put_on_the_same_thing_is_flagged(string earlier, string later, int gapDays)
    {
        var verdict = Check(earlier, later, gapDays);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
        Assert.Contains("new figure", verdict.Explanation);
    }

    [Theory]
    [InlineData("78 people were killed in the warehouse fire", "the number of people killed in the warehouse fire rose to 154", 2)]
    [InlineData("its freight rate on the Asia route stood at $1,200 a container", "it raised its freight rate on the Asia route to $1,500 a container from $1,200", 30)]
    public void A_count_that_grows_or_a_price_moved_is_not_a_revised_figure(string earlier, string later, int gapDays)
    {
        var verdict = Check(earlier, later, gapDays);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
