using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Leaving an office takes no object, so a vow not to step down and the resignation that follows share little but the
/// person: "has no intention of stepping down to legitimise the takeover" → "resigned as president". One person named on
/// both sides, or a side with no subject of its own speaking of its speaker, is one matter; two office holders of one
/// government ("the finance minister", "the foreign minister") are two.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class OfficeHolderTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenia"], [new SpeakerDefinition("Ivo Kral", "president", new DateOnly(2010, 1, 1), null)]),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int day) => new(2024, 5, day, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_vow_not_to_step_down_then_a_resignation_by_the_same_person_is_flagged()
    {
        var verdict = _checker.Check(
            new PairInput("Kral and his wife Mara are ready to die for what is right and have no intention of stepping down to legitimise this week's military takeover", "ardenia", On(2)),
            new PairInput("Ivo Kral resigned as Ardenia's president on Tuesday, ending 20 years in power", "ardenia", On(7)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void One_minister_vowing_to_stay_and_another_resigning_is_no_turn()
    {
        var verdict = _checker.Check(
            new PairInput("The Finance Minister has no intention of stepping down over the budget dispute", "ardenia", On(2)),
            new PairInput("The Foreign Minister resigned on Tuesday, citing the crisis in the coalition", "ardenia", On(5)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_readiness_to_stay_told_in_the_past_then_the_resignation_of_the_speakers_government_is_flagged()
    {
        var verdict = _checker.Check(
            new PairInput("he was ready to stay in office for two months to give the parties time to agree on reforms", "ardenia", On(2), "Ivo Kral"),
            new PairInput("announced the resignation of his government on Monday", "ardenia", On(4), "Ivo Kral"));

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void One_person_ready_to_stay_and_another_announcing_a_resignation_is_no_turn()
    {
        var verdict = _checker.Check(
            new PairInput("he was ready to stay in office for two months to give the parties time to agree on reforms", "ardenia", On(2), "Ivo Kral"),
            new PairInput("announced the resignation of his government on Monday", "ardenia", On(4), "Tomas Reyka"));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
