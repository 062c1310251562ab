using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An act promised ("would raise it again, to 15 percent, from Thursday") is broken by the same act named as a noun that
/// will not happen ("the increase to 15 percent announced for Thursday would not take effect"). To be read, the clause
/// after ", and the increase … would" must be a claim of its own, "for Thursday" must lie ahead, and a clock time ("7.30
/// p.m.") must end its sentence. A stop from now on ("no further arms be sent") and a contrast after a comma ("suspended
/// its membership, not devalued") deny nothing already done.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class IncreaseCalledOffTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    // A Wednesday.
    private static readonly DateTimeOffset Wednesday = new(2024, 9, 18, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int laterDays = 0) =>
        _checker.Check(new PairInput(earlier, "ardenia", Wednesday), new PairInput(later, "ardenia", Wednesday.AddHours(8).AddDays(laterDays)));

    [Fact]
    public void A_conjunct_with_a_long_subject_of_its_own_is_a_claim_of_its_own()
    {
        var claims = new ClaimExtractor().Extract(
            "The government had concluded that suspending the band was best, and the increase to 15 percent announced for Thursday would not take effect", Wednesday);

        Assert.Contains(claims, c => c.Predicate == "occur" && c.Polarity == Polarity.Negative && c.Subject.Contains("increase"));
    }

    [Fact]
    public void A_day_something_is_set_for_lies_ahead_in_a_past_sentence()
    {
        var claim = new ClaimExtractor().Extract("the increase announced for Thursday had been dropped", Wednesday).Single();

        Assert.Equal(new DateOnly(2024, 9, 19), Assert.Single(claim.Dates).Start);
    }

    [Fact]
    public void An_increase_promised_then_said_not_to_take_effect_is_a_contradiction()
    {
        var verdict = Check("it would raise it again, to 15 percent, from Thursday, in an all-out attempt to keep the crown inside the band",
            "The government had concluded that suspending its membership was best, and the increase to 15 percent announced for Thursday would not take effect");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_increase_promised_and_another_thing_not_taking_effect_is_no_contradiction()
    {
        var verdict = Check("it would raise the base rate again, to 15 percent, from Thursday",
            "the new port tariff announced for Thursday would not take effect");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_clock_time_ends_its_sentence_unless_its_day_follows()
    {
        var statements = Extract("\"It has been a difficult day,\" Haruto Sato said in a brief statement shortly after 7.30 p.m. The government, he said, had concluded that Japan would lift the curbs on Thursday.");

        Assert.Contains(statements, s => s.Statement.Text.StartsWith("The government had concluded", StringComparison.Ordinal));
        var joined = Extract("Japan lifted the curbs at 7.30 p.m. Tuesday after the talks ended, officials said.");
        Assert.Contains(joined, s => s.Statement.Text.Contains("p.m. Tuesday", StringComparison.Ordinal));
    }

    [Fact]
    public void Stopping_further_shipments_does_not_deny_those_sent()
    {
        var verdict = Check("it had secretly sent weapons to Tusan as part of an 18-month initiative", "he had ordered that no further arms be sent to Tusan", laterDays: 7);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_contrast_after_a_comma_does_not_negate_the_act()
    {
        var claim = new ClaimExtractor().Extract("the government had suspended its membership of the band, not devalued", Wednesday).Single();

        Assert.Equal(Polarity.Positive, claim.Polarity);
        var verdict = Check("suspended its membership of the currency band on Wednesday evening and let the crown float",
            "the government had suspended its membership of the currency band, not devalued", laterDays: 1);
        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
