using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A promise to stay in a body or mechanism, said as "no leaving it" or "would keep the crown in it", is broken by
/// "suspended its membership of it": ending a membership is leaving, keeping a thing in is staying, and a short name
/// ("TCB") is the long one whose initials it takes ("Tusan Currency Band"). A negation said again after "and" ("no
/// devaluation and no leaving") is one negation, not two that cancel.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class MembershipEndedTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static DateTimeOffset On(int day) => new(2024, 8, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", On(1)), new PairInput(later, "ardenia", On(20)));

    private const string Suspended = "suspended its membership of the Tusan currency band on Wednesday evening and let the crown float";

    [Theory]
    [InlineData("There would be no devaluation and no leaving the currency band")]
    [InlineData("There will be no devaluation, and no leaving the band, now or ever")]
    public void A_negation_said_again_after_and_is_one_negation(string text)
    {
        var claim = new ClaimExtractor().Extract(text, On(1)).Single(c => c.Predicate == PredicateLexicon.StemOf("leaving"));

        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Fact]
    public void Two_negations_in_one_clause_still_cancel()
    {
        var claim = new ClaimExtractor().Extract("it was not true that no troops had crossed the border", On(1)).First();

        Assert.Equal(Polarity.Positive, claim.Polarity);
    }

    [Fact]
    public void Ruling_out_leaving_is_broken_by_suspending_membership()
    {
        var verdict = Check("There would be no devaluation and no leaving the currency band", Suspended);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Keeping_a_thing_in_a_mechanism_named_by_its_initials_is_broken_by_suspending_membership()
    {
        var verdict = Check("A realignment would only bring back higher inflation, and the government would keep the crown in the TCB at its present parity",
            Suspended);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Keeping_a_thing_in_one_mechanism_is_not_broken_by_leaving_another()
    {
        var verdict = Check("the government would keep the crown in the TCB at its present parity",
            "suspended its membership of the northern fisheries council on Wednesday after a quota dispute");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Keeping_rates_at_a_level_is_not_a_place_kept()
    {
        var claim = new ClaimExtractor().Extract("the bank would keep rates at 2 percent", On(1)).First();

        Assert.Null(PredicateSenses.ComparedAct(claim));
    }
}
