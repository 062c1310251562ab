using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A later claim that tells of a time wholly before the act the earlier claim dates ("regretted his 2019 decision not
/// to reopen the inquiry", after "opened a new inquiry on 12 March 2024") recalls history; it does not take the act
/// back. An undated denial of the act still does.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class HistoryRecalledTests(MiniLmFixture fixture)
{
    private const string Opened = "opened a new inquiry into the dumping at the port of Ardhaven on 12 March 2024 after receiving new evidence";

    private PairVerdict Check(string earlier, string later) =>
        fixture.Checker.Check(new PairInput(earlier, "ardenia", new DateTimeOffset(2024, 3, 13, 9, 0, 0, TimeSpan.Zero)),
            new PairInput(later, "ardenia", new DateTimeOffset(2024, 7, 10, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("the commissioner regretted his 2019 decision not to reopen the inquiry into the dumping at the port of Ardhaven")]
    [InlineData("the commissioner regretted that the inquiry into the dumping at the port of Ardhaven was not reopened in 2019")]
    public void A_decision_of_an_earlier_year_recalled_takes_nothing_back(string later)
    {
        var verdict = Check(Opened, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_undated_denial_of_the_act_is_still_a_contradiction()
    {
        var verdict = Check(Opened, "the police had not opened any inquiry into the dumping at the port of Ardhaven");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal("negated-claim", verdict.Kind);
    }
}
