using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// What looks like a turn and is not: a state said unchanged in other words ("not be changed" / "stays unchanged"),
/// two acts done one after the other ("imposed" then "lifted"), a repeat ruled out after the act ("will not delay it
/// again"), the same thing ruled out on two days, a negation inside a clause that says when or on what condition, and
/// a figure of one thing set beside another's in a sentence of two clauses. Beside each, the turn that still is one.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class ChangeOfCourseTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2021, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Claim> Claims(string text) => new ClaimExtractor().Extract(text, Day);

    private PairVerdict Check(string earlier, string later, int gapDays = 7) =>
        fixture.Checker.Check(new PairInput(earlier, "ardenia", Day), new PairInput(later, "ardenia", Day.AddDays(gapDays)));

    [Theory]
    [InlineData("The corporate tax rate stays unchanged")]
    [InlineData("The levy remained largely unaltered")]
    [InlineData("The bridge was left untouched")]
    public void A_prefixed_participle_said_of_a_state_is_a_negation(string text)
    {
        Assert.Equal(Polarity.Negative, Assert.Single(Claims(text)).Polarity);
    }

    [Fact]
    public void A_prefixed_participle_before_a_noun_negates_nothing()
    {
        Assert.Equal(Polarity.Positive, Assert.Single(Claims("The ministry reported an unexpected rise in exports")).Polarity);
    }

    [Fact]
    public void Not_to_be_changed_then_unchanged_is_no_contradiction()
    {
        var verdict = Check("The corporate tax rate would not be changed as part of any deal", "The corporate tax rate stays unchanged under the deal");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Not_to_be_changed_then_changed_is_still_a_contradiction()
    {
        var verdict = Check("The corporate tax rate would not be changed as part of any deal", "The corporate tax rate was changed as part of the deal");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("Ardenia imposed sanctions on Tusan", "Ardenia lifted the sanctions on Tusan")]
    [InlineData("The ministry sent troops to the border", "The ministry withdrew the troops from the border")]
    public void An_act_done_and_later_undone_is_a_change_of_course(string earlier, string later)
    {
        var verdict = Check(earlier, later, gapDays: 200);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_act_ruled_out_and_then_done_is_still_a_contradiction()
    {
        var verdict = Check("Ardenia will not lift the sanctions on Tusan", "Ardenia lifted the sanctions on Tusan", gapDays: 200);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_repeat_ruled_out_after_the_act_is_no_denial_of_it()
    {
        var verdict = Check("The premier postponed the increase in the sales tax", "The premier would not postpone the increase in the sales tax again");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_repeat_ruled_out_and_then_done_is_still_a_contradiction()
    {
        var verdict = Check("The premier would not postpone the increase in the sales tax again", "The premier postponed the increase in the sales tax", gapDays: 300);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Ruling_the_same_thing_out_on_two_days_gives_no_date_to_disagree_about()
    {
        var verdict = Check("ruled out calling an early general election on Sunday", "ruled out an early general election on Monday", gapDays: 190);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("The president was ending the pact after Tusan cancelled the visa of an ally")]
    [InlineData("The ministry resumed exports once the court refused to hear the case")]
    public void A_negation_in_a_clause_of_time_or_cause_leaves_the_act_positive(string text)
    {
        Assert.Equal(Polarity.Positive, Claims(text)[0].Polarity);
    }

    [Fact]
    public void A_negation_in_the_condition_leaves_the_promise_positive()
    {
        var claim = Assert.Single(Claims("We will cut the supplies if they do not pay"));

        Assert.Equal(Polarity.Positive, claim.Polarity);
        Assert.True(claim.Conditional);
    }

    [Fact]
    public void With_no_verb_outside_the_condition_the_act_named_by_a_noun_is_the_claim()
    {
        var claim = Assert.Single(Claims("A postponement of the games might be unavoidable if they could not be held in full"));

        Assert.Equal(PredicateLexicon.StemOf("postpone"), claim.Predicate);
        Assert.Equal(Polarity.Positive, claim.Polarity);
    }

    [Fact]
    public void A_conjunct_with_its_own_subject_keeps_its_figure_to_itself()
    {
        var verdict = Check("The 12.5 percent corporate tax rate would not be changed",
            "The average interest rate would be about 5.8 percent and the corporate tax rate stays unchanged");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_compound_subject_is_not_cut_into_conjuncts()
    {
        var claim = Assert.Single(Claims("Ardenia and the union will hold talks in June"));

        Assert.Equal(PredicateLexicon.StemOf("hold"), claim.Predicate);
    }

    [Fact]
    public void A_month_of_last_year_is_dated_in_that_year()
    {
        var claim = Assert.Single(Claims("The premier announced in February last year that the pact would end"));

        Assert.Contains(claim.Dates, d => d.Start == new DateOnly(2020, 2, 1));
    }
}
