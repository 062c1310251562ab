using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Figures written in words count as the same figures in digits: "twenty-five", "sixty", "eighteen", "two dozen", "half
/// a dozen". A figure hedged by the speaker's own estimate ("sent probably a dozen centrifuges") is still a count of what
/// was done, so a later count twice as large is a different figure; a forecast ("will probably send a dozen") is not.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class WordedFigureTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero)),
            new PairInput(later, "ardenia", new DateTimeOffset(2024, 3, 3, 10, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("Ardenia sent twenty-five tanks to the border", 25, "tank")]
    [InlineData("Ardenia sent sixty soldiers to the border", 60, "soldier")]
    [InlineData("Ardenia sent eighteen jets to the border", 18, "jet")]
    [InlineData("Ardenia sent ninety-nine trucks to the border", 99, "truck")]
    [InlineData("Ardenia sent two dozen centrifuges to Veloria", 24, "centrifug")]
    [InlineData("Ardenia sent half a dozen ships to the strait", 6, "ship")]
    [InlineData("Ardenia sent a dozen ships to the strait", 12, "ship")]
    public void A_figure_in_words_has_its_value(string text, int value, string unit)
    {
        var figure = Assert.Single(QuantityReader.Read(text, [])).Quantity;

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_figure_in_words_does_not_swallow_the_next_one()
    {
        var figures = QuantityReader.Read("Ardenia sent twenty-five tanks and sixty soldiers to the border", []).Select(f => f.Quantity).ToList();

        Assert.Equal([25m, 60m], figures.Select(q => q.Value));
        Assert.Equal(["tank", "soldier"], figures.Select(q => q.Unit));
    }

    [Fact]
    public void Two_figures_in_words_for_the_same_thing_conflict()
    {
        var verdict = Check("Ardenia's defence ministry said it had sent twenty-five tanks to the Veloria border",
            "Ardenia's defence ministry said it had sent forty tanks to the Veloria border");

        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Theory]
    [InlineData("Ardenia's defence ministry said it had sent eighteen tanks to the Veloria border", "Ardenia's defence ministry said it had sent 18 tanks to the Veloria border")]
    [InlineData("Ardenia's defence ministry said it had sent half a dozen frigates to the strait", "Ardenia's defence ministry said it had sent six frigates to the strait")]
    public void A_figure_in_words_and_in_digits_is_one_figure(string earlier, string later) =>
        Assert.False(Check(earlier, later).Contradiction, Check(earlier, later).Explanation);

    [Fact]
    public void An_estimated_count_then_one_twice_as_large_conflicts()
    {
        var verdict = Check("The engineer Tomas Rell sent probably a dozen centrifuges to Veloria",
            "The engineer Tomas Rell sent nearly two dozen centrifuges to Veloria, together with spare parts");

        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void A_forecast_hedged_with_probably_is_no_count()
    {
        var verdict = Check("Ardenia will probably send a dozen centrifuges to Veloria",
            "Ardenia sent nearly two dozen centrifuges to Veloria");

        Assert.NotEqual(AlertKinds.NumberMismatch, verdict.Kind);
    }
}
