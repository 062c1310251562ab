using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A figure given as a ceiling or a floor ("will contact up to 400,000 customers", "more than 2,000 troops") is broken by a
/// later figure of the same counted thing beyond it, however differently the two sentences run ("will write to 693,665
/// customers"). Money, shares and spans measure too many different things for a bound on one to be broken by another.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class BrokenBoundTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static DateTimeOffset On(int day) => new(2024, 9, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "scorewell", On(1)), new PairInput(later, "scorewell", On(21)));

    [Theory]
    [InlineData("up to 400,000 customers", QuantityBound.AtMost)]
    [InlineData("more than 2,000 troops", QuantityBound.AtLeast)]
    [InlineData("at least 30 ships", QuantityBound.AtLeast)]
    [InlineData("no more than 12 reactors", QuantityBound.AtMost)]
    [InlineData("about 5,000 barrels", QuantityBound.None)]
    public void The_hedge_before_a_figure_says_which_side_it_bounds(string text, QuantityBound bound)
    {
        var quantity = Assert.Single(QuantityReader.Read($"The ministry counted {text} on Monday.", []));

        Assert.Equal(bound, quantity.Quantity.Bound);
    }

    [Fact]
    public void A_ceiling_passed_by_a_later_count_of_the_same_thing_is_a_number_mismatch()
    {
        var verdict = Check("it would contact up to 400,000 customers whose details, kept in a file stored abroad, may have been accessed",
            "a file of 15 million records had been attacked, and it would write to 693,665 customers whose sensitive details were exposed");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void A_ceiling_on_money_is_not_broken_by_another_sum()
    {
        var verdict = Check("it expects a pre-tax loss of up to 1.5 billion francs in the fourth quarter",
            "clients had pulled 110.5 billion francs of assets in the fourth quarter, more than analysts had expected");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_value_put_below_a_floor_given_for_it_is_a_number_mismatch_though_within_rounding_of_it()
    {
        var verdict = Check("he expected the state port company to be valued at more than $20 billion",
            "valuing the state port company at $17 billion");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
        Assert.Contains("$17 billion", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_just_short_of_a_floor_is_a_rounding_not_a_break()
    {
        var verdict = Check("he expected the state port company to be valued at more than $20 billion",
            "valuing the state port company at $19.5 billion");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Of_several_sums_the_nearest_to_the_earlier_one_is_the_one_weighed()
    {
        var verdict = Check("he expected the state port company to be valued at more than $20 billion",
            "priced the shares at 32 dollars each, raising $2.6 billion and valuing the state port company at $17 billion");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Contains("vs '$17 billion'", verdict.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("vs '$2.6 billion'", verdict.Explanation, StringComparison.Ordinal);
    }
}
