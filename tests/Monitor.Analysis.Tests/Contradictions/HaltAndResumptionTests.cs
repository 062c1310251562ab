using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A halt that ends is the halt running its course: "will stop selling the heater and replace every one sold", then
/// "will resume sales"; so is an offer made until a date and stopped when that date came. A halt said to be final and
/// then lifted, a resumption promised and then a halt, or an offer stopped before its date, is a turn.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class HaltAndResumptionTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("acme", "Acme Appliances", ["Acme Appliances", "Acme"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset June3 = new(2022, 6, 3, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays) =>
        _checker.Check(new PairInput(earlier, "acme", June3), new PairInput(later, "acme", June3.AddDays(gapDays)));

    [Theory]
    [InlineData("it would stop selling its Model 9 heater and replace all of the 400,000 heaters sold so far", "it would resume sales of its Model 9 heater in Spain on July 1, after replacing the faulty units")]
    [InlineData("it had suspended deliveries of the Model 9 heater while engineers checked the wiring", "it would restart deliveries of the Model 9 heater next week")]
    public void A_halt_then_a_resumption_is_the_halt_ending(string earlier, string later)
    {
        var verdict = Check(earlier, later, 18);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("Acme will give a free carry bag to everyone who buys a Model 9 heater until Aug. 31", "Acme stopped giving away free carry bags with the Model 9 heater on Wednesday", 90)]
    [InlineData("the discount on the Model 9 heater would run through July", "Acme ended the discount on the Model 9 heater", 60)]
    public void An_offer_made_until_a_date_and_stopped_when_it_came_is_the_offer_kept(string earlier, string later, int gapDays)
    {
        var verdict = Check(earlier, later, gapDays);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void An_offer_made_until_a_date_and_stopped_before_it_is_a_turn()
    {
        var verdict = Check("Acme will give a free carry bag to everyone who buys a Model 9 heater until Aug. 31", "Acme stopped giving away free carry bags with the Model 9 heater on Wednesday", 20);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_halt_said_to_be_final_then_lifted_is_a_turn()
    {
        var verdict = Check("it had stopped selling the Model 9 heater for good", "it would resume sales of the Model 9 heater in Spain on July 1", 18);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_resumption_promised_then_a_halt_is_a_turn()
    {
        var verdict = Check("it would resume sales of its Model 9 heater in Spain on July 1", "it had stopped production and sales of the Model 9 heater permanently", 18);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
