using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// An act told in the passive after "been" is the claim's act, whether the lexicon lists the verb or not, and comes
/// before a purpose clause after it; a participle that hands the act to a verb after it ("been asked to leave") does not.
/// </summary>
public sealed class PassiveActTests
{
    private static readonly DateTimeOffset SaidAt = new(2025, 8, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly ClaimExtractor _extractor = new();

    private Claim One(string text) => Assert.Single(_extractor.Extract(text, SaidAt));

    [Theory]
    [InlineData("The wrecked carriages had been buried to make room for the rescue teams.", "buri", Polarity.Positive)]
    [InlineData("None of the wrecked carriages had been buried.", "buri", Polarity.Negative)]
    [InlineData("The test results had been concealed to protect the company's licence.", "conceal", Polarity.Positive)]
    [InlineData("The two journalists have been detained since Friday.", "detain", Polarity.Positive)]
    public void A_participle_after_been_is_the_act_before_any_purpose_clause(string text, string predicate, Polarity polarity)
    {
        var claim = One(text);

        Assert.Equal((predicate, polarity), (claim.Predicate, claim.Polarity));
    }

    [Theory]
    [InlineData("The crew had been ordered to leave the vessel.", "leav")]
    [InlineData("The minister had been expected to resign.", "resign")]
    public void A_participle_that_hands_the_act_on_leaves_it_to_the_verb_after_it(string text, string predicate)
    {
        Assert.Equal(predicate, One(text).Predicate);
    }

    [Theory]
    [InlineData("None of the wrecked carriages had been buried.", true)]
    [InlineData("The wrecked carriages were not buried.", true)]
    [InlineData("Workers buried the wrecked carriages on Sunday.", false)]
    public void An_act_in_the_passive_is_marked_so_its_subject_is_what_it_was_done_to(string text, bool passive)
    {
        Assert.Equal(passive, One(text).Passive);
    }
}
