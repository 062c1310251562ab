using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Contradictions.Judges;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An actor describes something with a word, then says the word should no longer be used: the description is
/// taken back though nothing else is repeated. A word the actor never used, or had already denied, or another
/// actor's word, is no retraction.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DroppedLabelTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("norway", "Norway", ["Norway", "Oslo"], []),
        new("sweden", "Sweden", ["Sweden", "Stockholm"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int day) => new(2024, 3, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, string laterActor = "norway") =>
        _checker.Check(new PairInput(earlier, "norway", On(1)), new PairInput(later, laterActor, On(25)));

    [Theory]
    [InlineData("the jump in rents was expected to be short-lived", "the ministry should stop describing the rise in rents as short-lived")]
    [InlineData("the border incident was an isolated provocation by smugglers", "the government no longer regards the border incidents as isolated")]
    [InlineData("the fall in exports is a seasonal blip", "it was time to drop the word seasonal when speaking about exports")]
    public void A_description_then_a_call_to_stop_using_its_word_is_flagged(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
        Assert.Contains("dropped the word", verdict.Explanation);
    }

    [Fact]
    public void A_word_the_actor_had_denied_is_not_taken_back()
    {
        var verdict = Check("the jump in rents was not short-lived", "the ministry should stop describing the rise in rents as short-lived");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_word_the_actor_never_used_is_not_taken_back()
    {
        var verdict = Check("the jump in rents was expected to ease by the autumn", "the ministry should stop describing the rise in rents as short-lived");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Another_actor_dropping_the_word_contradicts_nobody()
    {
        var verdict = Check("the jump in rents was expected to be short-lived", "critics should stop describing the rise in rents as short-lived", laterActor: "sweden");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("we should stop describing inflation as transitory", "transitory")]
    [InlineData("Officials have ceased describing the outbreak as a \"pandemic\"", "pandemic")]
    [InlineData("the bank retired the term 'temporary' last week", "temporary")]
    [InlineData("the minister will stop travelling as often as before", null)]
    public void The_dropped_word_is_read_from_the_retraction(string text, string? label) =>
        Assert.Equal(label, DroppedLabelJudge.DroppedLabel(text));
}
