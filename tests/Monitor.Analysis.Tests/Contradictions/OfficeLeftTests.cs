using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Leaving an office is said in many ways: "leaving office", "walking away from the job the people elected me to do",
/// "stepping down". A person who ruled each out and later resigns has reversed a commitment, though the two sentences
/// share no word but the office; leaving one office and keeping another thing ("walk away from the talks") is no office.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class OfficeLeftTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static readonly DateTimeOffset January = new(2024, 1, 30, 21, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", January, "Ivo Kral"), new PairInput(later, "ardenia", January.AddMonths(6), "Ivo Kral"));

    private const string Resigns = "he would resign as president at noon today, the first man to give up the office, three days after he acknowledged the halt he had ordered to the inquiry";

    [Theory]
    [InlineData("I want you to know that I have no intention whatever of ever walking away from the job that the people elected me to do")]
    [InlineData("he had no intention of leaving office, and used his address to call for an end to the inquiry")]
    public void Ruling_out_leaving_an_office_then_resigning_is_a_contradiction(string earlier)
    {
        var verdict = Check(earlier, Resigns);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("Kral had decided to give up the office of president and had charged the army council with running the country")]
    [InlineData("Ivo Kral stepped down on Friday and handed power to the armed forces")]
    [InlineData("Kral handed power to the armed forces on Friday")]
    public void Promising_to_stay_in_office_then_giving_it_up_or_handing_power_over_is_a_contradiction(string later)
    {
        var verdict = Check("he was passing some powers to his deputy but would remain in office until the September election", later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("he was stepping aside")]
    [InlineData("Kral said he would stand aside as president")]
    public void Ruling_out_stepping_down_then_stepping_aside_is_a_contradiction(string later)
    {
        var verdict = Check("I will not step down", later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Promising_to_stay_in_office_then_handing_a_file_to_a_deputy_is_no_office_left()
    {
        var verdict = Check("he would remain in office until the September election", "Kral handed the budget file to his deputy on Friday");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Ruling_out_walking_away_from_talks_is_no_office_kept()
    {
        var verdict = Check("I have no intention whatever of ever walking away from the talks with Tusan", Resigns);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
