using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

public sealed class ClaimExtractorTests
{
    // A Monday.
    private static readonly DateTimeOffset SaidAt = new(2025, 2, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly ClaimExtractor _extractor = new();

    private Claim One(string text) => Assert.Single(_extractor.Extract(text, SaidAt));

    [Fact]
    public void A_commitment_not_to_act_is_negative_with_its_cue()
    {
        var claim = One("We have no plans to impose tariffs on imported steel.");

        Assert.Equal("impos", claim.Predicate);
        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal(Modality.Commitment, claim.Modality);
        Assert.Equal("no plans to impose tariffs", claim.Cue);
        Assert.Contains("tariff", claim.Terms);
    }

    [Fact]
    public void A_state_after_a_copula_is_the_predicate()
    {
        var claim = One("The embassy will stay shut.");

        Assert.Equal("shut", claim.Predicate);
        Assert.Equal("embassy", claim.Subject);
    }

    [Theory]
    [InlineData("Our funding position had significantly deteriorated.", "deteriorated")]
    [InlineData("The ministry will quickly restore the subsidy.", "restore")]
    [InlineData("The bank has sharply weakened its forecast.", "weakened")]
    public void An_adverb_between_the_auxiliary_and_the_verb_leaves_the_verb_the_predicate(string text, string predicate)
    {
        var claim = One(text);

        Assert.Equal(predicate, claim.PredicateText);
    }

    [Fact]
    public void A_noun_in_ly_before_a_verb_is_no_adverb()
    {
        // "the supply" is a thing; the verb after it is found as before.
        var claim = One("The bank said the supply halted on Monday.");

        Assert.Equal("halt", claim.Predicate);
    }

    [Fact]
    public void After_do_support_have_is_the_verb_of_possession()
    {
        var claim = One("Ardenia did not have the missiles its neighbours feared.");

        Assert.Equal("have", claim.PredicateText);
        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Theory]
    [InlineData("Ardenia does not have any plans to impose tariffs on steel.", "impos")]
    [InlineData("Ardenia did not have to raise the levy this year.", "rais")]
    public void Have_that_governs_another_act_leaves_that_act_the_predicate(string text, string predicate)
    {
        var claim = One(text);

        Assert.Equal(predicate, claim.Predicate);
        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Theory]
    [InlineData("We have decided to terminate the fuel levy.", "terminat")]
    [InlineData("Ardenia would rescind the export ban next month.", "rescind")]
    [InlineData("Ardenia will bring its envoy home and withdraw its troops.", "withdraw")]
    public void A_word_that_can_only_be_a_verb_after_to_or_a_modal_is_the_act_unless_another_verb_is_joined_on(string text, string predicate) =>
        Assert.Equal(predicate, One(text).Predicate);

    [Theory]
    [InlineData("President Ivo Kral stepped down on Friday and handed power to the army.", "step down")]
    [InlineData("Kral had decided to give up the office of president.", "giv up")]
    public void A_verb_with_its_particle_is_the_act_before_a_later_one_and_before_a_noun(string text, string predicate) =>
        Assert.Equal(predicate, One(text).Predicate);

    [Theory]
    [InlineData("Divers would try to reach the wreck on Monday.")]
    [InlineData("Divers are trying to reach the wreck.")]
    public void An_attempt_still_to_come_is_no_outcome(string text) =>
        Assert.Equal(Modality.Possibility, One(text).Modality);

    [Theory]
    [InlineData("The pilot tried to land on the closed runway.")]
    public void An_attempt_told_as_done_is_a_fact_of_the_attempt(string text) =>
        Assert.Equal(Modality.Fact, One(text).Modality);

    [Fact]
    public void Giving_up_an_attempt_ends_the_effort_it_names() =>
        Assert.NotEqual(Modality.Possibility, One("The central bank gave up its attempt to fix the currency on Wednesday.").Modality);

    [Theory]
    [InlineData("The report left no doubt that Ardenia continued to possess the missiles.")]
    [InlineData("There is no question that Ardenia continued to possess the missiles.")]
    [InlineData("Officials established beyond doubt that Ardenia continued to possess the missiles.")]
    public void A_doubt_denied_vouches_for_what_follows(string text)
    {
        var claim = One(text);

        Assert.Equal("possess", claim.Predicate);
        Assert.Equal(Polarity.Positive, claim.Polarity);
        Assert.Equal("ardenia", claim.Subject);
    }

    [Theory]
    [InlineData("Banks would remain closed until Thursday to prevent a run on deposits.")]
    [InlineData("The embassy will stay shut until Thursday.")]
    public void A_state_held_until_a_weekday_runs_to_the_coming_one(string text)
    {
        // Said on Monday 3 February 2025: "closed" after "remain" is a state, not a past act, so Thursday is the 6th.
        var claim = One(text);

        Assert.Equal(new DateOnly(2025, 2, 6), Assert.Single(claim.Dates).Start);
    }

    [Fact]
    public void Relative_and_absolute_dates_resolve_against_the_time_said()
    {
        Assert.Equal(new DateOnly(2025, 2, 6), One("Talks will be held on Thursday.").Dates[0].Start);
        Assert.Equal(new DateOnly(2025, 5, 4), One("Talks will be held on 4 May.").Dates[0].Start);
        Assert.Equal(new DateOnly(2025, 5, 14), One("Talks will be held on May 14.").Dates[0].Start);
        var nextYear = One("The office will open next year.").Dates[0];
        Assert.Equal((2026, DatePrecision.Year), (nextYear.Start.Year, nextYear.Precision));
        var march = One("The embassy will reopen in March.").Dates[0];
        Assert.Equal((new DateOnly(2025, 3, 1), DatePrecision.Month), (march.Start, march.Precision));
        Assert.Equal(new DateOnly(2025, 1, 30), One("The ministers met on Thursday.").Dates[0].Start);
    }

    [Fact]
    public void A_weekday_said_of_the_past_on_that_weekday_is_the_same_day()
    {
        // Said on Monday 3 February 2025.
        Assert.Equal(new DateOnly(2025, 2, 3), One("The ministers met on Monday.").Dates[0].Start);
        Assert.Equal(new DateOnly(2025, 1, 27), One("The ministers met last Monday.").Dates[0].Start);
        Assert.Equal(new DateOnly(2025, 2, 10), One("Talks will be held on Monday.").Dates[0].Start);
    }

    [Fact]
    public void The_middle_or_end_of_a_year_is_a_month_of_that_year()
    {
        var middle = One("The programme will wind down by the middle of next year.").Dates[0];
        Assert.Equal((new DateOnly(2026, 6, 1), DatePrecision.Month), (middle.Start, middle.Precision));
        Assert.Equal(new DateOnly(2027, 6, 1), One("The plant will close in mid-2027.").Dates[0].Start);
        Assert.Equal(new DateOnly(2025, 12, 1), One("The troops will leave by the end of this year.").Dates[0].Start);
    }

    [Fact]
    public void Rate_moves_are_read_in_basis_points_whatever_their_wording()
    {
        Assert.Equal((75m, "bp"), Figure("The bank raised rates by three-quarters of a percentage point."));
        Assert.Equal((50m, "bp"), Figure("The bank raised rates by half a percentage point."));
        Assert.Equal((25m, "bp"), Figure("The bank will raise rates by 25 basis points."));
        Assert.Equal((100m, "bp"), Figure("The bank cut rates by 1 percentage point."));
    }

    [Fact]
    public void A_day_promised_or_put_off_to_lies_ahead_even_when_the_same_day_last_year_is_nearer()
    {
        // Said on 3 February: the nearest 30 September is last year's, but a promise or a delay means the next one.
        Assert.Equal(new DateOnly(2025, 9, 30), One("The country will leave the union on Sept. 30.").Dates[0].Start);
        Assert.Equal(new DateOnly(2025, 9, 30), One("The ministry asked the union to postpone the vote until September 30.").Dates.Single(d => d.Text.Contains("September")).Start);
        Assert.Equal(new DateOnly(2024, 9, 30), One("The vote was held on September 30.").Dates[0].Start);
    }

    private (decimal, string) Figure(string text)
    {
        var quantity = Assert.Single(One(text).Quantities);
        return (quantity.Value, quantity.Unit);
    }

    [Fact]
    public void Improbability_and_denied_deliberation_rule_an_act_out_while_undecided_stays_possible()
    {
        var unlikely = One("A rise in the levy this year is very unlikely.");
        Assert.Equal((Polarity.Negative, Modality.Commitment), (unlikely.Polarity, unlikely.Modality));
        var notConsidering = One("A 50 basis point cut is not something the board is considering.");
        Assert.Equal((Polarity.Negative, Modality.Commitment), (notConsidering.Polarity, notConsidering.Modality));
        Assert.Equal(Modality.Possibility, One("The board is considering a 50 basis point cut.").Modality);
        Assert.Equal(Modality.Possibility, One("No decision has been taken on the levy.").Modality);
    }

    [Fact]
    public void A_narrated_act_is_read_from_its_verb_and_a_denial_from_what_it_denies()
    {
        var act = One("raised the levy on tobacco by 8 percent on Tuesday");
        Assert.Equal(("rais", Polarity.Positive, Modality.Fact), (act.Predicate, act.Polarity, act.Modality));

        var denial = One("rejecting a newspaper report that his aides held parties in the office");
        Assert.Equal(("hold", Polarity.Negative), (denial.Predicate, denial.Polarity));
    }

    [Fact]
    public void A_directive_is_read_as_the_act_it_orders()
    {
        Assert.Equal("ground", One("ordered all the ferries grounded on Wednesday").Predicate);
        Assert.Equal("withdraw", One("The president ordered the troops to withdraw from the border.").Predicate);
    }

    [Fact]
    public void Weighing_a_measure_and_ruling_it_out_is_about_adopting_it()
    {
        var claim = One("He was not currently considering a negative interest rate.");
        Assert.Equal(("adopt", Polarity.Negative, Modality.Commitment), (claim.Predicate, claim.Polarity, claim.Modality));
    }

    [Fact]
    public void A_second_act_joined_by_and_is_its_own_claim_and_it_refers_back()
    {
        var claims = _extractor.Extract("The vote on the bill would go ahead on Wednesday and ruled out withdrawing it.", SaidAt);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("withdraw", Polarity.Negative), (claims[1].Predicate, claims[1].Polarity));
        Assert.Contains("bill", claims[1].Terms);
    }

    [Fact]
    public void Figures_carry_what_they_count_and_whether_they_are_approximate()
    {
        var exact = Assert.Single(One("2,000 troops will leave the country.").Quantities);
        Assert.Equal((2000m, "troop", false), (exact.Value, exact.Unit, exact.Approximate));

        var approximate = Assert.Single(One("About 20,000 additional troops will leave.").Quantities);
        Assert.Equal((20000m, "troop", true), (approximate.Value, approximate.Unit, approximate.Approximate));

        Assert.Equal("percent", Assert.Single(One("Tariffs of 25% take effect on Monday.").Quantities).Unit);
        Assert.Equal(3_000_000_000m, Assert.Single(One("We will give $3 billion in aid.").Quantities).Value);
        Assert.Empty(One("Elections will be held in 2026.").Quantities);
    }

    [Theory]
    [InlineData("Tusan Motors will replace every Corvan 4 sold in Ardenia until the end of the year.")]
    [InlineData("Regulators grounded every Skyway 310 jet after the crash.")]
    [InlineData("The ministry said it would ground Skyway's 310 Max jets.")]
    [InlineData("Ardenia invoked Article 5 of the charter on Monday.")]
    public void A_figure_written_straight_after_a_name_names_a_model_and_counts_nothing(string text) =>
        Assert.Empty(One(text).Quantities);

    [Theory]
    [InlineData("The airline's 120 jets will stay on the ground.", 120, "jet")]
    [InlineData("Ardenia sent 400 troops to the border on Monday.", 400, "troop")]
    [InlineData("On July 4 the ministry sent 300 troops.", 300, "troop")]
    [InlineData("Officials said Tuesday 14 soldiers were killed at the border post.", 14, "soldier")]
    public void A_figure_after_a_possessive_or_a_lower_case_word_still_counts(string text, int value, string unit)
    {
        var quantity = Assert.Single(One(text).Quantities);
        Assert.Equal((value, unit), ((int)quantity.Value, quantity.Unit));
    }

    [Fact]
    public void Hedges_declines_and_denials_are_told_apart()
    {
        Assert.Equal(Modality.Possibility, One("Lifting the sanctions is still on the table.").Modality);
        Assert.Equal(Modality.Declined, One("The spokesperson declined to comment on the report.").Modality);
        Assert.Equal(Polarity.Negative, One("NATO denies it plans to open an office in Tokyo.").Polarity);
        Assert.Equal(Modality.Commitment, One("Talks will be held on 4 May.").Modality);
    }

    [Fact]
    public void Each_sentence_and_but_clause_is_its_own_claim()
    {
        var claims = _extractor.Extract("The ministry rejected reports that it would withdraw from the treaty, but said it would review the terms. Talks resume on Monday.", SaidAt);

        Assert.Equal(3, claims.Count);
        Assert.Equal(("withdraw", Polarity.Negative), (claims[0].Predicate, claims[0].Polarity));
        Assert.Equal("review", claims[1].Predicate);
    }

    [Theory]
    [InlineData("He was ready to stay in office for two months.")]
    [InlineData("The government is willing to sign the accord.")]
    [InlineData("Ardenia was prepared to lift the levy on grain.")]
    [InlineData("Ardenia had no plans at this point to ground the jets.")]
    [InlineData("The governor had no intention of resigning.")]
    public void A_readiness_to_act_or_an_intention_denied_binds_as_a_promise_whatever_its_tense(string text)
    {
        Assert.Equal(Modality.Commitment, One(text).Modality);
    }

    [Fact]
    public void A_condition_inside_a_clause_that_describes_a_noun_is_not_the_claims_condition()
    {
        var claim = One("Parliament enacted a law that sets the levy at 10 percent for April 2026 and deletes a clause that would have allowed a delay if the economy weakened.");

        Assert.False(claim.Conditional);
        Assert.NotEqual(Modality.Possibility, claim.Modality);
    }

    [Fact]
    public void A_condition_on_the_claims_own_act_still_makes_it_conditional()
    {
        var claim = One("Parliament will raise the levy to 10 percent in April if the economy weakens.");

        Assert.True(claim.Conditional);
    }

    [Fact]
    public void A_conjunct_with_a_subject_of_its_own_is_a_claim_of_its_own()
    {
        var claims = _extractor.Extract("Ardenia did not invest client assets, and it had been paying all its suppliers.", SaidAt);

        Assert.Equal(2, claims.Count);
        Assert.Equal(Polarity.Negative, claims[0].Polarity);
        Assert.Equal(Polarity.Positive, claims[1].Polarity);
    }

    [Theory]
    [InlineData("Scorewell's chief operating officer had fabricated sales worth 2 billion crowns", Polarity.Positive)]
    [InlineData("Scorewell rejected the claims as fabricated", Polarity.Negative)]
    [InlineData("Scorewell said the documents were fabricated", Polarity.Negative)]
    public void A_forgery_done_is_an_act_and_a_claim_called_fabricated_is_denied(string text, Polarity polarity) =>
        Assert.Equal(polarity, Assert.Single(new ClaimExtractor().Extract(text, SaidAt)).Polarity);
}
