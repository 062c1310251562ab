using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An act told in the passive is done to its subject: "the carriages had been buried to make room for the rescue", then
/// "none of the derailed carriages had been buried", is one act on one thing, turned around, though the words after
/// the verb share nothing.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class PassiveActTurnedTests(MiniLmFixture fixture)
{
    private static PairInput Side(string text, string day) => new(text, "tusan-rail", DateTimeOffset.Parse(day));

    [Fact]
    public void An_act_in_the_passive_denied_later_of_the_same_subject_is_a_turn()
    {
        var checker = new PairChecker(fixture.Embedder);

        var verdict = checker.Check(
            Side("The wreck lay in a swamp, and the carriages had been buried to make way for the cranes.", "2024-07-25T09:00:00Z"),
            Side("None of the twisted metal or derailed carriages had been buried.", "2024-08-01T09:00:00Z"));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void The_same_act_in_the_passive_on_another_subject_is_not()
    {
        var checker = new PairChecker(fixture.Embedder);

        var verdict = checker.Check(
            Side("The wreck lay in a swamp, and the carriages had been buried to make way for the cranes.", "2024-07-25T09:00:00Z"),
            Side("None of the victims' letters or photographs had been buried.", "2024-08-01T09:00:00Z"));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
