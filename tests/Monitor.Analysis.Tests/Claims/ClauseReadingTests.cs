using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// How a clause's act and polarity are read when the verb is not the act: light verbs whose noun names it, fulfilment
/// of a debt, a preference that refuses, and negations whose scope is a phrase or a clause of their own.
/// </summary>
public sealed class ClauseReadingTests
{
    private static readonly DateTimeOffset SaidAt = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly ClaimExtractor _extractor = new();

    private Claim One(string text) => Assert.Single(_extractor.Extract(text, SaidAt));

    [Theory]
    [InlineData("failed to make a scheduled repayment to the Asian Development Bank", "repay", Polarity.Negative)]
    [InlineData("The utility made the final payment on its turbine order", "pay", Polarity.Positive)]
    [InlineData("The two parties reached an agreement late on Sunday", "agree", Polarity.Positive)]
    [InlineData("The cabinet took the decision after a long debate", "decid", Polarity.Positive)]
    public void A_light_verb_gives_way_to_the_act_its_noun_names(string text, string act, Polarity polarity)
    {
        var claim = One(text);

        Assert.Equal(act, claim.Predicate);
        Assert.Equal(polarity, claim.Polarity);
    }

    [Fact]
    public void A_condition_that_comes_first_does_not_give_the_act()
    {
        var claim = One("If any citizens are left, we are going to stay until they are all out");

        Assert.Equal("stay", claim.Predicate);
        Assert.True(claim.Conditional);
    }

    [Fact]
    public void A_figure_with_a_comma_inside_a_condition_does_not_end_the_condition()
    {
        var claim = One("If 1,200 citizens remain there, we are going to stay until they are all out");

        Assert.Equal("stay", claim.Predicate);
    }

    [Fact]
    public void A_word_with_a_negating_prefix_neither_negates_nor_names_the_word_it_prefixes()
    {
        var claim = One("The party backed a snap election to stop a no-deal exit");

        Assert.Equal(Polarity.Positive, claim.Polarity);
        Assert.DoesNotContain("deal", claim.Terms);
    }

    [Fact]
    public void A_capitalised_referendum_option_is_not_a_negation() =>
        Assert.Equal(Polarity.Positive, One("The minister resigned on Monday after the No vote").Polarity);

    [Fact]
    public void Not_acting_before_a_step_is_a_sequence_not_a_condition() =>
        Assert.False(One("The board does not expect to raise rates before its purchases end").Conditional);

    [Theory]
    [InlineData("The president signed a decree on Friday to raise the retirement age", "rais")]
    [InlineData("The two leaders signed the treaty with Japan in the capital", "sign")]
    public void Signing_a_document_to_do_something_is_that_act(string text, string act) =>
        Assert.Equal(act, One(text).Predicate);

    [Theory]
    [InlineData("The warehouse caught fire and the guards closed the gate", "close")]
    [InlineData("The depot had been on fire for hours when the army withdrew its troops", "withdraw")]
    public void Fire_that_was_caught_or_burned_on_is_not_the_act_of_firing(string text, string act) =>
        Assert.Equal(PredicateLexicon.StemOf(act), One(text).Predicate);

    [Theory]
    [InlineData("the ministry will lift the ban, according to officials who declined to confirm it", "lift", Polarity.Positive)]
    [InlineData("the bank will raise rates, even though it had said it would not", "rais", Polarity.Positive)]
    [InlineData("the port will not reopen, although the navy cleared the mines", "reopen", Polarity.Negative)]
    public void A_source_or_a_granted_fact_after_a_comma_is_not_the_claim(string text, string act, Polarity polarity)
    {
        var claim = One(text);

        Assert.Equal((act, polarity, Modality.Commitment), (claim.Predicate, claim.Polarity, claim.Modality));
    }

    [Theory]
    [InlineData("the government would sign the treaty, hours before parliament voted not to ratify it unless it was amended", "sign")]
    [InlineData("the cabinet would never impose the levy, a day after the regulator warned it might need to seek new powers if prices rose", "impos")]
    [InlineData("the ministry will open the border crossing, only weeks after the army refused to withdraw from it", "open")]
    public void A_clause_that_places_the_claim_against_another_event_is_background(string text, string act)
    {
        var claim = One(text);

        Assert.Equal(act, claim.Predicate);
        Assert.Equal(text.Contains("never") ? Polarity.Negative : Polarity.Positive, claim.Polarity);
        Assert.Equal(Modality.Commitment, claim.Modality);
        Assert.False(claim.Conditional);
    }

    [Theory]
    [InlineData("Tremors under the dam indicated the presence of a fault", "indicat")]
    [InlineData("The governor indicated that the bank would raise rates in June", "rais")]
    public void Indicating_is_the_claim_only_when_no_act_is_indicated(string text, string act) =>
        Assert.Equal(act, One(text).Predicate);

    [Fact]
    public void A_second_reported_clause_after_and_that_is_a_claim_of_its_own()
    {
        var claims = _extractor.Extract("its plans did not include closing the border and that it did not intend to raise tariffs", SaidAt);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(Polarity.Negative, c.Polarity));
    }

    [Fact]
    public void A_country_adjective_and_the_country_are_one_term() =>
        Assert.Contains(One("the troops left the regions of Ukraine").Terms, One("the troops left Ukrainian territory").Terms.Contains);

    [Theory]
    [InlineData("the ministry had no plans to close the port, after talks on the union's demands for higher pay")]
    [InlineData("the cabinet would not reopen the mine despite the demand for jobs in the valley")]
    public void A_demand_named_as_a_thing_asks_for_nothing(string text) =>
        Assert.NotEqual(Modality.Demand, One(text).Modality);

    [Fact]
    public void A_demand_made_is_still_a_demand() =>
        Assert.Equal(Modality.Demand, One("the union demands that the ministry reopen the port").Modality);

    [Fact]
    public void An_agreement_to_do_something_is_that_act()
    {
        var claim = One("negotiators reached a deal on Friday under which the agreement to lift the fishing quota was sealed");

        Assert.NotEqual("reach", claim.Predicate);
        Assert.Equal("lift", One("the parties reached an agreement in principle to lift the fishing quota").Predicate);
    }

    [Theory]
    [InlineData("The republic would honour its debts to every bondholder")]
    [InlineData("The province would keep servicing its foreign loans")]
    [InlineData("The utility intends to meet all its obligations to its creditors")]
    public void Honouring_a_debt_is_paying_it(string text) => Assert.Equal("pay", One(text).Predicate);

    [Fact]
    public void Honouring_something_that_is_not_owed_money_stays_honouring()
    {
        Assert.Equal("honour", One("The league would honour the ceasefire along the river").Predicate);
        Assert.Equal("meet", One("The envoy will meet the rebel commanders on Thursday").Predicate);
    }

    [Fact]
    public void Would_rather_do_anything_than_an_act_refuses_that_act()
    {
        var claim = One("He would rather walk away from office than ask the lenders for more time");

        Assert.Equal("ask", claim.Predicate);
        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal(Modality.Commitment, claim.Modality);
        Assert.DoesNotContain("office", claim.Terms);
    }

    [Fact]
    public void Rather_than_between_two_means_refuses_nothing()
    {
        var claim = One("The ministry would evacuate the workers by ferry rather than by air");

        Assert.Equal(Polarity.Positive, claim.Polarity);
        Assert.Equal("evacuat", claim.Predicate);
    }

    [Fact]
    public void Without_negates_its_own_phrase_not_the_claim()
    {
        var claim = One("The state was able to pay its suppliers without cutting public salaries");

        Assert.Equal(Polarity.Positive, claim.Polarity);
        Assert.Equal("pay", claim.Predicate);
    }

    [Fact]
    public void A_negation_in_a_clause_about_the_object_leaves_the_claim_positive()
    {
        Assert.Equal(Polarity.Positive, One("The premier had accepted a compromise he did not believe in").Polarity);
        Assert.Equal(Polarity.Positive, One("The council approved a budget that does not include the new bridge").Polarity);
        Assert.Equal(Polarity.Negative, One("The premier said he would not accept the compromise").Polarity);
    }

    [Fact]
    public void A_capitalised_name_inside_a_sentence_is_never_the_predicate()
    {
        var claim = One("The loan was arranged by the International Monetary Fund last spring");

        Assert.NotEqual("fund", claim.Predicate);
    }

    [Fact]
    public void Ruling_out_an_act_is_an_intention()
    {
        var claim = One("The minister ruled out raising the fuel duty");

        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal(Modality.Commitment, claim.Modality);
    }

    [Fact]
    public void A_pronoun_object_stands_for_the_clause_before_it()
    {
        var claims = _extractor.Extract("the pension reform would be debated on Thursday as planned, and ruled out withdrawing it", SaidAt);

        Assert.Equal(2, claims.Count);
        Assert.Equal("withdraw", claims[1].Predicate);
        Assert.Contains("reform", claims[1].Object);
    }

    [Theory]
    [InlineData("The kingdom would quit the customs pact on Nov. 30, whatever the courts decide", 11, 30)]
    [InlineData("Mr. Okafor said the port would reopen on Sept. 14 after repairs", 9, 14)]
    public void An_abbreviated_month_or_title_does_not_end_the_sentence(string text, int month, int day)
    {
        var claim = One(text);

        var date = Assert.Single(claim.Dates);
        Assert.Equal(new DateOnly(2025, month, day), date.Start);
    }

    [Theory]
    [InlineData("The premier has decided not to call an early election", "call")]
    [InlineData("The two governments agreed never to test such weapons again", "test")]
    public void A_negation_between_a_governing_verb_and_its_infinitive_falls_on_the_act(string text, string act)
    {
        var claim = One(text);

        Assert.Equal(act, claim.Predicate);
        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Fact]
    public void A_second_predicate_joined_by_and_with_its_own_auxiliary_is_a_claim_of_its_own()
    {
        var claims = _extractor.Extract("The premier has decided not to call an early election, and will leave it to parliament to choose a successor", SaidAt);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("call", Polarity.Negative), (claims[0].Predicate, claims[0].Polarity));
        Assert.Equal(("leav", Polarity.Positive), (claims[1].Predicate, claims[1].Polarity));
    }

    [Theory]
    [InlineData("Data from 500 million accounts was stolen in 2014 by what it believes was a state actor", "steal")]
    [InlineData("The troops held what they call a routine drill near the border", "hold")]
    public void A_free_relative_names_a_thing_and_its_verb_is_no_act(string text, string act)
    {
        Assert.Equal(PredicateLexicon.StemOf(act), One(text).Predicate);
    }

    [Theory]
    [InlineData("Ardenia agreed to start withdrawing its troops from the region", "withdraw")]
    [InlineData("The army began pulling its forces back from the border", "pull")]
    public void The_act_begun_is_the_act(string text, string act)
    {
        Assert.StartsWith(PredicateLexicon.StemOf(act), One(text).Predicate, StringComparison.Ordinal);
    }
}
