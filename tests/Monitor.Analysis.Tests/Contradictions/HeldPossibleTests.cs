using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A thing judged possible ("it was plausible rates would rise", "further delays were possible") is held open, not
/// said to be so. Ruled out, then held possible, then done: the act itself still turns the ruling-out, because a
/// possibility raised in between does not stand for the act.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class HeldPossibleTests(MiniLmFixture fixture)
{
    private static readonly ClaimExtractor Extractor = new();

    private static Claim One(string text) => Assert.Single(Extractor.Extract(text, new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("It was plausible interest rates in Ardenia would rise later this year.")]
    [InlineData("Further delays to the Veloria bridge were possible.")]
    [InlineData("It is entirely possible that the pilot lost consciousness.")]
    [InlineData("It was conceivable that the mine would reopen in spring.")]
    public void A_thing_judged_possible_is_held_open(string text) =>
        Assert.Equal(Modality.Possibility, One(text).Modality);

    [Theory]
    [InlineData("The coastguard did everything possible to reach the crew.", Modality.Fact)]
    [InlineData("The troops will leave the port as soon as possible.", Modality.Commitment)]
    public void Possible_outside_a_judgement_of_chance_hedges_nothing(string text, Modality modality) =>
        Assert.Equal(modality, One(text).Modality);

    private static Statement Said(string id, string text, int month) =>
        new(id, null, "ardenia-bank", "Governor Ivo Kral", text, true, StatementMode.Assert, null, Stance.Neutral,
            new DateTimeOffset(2023, month, 2, 9, 0, 0, TimeSpan.Zero), null, []);

    [Fact]
    public void An_act_ruled_out_then_held_possible_then_done_is_turned_by_the_act_too()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder });
        var ruledOut = Said("ruled-out", "the data did not justify a rate rise next year", 1);
        var heldOpen = Said("held-open", "it was plausible interest rates would rise later this year", 6);
        var done = Said("done", "the bank raised its cash rate on Tuesday for the first time in a decade", 11);

        var found = engine.Detect(done, [ruledOut, heldOpen]).Select(c => c.Earlier.Id).ToArray();

        Assert.Contains("ruled-out", found);
    }
}
