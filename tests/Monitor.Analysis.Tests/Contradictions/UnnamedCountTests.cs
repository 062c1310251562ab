using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A count whose noun is left out ("368 had been rescued", "12 were killed") counts whatever its verb's subject is, so it
/// is weighed against a count of people or things in the same act, never against a sum of money or a share; and a later
/// figure "far fewer than the 368 announced" names the earlier figure as the one it corrects. A number hyphened to a word
/// ("COVID-19", "Su-24") is part of a name, never a count.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class UnnamedCountTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static DateTimeOffset On(int day, int hour = 9) => new(2024, 5, day, hour, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int laterDay = 2) =>
        _checker.Check(new PairInput(earlier, "ardenia", On(2, 6)), new PairInput(later, "ardenia", On(laterDay, 14)));

    [Theory]
    [InlineData("150 had been brought ashore")]
    [InlineData("12 were killed in the blast")]
    [InlineData("40 remain missing")]
    public void A_number_before_a_verb_counts_what_the_verb_speaks_of(string text)
    {
        var quantity = Assert.Single(QuantityReader.Read(text, []));

        Assert.Equal(QuantityReader.Implied, quantity.Quantity.Unit);
    }

    [Theory]
    [InlineData("deaths linked to COVID-19 are appearing")]
    [InlineData("a Su-24 was shot down near the border")]
    public void A_number_hyphened_to_a_word_is_part_of_a_name(string text) =>
        Assert.Empty(QuantityReader.Read(text, []));

    [Fact]
    public void An_unnamed_count_corrected_by_a_count_of_people_is_a_number_mismatch()
    {
        var verdict = Check("150 had been brought ashore",
            "only 61 people had been confirmed brought ashore from the stranded ship, far fewer than the 150 announced hours earlier");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void An_unnamed_count_is_not_weighed_against_a_sum_of_money()
    {
        var verdict = Check("150 had been brought ashore from the stranded ship",
            "the owners had paid $61 million to bring the crew and passengers of the stranded ship ashore", laterDay: 3);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("fewer than the", true)]
    [InlineData("fewer than", false)]
    public void A_figure_compared_against_with_the_is_the_one_put_aside_and_a_bare_bound_is_not(string words, bool putAside)
    {
        var claim = new ClaimExtractor().Extract($"only 61 people had been brought ashore, {words} 150 announced earlier", On(2)).Single();

        Assert.Equal(putAside, claim.RetractedQuantities.Any(q => q.Value == 150));
    }
}
