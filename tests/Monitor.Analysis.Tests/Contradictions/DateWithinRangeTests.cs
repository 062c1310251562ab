using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A date given as a span ("between May 2022 and June 2023", "in 2024-2026") is not contradicted by a later date inside
/// it: the later one narrows the range. A date outside the span still conflicts with it.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DateWithinRangeTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset July = new(2019, 7, 16, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        fixture.Checker.Check(new PairInput(earlier, "corvia-mining", July), new PairInput(later, "corvia-mining", July.AddDays(520)));

    [Theory]
    [InlineData("first sustainable production from the underground mine is expected between May 2022 and June 2023",
        "first sustainable production from the underground mine is now expected in October 2022")]
    [InlineData("first production from the underground mine is expected in 2022-2023",
        "first production from the underground mine is now expected in October 2022")]
    public void A_date_inside_an_earlier_span_narrows_it(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_date_outside_an_earlier_span_still_conflicts()
    {
        var verdict = Check("first sustainable production from the underground mine is expected between May 2022 and June 2023",
            "first sustainable production from the underground mine is now expected in March 2024");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal("date-mismatch", verdict.Kind);
    }
}
