using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// "Two weeks ago", "four days earlier" in an attribution date the saying counted back from publication; the same words
/// inside what was said date the matter, not the saying.
/// </summary>
public sealed class CountedBackSaidAtTests
{
    [Theory]
    [InlineData("Two weeks ago Lin Wei said that the plan was unwise.", 14)]
    [InlineData("Four days earlier Karin Holm had said that the door was open.", 4)]
    [InlineData("Karin Holm said 10 days ago that the door was open.", 10)]
    public void A_count_back_in_the_attribution_dates_the_saying(string text, int daysBack)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal(new DateTimeOffset(DateOnly.FromDateTime(Published.UtcDateTime).AddDays(-daysBack).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), statement.Statement.SaidAt);
    }

    [Fact]
    public void A_month_back_is_the_same_day_of_the_month_before()
    {
        var statement = Assert.Single(Extract("A month ago Lin Wei said that the plan was unwise."));

        Assert.Equal(new DateTimeOffset(2025, 2, 14, 0, 0, 0, TimeSpan.Zero), statement.Statement.SaidAt);
    }

    [Fact]
    public void A_count_back_inside_what_was_said_dates_the_matter_not_the_saying()
    {
        var statement = Assert.Single(Extract("Lin Wei said that the plan announced two weeks ago was unwise."));

        Assert.Equal(Published, statement.Statement.SaidAt);
    }
}
