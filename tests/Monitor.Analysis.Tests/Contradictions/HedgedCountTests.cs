using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A count first given with a hedge about what already happened ("about 90,000 customers may have been affected") is
/// the actor's figure all the same, so a later, different count of the same thing is a number mismatch. A forecast
/// ("could reach 10,000") is no count.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class HedgedCountTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "scorewell", On(3, 1)), new PairInput(later, "scorewell", On(3, 14)));

    [Theory]
    [InlineData("About 90,000 Danes may have had personal data taken in the breach", "personal data of about 6,000 Danes had been taken")]
    [InlineData("Up to 90,000 Danes might have been affected by the breach", "about 6,000 Danes were affected by the breach")]
    public void A_hedged_count_of_what_happened_then_another_count_is_a_number_mismatch(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Theory]
    [InlineData("The number of Danes affected could reach 90,000", "about 6,000 Danes were affected by the breach")]
    [InlineData("If the backups fail, 90,000 Danes may have lost their data", "about 6,000 Danes lost their data")]
    public void A_forecast_or_a_condition_is_no_count(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
