using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An act named by the gerund that opens a sentence ("Changing the voting system will not be in your mandate",
/// "Raising the levy is off the table") is what the rest of it rules in or out; and replacing or reforming a thing is one
/// way of changing it, so ruling out any change turns a promise to replace it.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class GerundActTests(MiniLmFixture fixture)
{
    private static readonly ClaimExtractor Extractor = new();

    private static Claim One(string text) => Assert.Single(Extractor.Extract(text, new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("Changing the voting system will not be in your mandate", "chang")]
    [InlineData("Raising the fuel levy is not on the agenda", "rais")]
    public void The_opening_gerund_is_the_act_ruled_out(string text, string predicate)
    {
        var claim = One(text);

        Assert.Equal(predicate, claim.Predicate);
        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Fact]
    public void A_gerund_before_a_verb_of_its_own_is_no_act()
    {
        var claim = One("Shipping costs rose sharply in March");

        Assert.NotEqual(PredicateLexicon.StemOf("shipping"), claim.Predicate);
        Assert.NotEmpty(claim.Predicate);
    }

    [Fact]
    public void A_promise_to_replace_a_thing_is_turned_by_ruling_out_any_change_to_it()
    {
        var checker = new PairChecker(fixture.Embedder, []);

        var verdict = checker.Check(
            new PairInput("the government would replace Ardenia's first-past-the-post voting system before the next federal election", "ardenia", new DateTimeOffset(2022, 12, 4, 9, 0, 0, TimeSpan.Zero)),
            new PairInput("Changing the voting system will not be in your mandate", "ardenia", new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
