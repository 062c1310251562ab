using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// The classes of language real news uses for turns: improbability put as a firm view, acts told in other
/// words, restrictions that negate the act they restrict, deliberation denied, and the traps beside them.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class NewsLanguageTests(MiniLmFixture fixture)
{
    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A checker that knows Norway and Iceland, so reports naming them are matched with their statements.</summary>
    private PairChecker NordicChecker => new(fixture.Embedder,
        [new ActorDefinition("norway", "Norway", ["Norway", "Oslo"], []), new ActorDefinition("iceland", "Iceland", ["Iceland", "Reykjavik"], [])]);

    private PairVerdict Check(string earlier, string later, string actor = "norway", int gapDays = 60) =>
        fixture.Checker.Check(new PairInput(earlier, actor, On(1, 10)), new PairInput(later, actor, On(1, 10).AddDays(gapDays)));

    [Fact]
    public void Very_unlikely_then_done_in_other_words_is_a_contradiction()
    {
        var verdict = Check("A rise in the levy on tobacco this year is very unlikely.", "raised the levy on tobacco by 8 percent on Tuesday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Not_recommending_then_advising_the_same_conduct_is_a_reversal_through_synonyms()
    {
        var verdict = Check("The ministry did not recommend that children wear helmets on scooters.",
            "advised schools on Monday to encourage children to wear helmets on scooters");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void No_move_to_curb_then_a_ban_is_a_broken_denial()
    {
        var verdict = Check("There is no move to curb rice exports, as stocks are ample.", "banned rice exports with immediate effect", gapDays: 12);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
        Assert.Contains("ruled it out, then did it", verdict.Explanation);
    }

    [Fact]
    public void Denied_deliberation_then_the_act_at_the_same_size_is_a_broken_denial()
    {
        var verdict = Check("A 50 basis point cut is not something the board is actively considering.",
            "cut its policy rate by half a percentage point on Thursday", gapDays: 40);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void A_promised_act_done_to_another_measure_is_a_number_mismatch()
    {
        var verdict = Check("The board intends to cut its policy rate by 25 basis points at its March meeting.",
            "cut its policy rate by 50 basis points on Thursday", gapDays: 50);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void Undecided_then_decided_is_an_update_not_a_contradiction()
    {
        var verdict = Check("No decision has been taken on the fuel tariffs.", "The fuel tariffs take effect on Monday.", gapDays: 20);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Considering_a_restriction_then_restricting_is_an_update()
    {
        var verdict = Check("The cabinet is considering restricting sugar exports.", "banned sugar exports with immediate effect", gapDays: 20);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_exemption_narrows_a_ban_without_reversing_it()
    {
        var verdict = Check("banned sugar exports with immediate effect",
            "allowed sugar cargoes already registered with customs on or before 3 May to be exported", gapDays: 4);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Falling_short_of_rules_said_to_be_followed_is_a_contradiction()
    {
        var verdict = Check("All the rules were followed in the ministry at every gathering.",
            "I myself fell short when it came to observing the rules at the ministry gathering.", gapDays: 100);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Ruling_out_a_restriction_a_source_reported_as_weighed_denies_the_report()
    {
        var checker = NordicChecker;

        var verdict = checker.Check(
            new PairInput("Norway is considering restricting salmon exports after a parasite outbreak", null, On(3, 1), "Harbour Wire"),
            new PairInput("There is no move to curb salmon exports, as stocks are sufficient", "norway", On(3, 1).AddHours(6)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
    }

    [Fact]
    public void A_reported_plan_whose_timing_is_hedged_is_still_a_plan_the_actor_can_deny()
    {
        var checker = NordicChecker;

        var verdict = checker.Check(
            new PairInput("Norway is planning a military offensive against Iceland that could begin as soon as the spring and involve up to 40,000 troops",
                null, On(3, 1), "Harbour Wire"),
            new PairInput("it had no plans to attack Iceland, after a long day of talks in Geneva that ended without agreement on fishing quotas",
                "norway", On(3, 1).AddDays(30)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
    }

    [Fact]
    public void A_clause_that_describes_a_thing_with_a_modal_neither_hedges_the_claim_nor_names_its_act()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(
            "the ministry is preparing an invasion of the islands that could start in May", On(3, 1)));

        Assert.Equal(Modality.Commitment, claim.Modality);
        Assert.Equal(PredicateLexicon.StemOf("invade"), claim.Predicate);
    }

    [Fact]
    public void Not_yet_time_to_act_then_acting_is_an_update()
    {
        var verdict = Check("We do not think it is time yet to raise the levy on tobacco.", "raised the levy on tobacco by 8 percent on Tuesday", gapDays: 180);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_likely_outcome_is_a_hedge_not_a_firm_claim()
    {
        var verdict = Check("A rate cut is not something the board is considering.",
            "A half-point rate cut seemed most likely at the next meeting.", gapDays: 30);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_actors_statement_made_before_a_report_does_not_deny_it()
    {
        var checker = NordicChecker;

        var verdict = checker.Check(
            new PairInput("Norway will export 2 million tonnes of salmon this year.", "norway", On(2, 1)),
            new PairInput("Norway is considering restricting salmon exports after a parasite outbreak", null, On(3, 1), "Harbour Wire"));

        Assert.NotEqual(AlertKinds.DenialOfReport, verdict.Kind);
    }

    [Fact]
    public void Maintaining_controls_then_loosening_them_is_a_reversal()
    {
        var verdict = Check("We will maintain strict controls at the border.", "loosened controls at the border on Monday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Rules_said_to_be_followed_then_admitted_breached_is_a_contradiction()
    {
        var verdict = Check("All the rules were followed at the ministry.", "The rules were breached at the ministry gathering.");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Loosening_something_else_than_what_was_to_be_maintained_is_no_reversal()
    {
        var verdict = Check("We will maintain strict controls at the border.", "loosened rules on fishing quotas on Monday");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_commitment_on_a_condition_is_not_broken_when_the_condition_never_held()
    {
        var verdict = Check("The minister will resign if voters accept the treaty.", "The minister resigned on Monday after voters rejected the treaty.", gapDays: 5);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Not_acting_before_a_step_is_done_is_a_sequence_not_a_ruling_out()
    {
        var verdict = Check("The board does not expect to raise rates before its bond purchases are complete.",
            "raised its policy rate by 25 basis points on Wednesday", gapDays: 120);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_firm_date_the_same_actor_later_moves_is_a_date_mismatch()
    {
        var verdict = Check("The budget plan will be published on 23 November, with no ifs or buts.",
            "The budget plan will now be published on 31 October, bringing the date forward.", gapDays: 6);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
    }

    [Fact]
    public void Neither_nor_is_one_negation()
    {
        var verdict = Check("Invading the neighbouring state is neither our plan nor our intention.",
            "invaded the neighbouring state on Thursday", gapDays: 50);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_actor_denying_what_another_actor_said_about_it_denies_a_report()
    {
        var checker = NordicChecker;

        var verdict = checker.Check(
            new PairInput("Norway says an Iceland coastguard vessel rammed the trawler.", "norway", On(5, 1)),
            new PairInput("Iceland denied that its coastguard vessel rammed the trawler.", "iceland", On(5, 2)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
    }

    [Fact]
    public void One_actor_criticising_another_is_not_a_contradiction_of_either()
    {
        var checker = NordicChecker;

        var verdict = checker.Check(
            new PairInput("Norway says Iceland's whaling quota is not sustainable.", "norway", On(5, 1)),
            new PairInput("Iceland will keep its whaling quota at 200 animals this year.", "iceland", On(5, 20)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Going_ahead_then_suspending_the_same_thing_is_a_reversal()
    {
        var verdict = Check("The vote on the fishing bill will go ahead on Wednesday as planned.", "suspended the vote on the fishing bill indefinitely", gapDays: 5);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_policy_that_must_remain_then_is_abandoned_is_a_reversal()
    {
        var verdict = Check("The minimum exchange rate must remain the cornerstone of our policy.", "abandoned the minimum exchange rate on Thursday", gapDays: 3);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_report_naming_the_actor_by_its_adjective_is_a_report_about_it()
    {
        var checker = NordicChecker;

        var verdict = checker.Check(
            new PairInput("A Norwegian plan to ban salmon exports is being prepared, officials told the newspaper.", null, On(6, 1), "Harbour Wire"),
            new PairInput("denied a report that it was preparing a ban on salmon exports", "norway", On(6, 2)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
    }

    [Fact]
    public void Supporting_a_plan_that_names_another_actor_is_not_a_claim_that_actor_can_deny()
    {
        var verdict = NordicChecker.Check(
            new PairInput("Norway supports a closer partnership with Iceland, including a fisheries office in Oslo.", "norway", On(5, 1)),
            new PairInput("Iceland denies it plans to open a fisheries office in Oslo.", "iceland", On(5, 20)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
