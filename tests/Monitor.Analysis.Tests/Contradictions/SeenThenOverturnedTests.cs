using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// What an actor said it saw, hedged with "appeared to", is an account a later fact can overturn, in other words for
/// the same thing ("leaking" / "pouring"); an office it said it would keep is given up by resigning.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class SeenThenOverturnedTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("elbonia", "Elbonia", ["Elbonia", "Elbonian coast guard"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset July4 = new(2021, 7, 4, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays) =>
        _checker.Check(new PairInput(earlier, "elbonia", July4), new PairInput(later, "elbonia", July4.AddDays(gapDays)));

    [Theory]
    [InlineData("no fuel appeared to be leaking from the grounded tanker off the northern cape",
        "fuel is pouring from the grounded tanker off the northern cape at about 300 tonnes a day")]
    [InlineData("no gas seemed to be escaping from the damaged pipeline under the bay",
        "gas is gushing from the damaged pipeline under the bay")]
    public void Something_said_to_appear_not_to_happen_then_found_happening_is_flagged(string earlier, string later)
    {
        var verdict = Check(earlier, later, 5);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void Something_said_to_appear_not_to_happen_then_only_possibly_happening_is_not_flagged()
    {
        var verdict = Check("no fuel appeared to be leaking from the grounded tanker off the northern cape",
            "fuel may be leaking from the grounded tanker off the northern cape", 5);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_office_promised_to_be_kept_then_resigned_is_a_turn()
    {
        var verdict = Check("the prime minister would stay in office for two more months to see the reforms through",
            "the prime minister resigned on Monday, two days after the protests", 2);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
