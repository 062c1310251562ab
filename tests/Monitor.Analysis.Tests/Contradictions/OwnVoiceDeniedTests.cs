using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An actor's voice denying what its own voice said days before ("dismissed as fake news an announcement by the
/// president's own spokesman") is the actor saying one thing and then its opposite. A denial of someone else's report,
/// which the actor's earlier words agree with, is not.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class OwnVoiceDeniedTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("ardenia", "Ardenia", ["Ardenian government"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset Friday = new(2024, 2, 7, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", Friday), new PairInput(later, "ardenia", Friday.AddDays(1)));

    [Fact]
    public void Denying_what_the_actors_own_spokesman_announced_is_flagged()
    {
        var verdict = Check(
            "President Ivo Kral has ordered that Tusan be notified that Ardenia is ending the defence agreement",
            "dismissed as fake news an announcement by the president's own spokesman that Kral had ordered Tusan notified of the end of the defence agreement");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void Denying_another_sides_report_that_the_earlier_words_agree_with_is_not_flagged()
    {
        var verdict = Check(
            "the journalist walked out of the consulate shortly after arriving and was not in Ardenia",
            "rejected as baseless a report that the journalist had been killed inside the consulate");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
