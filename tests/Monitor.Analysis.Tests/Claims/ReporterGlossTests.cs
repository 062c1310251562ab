using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// What the reporter adds is not the claim: a phrase after a comma that sums the news up (", the most specific account
/// it has given", ", a move that surprised markets") gives the claim neither its act nor its polarity. A participle
/// straight after its noun describes the noun ("cash held in trust accounts did not exist": the claim is that the cash
/// did not exist). And what was to be, told in the past ("was supposed to be held"), is a plan as it stood, not a fact.
/// </summary>
public sealed class ReporterGlossTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static Claim One(string text) => Assert.Single(Extractor.Extract(text, new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("Tomas Rell sent a dozen centrifuges to Veloria, the most specific account Ardenia has given of the trade", "send")]
    [InlineData("The Ardenian central bank raised its main rate by half a point, a move that surprised most economists", "rais")]
    [InlineData("Ardenia withdrew its ambassador from Veloria, the clearest sign yet that talks have failed", "withdraw")]
    public void A_phrase_that_sums_the_news_up_is_not_the_act(string text, string act) =>
        Assert.Equal(act, One(text).Predicate);

    [Fact]
    public void A_phrase_that_sums_the_news_up_does_not_negate_the_claim() =>
        Assert.Equal(Polarity.Positive, One("Ardenia signed the accord on Monday, a step its neighbours had not expected").Polarity);

    [Fact]
    public void A_participle_after_its_noun_describes_the_noun()
    {
        var claim = One("The 2 billion crowns Scorewell had booked as cash held in trust accounts did not exist");

        Assert.Equal("exist", claim.Predicate);
        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Fact]
    public void A_plan_told_in_the_past_is_no_fact() =>
        Assert.Equal(Modality.Possibility, One("The cash was supposed to be held in trust accounts at two banks in Veloria").Modality);
}
