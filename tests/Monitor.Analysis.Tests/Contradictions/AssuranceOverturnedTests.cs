using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Contradictions.Judges;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An actor vouches for a thing ("our capital remains strong", "no pressure on our funding", "we are fine") and
/// within weeks says that very thing is failing ("our funding position had deteriorated", "filed for bankruptcy").
/// A recovery, a failure long after, someone else's failing thing, a failure only foreseen, and a different thing
/// are none of them an assurance taken back.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class AssuranceOverturnedTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors =
    [
        new("scorewell", "Scorewell Bank", ["Scorewell Bank", "Scorewell"], []),
        new("ardenia", "Ardenia", ["Ardenia"], []),
    ];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static DateTimeOffset On(int day) => new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero).AddDays(day - 1);

    private PairVerdict Check(string earlier, string later, int laterDay = 5, string actor = "scorewell") =>
        _checker.Check(new PairInput(earlier, actor, On(1)), new PairInput(later, actor, On(laterDay)));

    [Theory]
    [InlineData("the bank's balance sheet, funding and capital remain strong", "our funding position had significantly deteriorated over the past two days")]
    [InlineData("we do not see any pressure on our funding, let alone a funding crisis", "our funding position had significantly deteriorated over the past two days")]
    [InlineData("the bank's cash had not weakened at all", "its cash position has worsened sharply this week")]
    [InlineData("Scorewell is fine. Deposits are fine.", "filed for bankruptcy protection on Friday")]
    public void A_thing_vouched_for_then_said_to_be_failing_is_flagged(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NegatedClaim, verdict.Kind);
        Assert.Contains("vouched for it, then said it was failing", verdict.Explanation);
    }

    [Fact]
    public void A_failure_is_filed_where_the_assurance_is_found()
    {
        var engine = ContradictionEngine.CreateDefault(new ContradictionOptions { Embedder = fixture.Embedder, Actors = Actors });
        Statement Said(string id, string text, int day) =>
            new(id, "d" + id, "scorewell", "Scorewell Bank", text, false, StatementMode.Assert, null, Stance.Neutral, On(day), null, []);

        var assurance = engine.IndexKeys(Said("a", "Scorewell is fine and deposits are fine", 1));
        var failure = engine.IndexKeys(Said("b", "filed for bankruptcy protection on Friday", 5));

        Assert.Contains(assurance.Where(k => k.StartsWith("state|", StringComparison.Ordinal)), failure.Contains);
    }

    [Fact]
    public void An_outbreak_said_under_control_then_out_of_control_is_flagged()
    {
        var verdict = Check("the fever outbreak in the north has been brought under effective control",
            "the fever outbreak has spread out of control", laterDay: 11, actor: "ardenia");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Strong_ratios_then_borrowing_to_shore_up_the_same_thing_is_flagged()
    {
        // "had strong … ratios" vouches for what it qualifies; a step decided to prop that up says it is failing.
        var verdict = Check("the bank had strong capital and cash ratios and that government assistance was not a topic",
            "it would borrow up to 50 billion francs from the central bank to shore up its cash, hours after its shares fell");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Shoring_up_part_of_a_thing_is_not_the_thing_failing()
    {
        var verdict = Check("the alliance remains strong and united", "it will shore up the alliance's eastern defences with two more brigades",
            actor: "ardenia");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_recovery_is_no_assurance_taken_back()
    {
        var verdict = Check("our funding position had significantly deteriorated over the past two days",
            "the bank's balance sheet, funding and capital remain strong");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_failure_months_later_is_news_not_a_claim_taken_back()
    {
        var verdict = Check("the bank's balance sheet, funding and capital remain strong",
            "our funding position had significantly deteriorated over the past two days", laterDay: 75);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Another_partys_failing_thing_is_not_the_one_vouched_for()
    {
        var verdict = Check("our economy remains strong and resilient", "sanctions mean Tusan's economy has weakened sharply", actor: "ardenia");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_failure_only_foreseen_takes_nothing_back()
    {
        var verdict = Check("the bank's balance sheet, funding and capital remain strong",
            "funding could deteriorate if markets stay shut for another week");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_different_thing_failing_is_no_turn()
    {
        var verdict = Check("the bank's capital remains strong", "the housing market has weakened sharply this month");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
