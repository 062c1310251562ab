using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Words that look like a denial or an admission but settle nothing about the act: a purpose denied ("no deliberate attempt
/// to cross the border") leaves the crossing standing; a matter left open ("did not say whether the patrols would
/// continue") is settled by neither side; a fault refused ("refused to apologise", "did not think it had been a mistake")
/// is no admission; an act weighed as a subject ("devaluing the currency would be a betrayal") is not said to be done.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DisownedActTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static DateTimeOffset On(int day) => new(2024, 6, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int laterDay = 8) =>
        _checker.Check(new PairInput(earlier, "ardenia", On(1)), new PairInput(later, "ardenia", On(laterDay)));

    [Theory]
    [InlineData("There was no deliberate attempt to cross the Tusani border")]
    [InlineData("its patrol boat had never intended to cross the Tusani border")]
    [InlineData("the patrol boat did not intentionally cross the Tusani border")]
    public void A_purpose_denied_is_no_denial_of_the_act(string denial)
    {
        var claim = new ClaimExtractor().Extract(denial, On(2)).First(c => c.Polarity == Polarity.Negative);
        Assert.True(claim.IntentDenied, claim.Text);

        var verdict = Check("an Ardenian patrol boat had crossed the Tusani border on Sunday", denial, laterDay: 2);
        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void The_act_itself_denied_still_contradicts_it()
    {
        var verdict = Check("an Ardenian patrol boat had crossed the Tusani border on Sunday", "no Ardenian patrol boat had crossed the Tusani border", laterDay: 2);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_report_of_the_act_is_not_denied_by_a_denial_of_purpose()
    {
        var verdict = _checker.Check(
            new PairInput("an Ardenian patrol boat had crossed the Tusani border and had been seized", null, On(1), "Harbour Gazette"),
            new PairInput("There was absolutely no deliberate attempt to cross the Tusani border", "ardenia", On(2)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("did not say whether the border patrols would continue")]
    [InlineData("gave no indication whether the border patrols would continue")]
    public void A_matter_left_open_is_read_as_declined(string text)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, On(2)));

        Assert.Equal(Modality.Declined, claim.Modality);
    }

    [Fact]
    public void A_matter_left_open_is_not_contradicted_when_it_is_settled()
    {
        var verdict = Check("took no questions on the details of the patrol and did not say whether such patrols would continue",
            "the patrols had been suspended after the incident and would not be resumed");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("the patrols had been suspended after the incident, but he refused to apologise")]
    [InlineData("he did not think his patrol policy along the border had been a mistake")]
    public void A_fault_refused_is_no_admission(string later)
    {
        var verdict = Check("the patrol boat had crossed the Tusani border after its radar failed", later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_fault_owned_still_takes_the_account_back()
    {
        var verdict = Check("the patrol boat had crossed the Tusani border after its radar failed",
            "sending the patrol boat across the Tusani border had been a mistake, and he apologised for it");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_act_weighed_as_a_subject_is_a_possibility()
    {
        var claim = new ClaimExtractor().Extract("devaluing the crown would be a betrayal of Ardenia's future", On(1)).First();

        Assert.Equal(Modality.Possibility, claim.Modality);
    }

    [Fact]
    public void An_act_weighed_then_said_not_to_have_happened_is_no_contradiction()
    {
        var verdict = Check("devaluing the crown would be a betrayal of Ardenia's future",
            "the crown had not been devalued but had merely left the currency band for the time being");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
