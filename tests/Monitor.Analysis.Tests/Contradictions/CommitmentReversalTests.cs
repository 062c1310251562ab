using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Commitments reversed in other words: a promise to keep something going, then its end; an act ruled out, then
/// done to the same thing; a debt promised, then not paid; an act refused by preference, then done. And the
/// readings that must not turn such pairs into alerts by accident.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class CommitmentReversalTests(MiniLmFixture fixture)
{
    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays = 40) =>
        fixture.Checker.Check(new PairInput(earlier, "chile", On(2, 1)), new PairInput(later, "chile", On(2, 1).AddDays(gapDays)));

    [Fact]
    public void Promising_to_stay_put_then_leaving_with_people_still_there_is_a_reversal()
    {
        var verdict = Check("the peacekeepers will stay in the province until every civilian is out",
            "the last peacekeepers left the province on Sunday with hundreds of civilians still there");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Promising_to_stay_then_to_remain_longer_is_no_reversal()
    {
        var verdict = Check("the peacekeepers will stay in the province until the spring",
            "the peacekeepers would remain in the province through the winter and beyond");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Refusing_to_negotiate_then_reaching_a_deal_on_the_same_matter_is_a_reversal()
    {
        var verdict = Check("the government would not negotiate over raising the borrowing limit",
            "the government reached an agreement with the opposition to suspend the borrowing limit until 2027");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Refusing_to_negotiate_one_matter_then_a_deal_on_another_is_no_reversal()
    {
        var verdict = Check("the government would not negotiate over raising the borrowing limit",
            "the government reached a deal with farmers on fishing quotas for the northern coast");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_offer_on_a_condition_then_its_opposite_done_outright_is_a_reversal()
    {
        var verdict = Check("if the trade body agrees, the republic is ready to supply copper to every buyer from next week",
            "the republic prohibited copper exports with immediate effect");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("the minister would resign if voters approved the bailout", "the minister resigned on Monday after the No vote")]
    [InlineData("if there is a need, the group always stays ready to cut output further", "the group cut output by another 500,000 barrels a day")]
    public void A_condition_then_the_act_itself_is_no_reversal(string earlier, string later) =>
        Assert.False(Check(earlier, later).Contradiction);

    [Fact]
    public void A_hedged_offer_then_its_opposite_is_no_reversal()
    {
        var verdict = Check("the republic could supply copper to every buyer from next week", "the republic prohibited copper exports with immediate effect");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Keeping_a_measure_going_then_discontinuing_it_is_a_reversal()
    {
        var verdict = Check("the central bank would keep defending the copper price band with all the tools it has",
            "the central bank was discontinuing the copper price band with immediate effect");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Going_ahead_with_a_law_then_suspending_it_is_a_reversal()
    {
        var verdict = Check("the government would go ahead with the water privatisation law despite the strikes",
            "the government was suspending the water privatisation law after weeks of strikes");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Ruling_out_withdrawing_it_then_withdrawing_the_same_law_is_a_reversal()
    {
        var verdict = Check("the pension reform would be debated in the Senate on Thursday as planned, and ruled out withdrawing it",
            "the pension reform would be withdrawn to calm the protests, and the Senate would vote on a replacement in May");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Promising_to_keep_servicing_a_debt_then_suspending_its_payments_is_a_reversal()
    {
        var verdict = Check("the republic would keep servicing its external debt in full",
            "the republic was suspending payments on its external debt pending talks with bondholders");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Refusing_an_act_by_preference_then_doing_it_is_a_broken_denial()
    {
        var verdict = Check("the premier would rather resign than ask the lenders for more time on the loan",
            "asked the lenders on Friday for more time on the loan");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void Plans_said_not_to_include_an_act_then_a_like_act_on_that_land_is_a_broken_denial()
    {
        var verdict = Check("the army's plans did not include occupying Finnish territory and that it did not intend to stay",
            "signed decrees on Friday to annex two partly occupied districts of Finland", gapDays: 200);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void A_country_named_by_its_adjective_and_by_its_name_is_one_object()
    {
        var extractor = new Monitor.Analysis.Claims.ClaimExtractor();
        var ruledOut = Assert.Single(extractor.Extract("would not tax Finnish imports", On(2, 1)));
        var done = Assert.Single(extractor.Extract("taxed the goods of Finland on Friday", On(5, 1)));

        Assert.True(ClaimComparer.Compare(ruledOut, done, similarity: 0.5).SameObject);
    }

    [Fact]
    public void Suspending_something_is_not_read_as_a_pending_exemption()
    {
        // "suspending" holds the letters of "pending"; words that narrow a rule are read as whole words.
        var verdict = Check("the ministry would go ahead with the fuel subsidy cut on Monday",
            "the ministry is suspending the fuel subsidy cut after protests");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Keeping_a_measure_then_ending_a_different_one_is_no_contradiction()
    {
        var verdict = Check("the central bank would keep defending the copper price band with all the tools it has",
            "the central bank was discontinuing its bond purchase programme with immediate effect");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_promise_about_one_named_place_and_its_opposite_about_another_are_two_matters()
    {
        // The same kind of thing in two named places is two things: the promise about one is not broken by the other.
        var denied = Check("The ministry denies it will build a customs office in Sillamae.",
            "The ministry will build a customs office in Rakvere.", gapDays: 60);
        var promised = Check("The ministry will build a customs office in Sillamae.",
            "The ministry will not build a customs office in Rakvere.", gapDays: 60);

        Assert.False(denied.Contradiction, denied.Explanation);
        Assert.False(promised.Contradiction, promised.Explanation);
    }

    [Fact]
    public void Accepting_a_deal_one_does_not_believe_in_is_still_accepting_it()
    {
        var verdict = Check("the premier said the lenders' offer was a fair basis for reaching an agreement",
            "the premier had accepted an agreement he did not believe in, to avoid a default");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
