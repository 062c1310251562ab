using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A figure measures one thing over one span. A step on top of another figure ("9 million more doses") is no total; a
/// figure for one part of the year ("in the first quarter") is not one for another ("in the second quarter"); and the
/// level a running count was brought to ("bringing the total to 40 million") counts what the sentence counts.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class FigureScopeTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static DateTimeOffset On(int day) => new(2024, 3, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "scorewell", On(1)), new PairInput(later, "scorewell", On(25)));

    [Theory]
    [InlineData("Scorewell will ship 9 million more vaccine doses than it offered", true)]
    [InlineData("Ardenia will send 2,000 extra troops to the border", true)]
    [InlineData("Scorewell will ship 9 million vaccine doses", false)]
    [InlineData("Scorewell shipped more than 9 million vaccine doses", false)]
    public void A_figure_followed_by_more_or_extra_is_a_step_on_top_of_another(string text, bool increment)
    {
        var figure = Assert.Single(QuantityReader.Read(text, [])).Quantity;

        Assert.Equal(increment, figure.Increment);
    }

    [Theory]
    [InlineData("it will ship 9 million more doses to Veloria, bringing the total to 40 million, and start a week early", 40_000_000, "40 million")]
    [InlineData("the flooding killed 12 more people, taking the toll to 57", 57, "57")]
    public void The_level_a_running_count_was_brought_to_counts_what_the_sentence_counts(string text, int value, string written)
    {
        var figure = QuantityReader.Read(text, []).Select(f => f.Quantity).Single(q => !q.Increment);

        Assert.Equal(value, figure.Value);
        Assert.Equal(QuantityReader.Implied, figure.Unit);
        Assert.Equal(written, figure.Text);
    }

    [Theory]
    [InlineData("in the first quarter", "q1")]
    [InlineData("in the fourth fiscal quarter", "q4")]
    [InlineData("over the second half of the year", "h2")]
    [InlineData("in Q3", "q3")]
    public void The_part_of_the_year_a_figure_is_for_is_read(string text, string period) =>
        Assert.Equal([period], ReportingPeriods.In($"Scorewell will ship 30 million doses {text}"));

    [Fact]
    public void A_step_on_top_of_a_figure_is_not_set_against_a_total()
    {
        var verdict = Check("Scorewell will deliver 9 million more doses of its vaccine to Veloria in the spring than it offered last week",
            "Scorewell said it would deliver 30 million doses of its vaccine to Veloria in the spring");

        Assert.NotEqual(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void Figures_for_two_parts_of_the_year_are_two_measures()
    {
        var verdict = Check("Scorewell will deliver 40 million doses of its vaccine to Veloria in the first quarter",
            "Scorewell was working to deliver the full 180 million doses of its vaccine it owes Veloria in the second quarter");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_total_cut_for_the_same_part_of_the_year_is_still_a_number_mismatch()
    {
        var verdict = Check("Scorewell will deliver 9 million more doses of its vaccine to Veloria in the first quarter, bringing the total to 40 million",
            "Scorewell would deliver only 30 million doses of its vaccine to Veloria in the first quarter");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }
}
