using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Corrections: a later statement that sets the earlier figure or date aside ("34, not 41 as said before", "two
/// weeks earlier than the 14 March date") corrects that very claim, even though it also says what changed.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class CorrectionTests(MiniLmFixture fixture)
{
    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays = 3) =>
        fixture.Checker.Check(new PairInput(earlier, "peru", On(2, 1)), new PairInput(later, "peru", On(2, 1).AddDays(gapDays)));

    [Fact]
    public void A_figure_set_aside_is_kept_apart_and_does_not_negate_the_claim()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("34 people were killed by the storm, not 41 as the ministry had said earlier", On(2, 4)));

        Assert.Equal(Polarity.Positive, claim.Polarity);
        Assert.Equal([34m], claim.Quantities.Select(q => q.Value));
        Assert.Equal([41m], claim.RetractedQuantities.Select(q => q.Value));
    }

    [Fact]
    public void A_toll_corrected_against_the_earlier_figure_is_a_number_mismatch()
    {
        var verdict = Check("The storm swept through two coastal provinces on Monday, killing 41 people",
            "34 people were killed by the storm, not 41 as the ministry had said earlier, after officials checked hospital records");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void A_date_brought_forward_from_the_one_insisted_on_is_a_date_mismatch()
    {
        var verdict = Check("the finance minister would present the spending review on March 14",
            "the finance minister would publish the spending review on February 28, two weeks earlier than the March 14 date he had insisted on",
            gapDays: 9);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
    }

    [Fact]
    public void A_rate_moved_from_its_old_level_is_change_not_correction()
    {
        var verdict = Check("The central bank's policy rate stands at 6 percent", "The central bank cut its policy rate to 5.5 percent from 6 percent", gapDays: 30);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void No_fewer_than_is_a_floor_not_a_figure_set_aside()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("no fewer than 300 reservists would be called up", On(2, 4)));

        Assert.Empty(claim.RetractedQuantities);
    }
}
