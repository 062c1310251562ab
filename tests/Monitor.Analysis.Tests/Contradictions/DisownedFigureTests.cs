using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A figure the actor gave, then said to be false: the cash it counted "was fictitious", the funds "might not exist",
/// the profit it forecast "was overstated". The later statement names the thing counted, not the earlier words, and is
/// flagged all the same, though the later may hedge ("might not exist"). Reports of others called false, and a figure at
/// stake only on a condition, take nothing back.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DisownedFigureTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("kralbank", "Kralbank", ["Kralbank"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "kralbank", new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero)),
            new PairInput(later, "kralbank", new DateTimeOffset(2024, 3, 25, 10, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("Kralbank had more than 2 billion crowns in cash and could afford to put part of it to work",
        "of the 2.3 billion crowns in cash and deposits reported in December, 2.1 billion crowns was fictitious")]
    [InlineData("First-half operating profit should come in at about 900 million euros",
        "the first-half profit forecast it gave investors last month was overstated by about 200 million euros")]
    [InlineData("its finances were sound, pointing to more than 4 billion euros in cash and securities shown in its accounts",
        "the funds shown in its accounts might not exist")]
    public void A_figure_later_called_false_is_taken_back(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
    }

    [Fact]
    public void The_alert_names_the_figure_and_the_word_that_disowns_it()
    {
        var verdict = Check("Kralbank had more than 2 billion crowns in cash and could afford to put part of it to work",
            "of the 2.3 billion crowns in cash and deposits reported in December, 2.1 billion crowns was fictitious");

        Assert.Contains("fictitious", verdict.Explanation);
        Assert.Contains("2 billion crowns", verdict.Explanation);
    }

    [Theory]
    [InlineData("Kralbank had 3,000 staff in the region", "reports that 10,000 staff were in the region were false")]
    [InlineData("lenders could end loans worth about 2 billion euros if the audited accounts were not published",
        "the 1.9 billion euros it had booked as cash held in trust accounts did not exist")]
    public void Reports_of_others_and_figures_on_a_condition_take_nothing_back(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
