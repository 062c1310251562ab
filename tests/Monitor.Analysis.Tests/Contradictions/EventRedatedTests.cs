using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A date given to a named event, not to the act of the sentence: "would not stand in the presidential election due on
/// Feb. 25, 2027", then "voted to hold the presidential election on Dec. 15, 2027". The verbs share nothing, yet the
/// actor gave one scheduled event two dates. Another election (parliamentary, not presidential), a date first named as
/// the one dropped ("postponed the Feb. 25 election"), and a day already past when first named are none.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class EventRedatedTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("ardenia", "Ardenia", ["Ardenia", "Ardenian National Assembly"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", new DateTimeOffset(2026, 7, 4, 10, 0, 0, TimeSpan.Zero)),
            new PairInput(later, "ardenia", new DateTimeOffset(2027, 2, 6, 10, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("he would not stand in the presidential election due on Feb. 25, 2027, even though the constitution allowed him to",
        "voted late on Monday to hold the presidential election on Dec. 15, 2027")]
    [InlineData("the government will organise the Feb. 25, 2027 presidential vote with care",
        "lawmakers agreed that the presidential election would take place on Dec. 15, 2027")]
    public void One_event_given_two_dates_is_a_date_mismatch_whatever_the_verbs(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DateMismatch, verdict.Kind);
        Assert.Contains("25 Feb 2027", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("15 Dec 2027", verdict.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("he would not stand in the parliamentary election due on Feb. 25, 2027",
        "voted late on Monday to hold the presidential election on Dec. 15, 2027")]
    [InlineData("postponed the Feb. 25, 2027 presidential election on Saturday",
        "voted late on Monday to hold the presidential election on Dec. 15, 2027")]
    [InlineData("he had not stood in the presidential election held on Feb. 25, 2026",
        "voted late on Monday to hold the presidential election on Dec. 15, 2027")]
    public void Another_event_a_date_dropped_or_a_past_one_is_no_mismatch(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
