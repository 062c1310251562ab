using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// A figure with no noun after it still counts something when the sentence named the tally first ("the number of people
/// killed rose to 359", "the death toll stands at 253") or set it against a figure just given ("57 were killed, not 63");
/// a figure followed by the rest of the sentence ("rose to 359 on Wednesday") does not take that word for its noun.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class TallyFigureTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset SaidAt = new(2024, 4, 24, 15, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Quantity> Figures(string text) =>
        new ClaimExtractor().Extract(text, SaidAt).SelectMany(c => c.Quantities).ToList();

    [Theory]
    [InlineData("The number of people killed in the bombings rose to 359", 359, "peopl")]
    [InlineData("The number of people killed rose to 359 on Wednesday", 359, "peopl")]
    [InlineData("The death toll stands at 253", 253, QuantityReader.Implied)]
    [InlineData("the toll was put at about 1,200 by the health ministry", 1200, QuantityReader.Implied)]
    public void A_tally_named_before_its_figure_counts_what_it_names(string text, int value, string unit)
    {
        var figure = Assert.Single(Figures(text));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_bare_figure_set_against_the_one_before_counts_the_same_thing()
    {
        var figures = QuantityReader.Read("57 Ardenians were killed in the crash, not 63 as the government had said earlier", []).Select(f => f.Quantity).ToList();

        Assert.Equal([57m, 63m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("ardenian", f.Unit));
    }

    [Theory]
    [InlineData("one of its suppliers had placed an order with the factory", 1, "supplier")]
    [InlineData("two of their ships were seized in the strait", 2, "ship")]
    [InlineData("2,000 police were deployed around the stadium", 2000, "polic")]
    [InlineData("12 officials were questioned by prosecutors", 12, "official")]
    public void A_figure_before_what_it_counts_counts_those_things(string text, int value, string unit)
    {
        var figure = Assert.Single(QuantityReader.Read(text, [])).Quantity;

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_bare_figure_followed_by_a_preposition_counts_nothing()
    {
        Assert.Empty(Figures("Shares rose to 359 on Wednesday"));
    }

    [Fact]
    public void A_toll_cut_the_next_day_by_another_voice_of_the_same_side_is_flagged()
    {
        var verdict = fixture.Checker.Check(
            new PairInput("The number of people killed in the Easter bombings rose to 359, police said", "ardenia", SaidAt),
            new PairInput("about 253 people were killed in the Easter bombings, about 100 fewer than the figure police gave a day earlier", "ardenia", SaidAt.AddDays(1)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal("number-mismatch", verdict.Kind);
    }
}
