using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// A span of years ("the 2014/15 financial year", "fiscal 2019-20") names a period, so its second year is no count of
/// anything: only the figure the sentence gives is read. Two digits standing on their own still count what follows.
/// </summary>
public sealed class YearSpanTests
{
    [Theory]
    [InlineData("it expected trading profit for the 2014/15 financial year to reach 2.5 billion pounds")]
    [InlineData("profit for the 2019-20 fiscal year would not exceed 2.5 billion pounds")]
    [InlineData("profit in the 2021\u201322 season would reach 2.5 billion pounds")]
    public void The_second_year_of_a_span_is_no_figure(string text)
    {
        var figure = Assert.Single(QuantityReader.Read(text, [])).Quantity;

        Assert.Equal(2_500_000_000m, figure.Value);
    }

    [Fact]
    public void Two_digits_on_their_own_still_count_what_follows()
    {
        var figure = Assert.Single(QuantityReader.Read("it sold 15 aircraft in 2014", [])).Quantity;

        Assert.Equal(15m, figure.Value);
    }
}
