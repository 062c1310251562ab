using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An effort or plan given up ("gave up its attempt to fix the krona", "dropped its plan to take a stake") says the act
/// tried is not done, so it breaks the act done or promised before ("fixed the krona at 131"). The act may be told after
/// ", and it …" in a sentence whose subject is the actor heard.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class EffortGivenUpTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static readonly DateTimeOffset Tuesday = new(2024, 10, 8, 11, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", Tuesday), new PairInput(later, "ardenia", Tuesday.AddDays(1)));

    [Theory]
    [InlineData("gave up its attempt to fix the crown on Wednesday", "fix")]
    [InlineData("dropped its plan to take a 75 percent stake in the bank", "take")]
    [InlineData("abandoned its bid to buy the port operator", "buy")]
    public void An_effort_given_up_is_the_act_not_done(string text, string act)
    {
        var claim = new ClaimExtractor().Extract(text, Tuesday).First();

        Assert.Equal((PredicateLexicon.StemOf(act), Polarity.Negative), PredicateSenses.ComparedAct(claim) ?? (claim.Predicate, claim.Polarity));
    }

    [Fact]
    public void An_act_done_then_its_effort_given_up_is_a_contradiction()
    {
        var verdict = Check("it fixed the crown at a rate of about 131 to the euro", "gave up its attempt to fix the crown on Wednesday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Giving_up_an_effort_at_another_thing_is_no_contradiction()
    {
        var verdict = Check("it fixed the crown at a rate of about 131 to the euro", "gave up its attempt to sell the state airline on Wednesday");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_act_told_after_and_it_belongs_to_the_sentence_subject()
    {
        var statements = Extract("Japan said on Tuesday that the union had agreed to lend it 4 billion euros, and it lifted the curbs on chip exports, a day after Haruto Sato warned that the country faced a crisis.");

        var act = Assert.Single(statements, s => s.Statement.Text.StartsWith("lifted the curbs", StringComparison.Ordinal));
        Assert.Equal("japan", act.Statement.Actor);
    }
}
