using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>Pairs that look like contradictions but are not; each must come back as no contradiction.</summary>
[Collection(MiniLmCollection.Name)]
public sealed class MustNotTests(MiniLmFixture fixture)
{
    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, string? actor = "canada", int gapDays = 7, string? earlierActor = null) =>
        fixture.Checker.Check(
            new PairInput(earlier, earlierActor ?? actor, On(2025, 2, 3)),
            new PairInput(later, actor, On(2025, 2, 3).AddDays(gapDays)));

    [Fact]
    public void A_word_with_a_negating_prefix_is_not_the_word_it_prefixes() =>
        Assert.False(Check("The party will vote against the trade agreement.",
            "The party would back a snap election once a no-agreement exit was off the table.", actor: null).Contradiction);

    [Fact]
    public void A_paraphrase_is_not_a_contradiction() =>
        Assert.False(Check("We have no intention of imposing tariffs on imported steel.", "Canada does not plan to put tariffs on steel imports.").Contradiction);

    [Fact]
    public void A_translation_variant_is_not_a_contradiction() =>
        Assert.False(Check("The minister said the border crossings will reopen on Monday.", "Border crossings to be reopened Monday, minister says.", gapDays: 0).Contradiction);

    [Fact]
    public void Declining_to_comment_after_an_assertion_is_not_a_contradiction() =>
        Assert.False(Check("The embassy will reopen in March.", "A spokesperson declined to comment on when the embassy would reopen.").Contradiction);

    [Fact]
    public void The_same_position_in_new_words_is_not_a_contradiction() =>
        Assert.False(Check("We firmly oppose any expansion of the alliance eastward.", "Our opposition to the alliance moving east has not changed.").Contradiction);

    [Fact]
    public void Hedging_after_a_firm_claim_is_at_most_softened()
    {
        var verdict = Check("The sanctions will be lifted in April.", "Lifting the sanctions is still on the table.");

        Assert.False(verdict.Contradiction);
        Assert.Equal(ContradictionKinds.Softened, verdict.Kind);
        Assert.True(verdict.Score < 0.5);
    }

    [Fact]
    public void A_union_growing_after_an_accession_is_change_not_contradiction()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("The union has 27 members.", "eu", On(2024, 6, 1)),
            new PairInput("The union has 28 members after the accession of Iceland.", "eu", On(2025, 9, 1)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_hedged_date_later_moved_is_change_not_a_date_mismatch() =>
        Assert.False(Check("Talks will be held in Geneva no earlier than 4 May.", "The talks will be held on 14 May.").Contradiction);

    [Fact]
    public void Opposite_words_from_different_actors_are_not_a_contradiction() =>
        Assert.False(Check("We will open an embassy in Ramallah.", "We will not open an embassy in Ramallah.", actor: "italy", earlierActor: "spain").Contradiction);

    [Fact]
    public void The_same_actor_on_a_different_place_is_not_a_contradiction() =>
        Assert.False(Check("We will open a consulate in Kyiv.", "We will not open a consulate in Minsk.").Contradiction);

    [Fact]
    public void Statements_years_apart_are_not_compared() =>
        Assert.False(Check("We will never join the alliance.", "We will join the alliance.", gapDays: 4 * 365).Contradiction);

    [Fact]
    public void An_actor_that_will_not_confirm_a_report_does_not_deny_it()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("NATO plans to open a liaison office in Tokyo, Nikkei reported.", null, On(2025, 5, 3), "Nikkei"),
            new PairInput("NATO would not confirm the plans, saying it does not comment on internal deliberations.", "nato", On(2025, 5, 5)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Reports_with_close_approximate_figures_agree() =>
        Assert.False(fixture.Checker.Check(
            new PairInput("About 2,000 people joined the protest in the capital, AP reported.", null, On(2025, 5, 3), "AP"),
            new PairInput("Roughly 2,100 people protested in the capital, Reuters said.", null, On(2025, 5, 3), "Reuters")).Contradiction);

    [Fact]
    public void Denying_having_said_something_is_not_denying_it() =>
        Assert.False(Check("We never said we would open an office.", "We are opening an office in Tokyo.").Contradiction);

    [Fact]
    public void Figures_for_different_periods_are_different_events() =>
        Assert.False(Check("The defence budget rose by 16% this year.", "The defence budget will rise by 10% next year.").Contradiction);

    [Fact]
    public void A_visit_planned_and_an_arrival_reported_are_different_events() =>
        Assert.False(Check("The minister will visit Beijing on Tuesday.", "The minister arrived in Beijing on Wednesday.", gapDays: 2).Contradiction);
}
