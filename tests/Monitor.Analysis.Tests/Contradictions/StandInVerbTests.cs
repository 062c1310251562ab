using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A clause whose verb stands in for an act named elsewhere ("was not about to do so", "it could not be done") says
/// nothing that an earlier statement could be the opposite of, however many names the two share. Nor does a claim
/// without a verb that says what a thing is ("the jet was not a luxury") when the other never calls it that. A claim
/// without a verb that tells whether something happens ("there was a third country involved") still does.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class StandInVerbTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("norway", "Norway", ["Norway", "Oslo"], []),
        new("sweden", "Sweden", ["Sweden", "Stockholm"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "norway", On(3, 1)), new PairInput(later, "norway", On(3, 20)));

    [Theory]
    [InlineData("We have been very clear to the Halvorsen government that moving its rockets to the coast would cross a line",
        "Halvorsen was not about to do so and that it could not be done")]
    [InlineData("We have been very clear to the Halvorsen regime, but also to other players on the ground, that a red line for us is we start seeing a whole bunch of rockets moving around or being used",
        "Halvorsen was not about to do so and that it could not be done")]
    [InlineData("Oslo has concluded that Halvorsen's troops were responsible for the raid on the harbour, in which hundreds of people were killed",
        "Halvorsen was not about to do so and that it could not be done")]
    [InlineData("Oslo has concluded that Halvorsen's troops were responsible for the raid on the harbour",
        "Halvorsen would never do that")]
    [InlineData("We have told the Halvorsen government that any new test would have consequences", "Halvorsen refused to do it")]
    public void A_stand_in_verb_sharing_only_a_name_contradicts_nothing(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_claim_that_something_will_not_happen_still_meets_its_happening()
    {
        var verdict = Check("There will be no strike by the dock workers this month", "The strike by the dock workers went ahead on Tuesday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("Problems with the Kestrel jet would delay deliveries and eat into profits for years",
        "The Kestrel jet was not a luxury but a necessity")]
    [InlineData("The new port would open to ships next spring", "The port is not a gift to the navy")]
    public void A_claim_that_says_what_a_thing_is_is_no_answer_to_an_act(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_thing_said_to_be_there_still_meets_its_denial()
    {
        var verdict = Check("No third country was involved in the initiative", "There was a third country involved in our initiative");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
