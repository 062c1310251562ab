using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A firm date for an act, then a request to put that act off: the promise was not kept, even though the later
/// statement's verb is "asked" and it names the actor by another of its names. A date promised years out is only seen
/// moved when it comes near, so statements up to three years apart are still compared.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DateMovedTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("portugal", "Portugal", ["Portugal", "Portuguese Republic", "Lisbon"], []),
        new("spain", "Spain", ["Spain", "Madrid"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays = 60) =>
        _checker.Check(new PairInput(earlier, "portugal", On(1, 10)), new PairInput(later, "portugal", On(1, 10).AddDays(gapDays)));

    [Fact]
    public void Asking_to_postpone_a_departure_promised_for_a_date_reverses_the_promise()
    {
        var verdict = Check("the Portuguese Republic will leave the customs union on April 12",
            "asked the customs union on Monday to postpone Portugal's departure until September 30");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Requesting_a_delay_of_a_promised_withdrawal_reverses_it()
    {
        var verdict = Check("Lisbon will withdraw its peacekeepers from the border zone by the end of May",
            "requested that the mission postpone the withdrawal of its peacekeepers until next year");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_date_given_only_as_the_earliest_possible_then_put_off_is_not_a_reversal()
    {
        var verdict = Check("Portugal could leave the customs union as early as April 12",
            "asked the customs union on Monday to postpone Portugal's departure until September 30");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_departure_put_off_to_a_date_then_promised_for_a_later_date_is_a_moved_date_not_a_reversal()
    {
        var verdict = Check("asked the customs union on Monday to postpone Portugal's departure until June 30",
            "Portugal will leave the customs union on Oct. 31, whatever happens");

        Assert.NotEqual(AlertKinds.NegatedClaim, verdict.Kind);
        Assert.Contains("30 Jun 2024", verdict.Explanation);
        Assert.Contains("31 Oct 2024", verdict.Explanation);
    }

    [Fact]
    public void The_speaking_actor_named_on_one_side_only_is_no_other_party()
    {
        var verdict = Check("Portugal was able to meet its obligations, including its bonds, without any pain to creditors",
            "it was suspending payments on its foreign debt, pending a restructuring backed by the International Monetary Fund");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Two_aliases_of_one_actor_are_not_two_different_places()
    {
        var verdict = Check("the Portuguese Republic will not close its embassy in Caracas",
            "the foreign ministry in Lisbon closed its embassy in Caracas on Friday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Two_different_actors_named_in_the_claims_are_two_matters()
    {
        var verdict = Check("Portugal will not close its land border with Spain this winter",
            "Lisbon closed its land border with Morocco on Friday");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Not_acting_on_a_coming_date_then_acting_on_another_negates_only_the_date()
    {
        var verdict = Check("Portugal would not hold the referendum as planned on March 3", "Portugal will hold the referendum on June 16");

        Assert.NotEqual(AlertKinds.NegatedClaim, verdict.Kind);
        Assert.NotEqual(AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void A_past_date_in_a_denial_dates_something_else_and_the_denial_still_breaks()
    {
        var verdict = Check("Portugal saw no reason to close the port after Sunday's collision in the estuary",
            "Portugal ordered the port closed on Wednesday", gapDays: 2);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("it would resume flights to the islands on March 28, once the new runway lights were in place",
        "it would delay the resumption of flights to the islands by four days, to April 1, to give crews more time to finish testing the runway lights")]
    [InlineData("it would restart production at its Setubal plant on June 5",
        "it would delay the restart of production at the Setubal plant by a week, to June 12, to give engineers more time to repair the furnace")]
    public void A_later_statement_that_moves_the_same_act_named_as_a_noun_gives_it_another_date(string earlier, string later)
    {
        var verdict = Check(earlier, later, gapDays: 6);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
    }

    [Fact]
    public void A_closure_said_to_last_until_a_weekday_then_until_a_later_one_is_a_date_mismatch()
    {
        // 10 January 2024 is a Wednesday: "until Friday" is the 12th, and "next Tuesday", said two days on, the 16th.
        var verdict = Check("banks would remain closed until Friday to prevent a run on deposits",
            "the country's banks would stay closed until next Tuesday", gapDays: 2);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
    }

    [Fact]
    public void Moving_another_act_leaves_the_first_date_alone()
    {
        var verdict = Check("it would resume flights to the islands on March 28",
            "it would delay the opening of the new terminal by four days, to April 1, to finish the wiring", gapDays: 6);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("Lisbon lowered its lending rate by one point on Thursday", "Lisbon has lowered its lending rate by two points since August")]
    [InlineData("Portugal opened a new border crossing on Monday", "Portugal opened a new border crossing in March")]
    public void An_act_done_again_after_the_first_account_is_not_a_date_given_twice(string earlier, string later)
    {
        // The first account was given in January; the later one, a year on, dates its act after that account.
        var verdict = _checker.Check(new PairInput(earlier, "portugal", On(1, 18)), new PairInput(later, "portugal", On(1, 18).AddDays(400)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_past_event_given_a_different_past_date_is_still_a_date_mismatch()
    {
        var verdict = Check("Portugal signed the border treaty with Spain on January 4", "Portugal signed the border treaty with Spain on December 20");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_date_promised_two_and_a_half_years_ahead_then_moved_is_still_compared()
    {
        var verdict = Check("Portugal will hold the referendum in 2026.", "Portugal will hold the referendum in 2028.", gapDays: 950);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
    }

    [Theory]
    [InlineData("The listing of the state airline will take place in the second half of 2025 as planned", "The listing of the state airline would take place in late 2026 or early 2027")]
    [InlineData("Portugal will hold the referendum in early 2025", "Portugal will hold the referendum in late 2026")]
    public void A_year_said_by_its_part_then_another_year_is_a_date_mismatch(string earlier, string later)
    {
        var verdict = Check(earlier, later, gapDays: 300);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
    }

    [Fact]
    public void Early_and_late_in_one_year_name_the_same_year()
    {
        var verdict = Check("Portugal will hold the referendum in late 2025", "Portugal will hold the referendum in early 2025");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
