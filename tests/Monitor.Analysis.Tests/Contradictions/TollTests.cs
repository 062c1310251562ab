using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Tolls: a claim that nobody was killed or lost ("no deaths", "the whole crew was rescued") against a later count
/// of the dead or missing for the same event or days is a contradiction in other words; a zero given as the state of
/// knowledge so far, or a count for other days, is not.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class TollTests(MiniLmFixture fixture)
{
    private static DateTimeOffset On(int month, int day) => new(2024, month, day, 10, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays = 5) =>
        fixture.Checker.Check(new PairInput(earlier, "chile", On(3, 6)), new PairInput(later, "chile", On(3, 6).AddDays(gapDays)));

    private static Toll? TollOf(string sentence) => Assert.Single(new ClaimExtractor().Extract(sentence, On(3, 6))).Toll;

    [Theory]
    [InlineData("no new deaths from the fever were recorded on Tuesday")]
    [InlineData("there were no civilian casualties in the raid")]
    [InlineData("nobody on board was injured")]
    [InlineData("none of the miners died")]
    [InlineData("officials insisted that no civilians have been killed in the shelling")]
    [InlineData("the entire crew was evacuated to a nearby tanker")]
    [InlineData("all 40 passengers had been rescued by the coast guard")]
    [InlineData("its crew had been safely evacuated")]
    public void A_sentence_saying_nobody_was_lost_states_a_toll_of_none(string sentence) =>
        Assert.Equal(0m, TollOf(sentence)?.Count);

    [Theory]
    [InlineData("two fishermen were killed and nine others were missing after the storm", 2)]
    [InlineData("1,250 people with the fever had died in clinics over the month", 1250)]
    [InlineData("the blast tore through the depot, killing all 12 workers on shift", 12)]
    public void A_count_of_the_dead_or_missing_states_that_toll(string sentence, int count) =>
        Assert.Equal(count, TollOf(sentence)?.Count);

    [Theory]
    [InlineData("deaths linked to the fever are appearing in the capital's hospitals")]
    [InlineData("fatalities have been reported in three mountain villages")]
    [InlineData("casualties were mounting on both sides of the river")]
    [InlineData("civilians have been killed in the shelling of the port")]
    [InlineData("there have been deaths among the miners trapped underground")]
    public void Deaths_said_to_occur_without_a_count_state_some_toll(string sentence)
    {
        var toll = TollOf(sentence);

        Assert.NotNull(toll);
        Assert.Null(toll.Count);
    }

    [Theory]
    [InlineData("there were no immediate reports of casualties")]
    [InlineData("no deaths have been reported so far")]
    [InlineData("the ministry gave no figures for any dead or injured")]
    [InlineData("40 people were evacuated from the building")]
    [InlineData("the dead were buried on Friday")]
    [InlineData("new graves are being dug at the cemetery, even though the official figures have shown no deaths for a week")]
    public void Knowledge_so_far_and_other_counts_are_no_toll(string sentence) =>
        Assert.Null(TollOf(sentence));

    [Fact]
    public void Everyone_rescued_then_sailors_killed_and_missing_is_a_number_mismatch()
    {
        var verdict = Check("the trawler was badly damaged but stayed afloat, and its crew had been fully evacuated to other fishing boats",
            "one fisherman from the trawler's crew was killed and six others were missing after the trawler sank");

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
        Assert.Contains("nobody was killed or lost", verdict.Explanation);
    }

    [Fact]
    public void No_deaths_on_a_day_then_a_death_count_for_a_period_holding_that_day_is_a_number_mismatch()
    {
        var verdict = Check("there were no new deaths from the fever on March 5, official data showed",
            "3,410 people with the fever had died in hospitals between March 1 and March 30, far more than official figures showed",
            gapDays: 30);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void No_deaths_on_a_day_then_deaths_on_other_days_is_no_contradiction()
    {
        var verdict = Check("there were no new deaths from the fever on March 5, official data showed",
            "3,410 people with the fever had died in hospitals between March 11 and March 30, far more than official figures showed",
            gapDays: 30);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_toll_rising_from_an_early_zero_is_no_contradiction()
    {
        var verdict = Check("there were no immediate reports of casualties after the earthquake struck the coast",
            "at least 14 people were killed in the earthquake that struck the coast", gapDays: 1);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Official_figures_of_no_deaths_then_a_report_of_deaths_appearing_is_a_conflict_of_reports()
    {
        var checker = new PairChecker(fixture.Embedder, [new ActorDefinition("chile", "Chile", ["Chile", "Santiago"], [])]);
        var verdict = checker.Check(
            new PairInput("there were no new deaths from the fever on Saturday, official data showed", "chile", On(3, 9)),
            new PairInput("deaths linked to the fever are appearing in Valparaiso, according to relatives of the dead, even though Chile's official figures have shown no fatalities for two weeks", null, On(3, 12)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.ConflictingReports, verdict.Kind);
        Assert.Contains("disagree on whether anyone was killed", verdict.Explanation);
    }
}
