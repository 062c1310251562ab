using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// An actor that puts a new figure on what it had put a figure on before — an estimate cut, a claim reduced, a
/// forecast raised — has changed its account, and says so in words that seldom repeat the first. A count that grows
/// as news comes in, or a rate moved by policy, names no assessment and is not a revision.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class RevisedFigureTests(MiniLmFixture fixture)
{
    private static readonly ActorDefinition[] Actors = [new("acme", "Acme Shipping", ["Acme Shipping", "Acme"], [])];

    private readonly PairChecker _checker = new(fixture.Embedder, Actors);

    private static readonly DateTimeOffset May2 = new(2022, 5, 2, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later, int gapDays) =>
        _checker.Check(new PairInput(earlier, "acme", May2), new PairInput(later, "acme", May2.AddDays(gapDays)));

    [Theory]
    [InlineData("estimated on Friday that its second-quarter operating profit rose 4 percent to 3.1 billion euros",
        "cut its estimate of second-quarter operating profit by a third, to 2.1 billion euros from the 3.1 billion euros it gave last week", 6)]
    [InlineData("the port would hold the freighter until its owner paid about $700 million in compensation for the blockage",
        "the company has reduced its compensation demand from the freighter's owner to $400 million", 40)]
    public void A_new_figure_put_on_the_same_thing_is_flagged(string earlier, string later, int gapDays)
    {
        var verdict = Check(earlier, later, gapDays);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
        Assert.Contains("new figure", verdict.Explanation);
    }

    [Theory]
    [InlineData("declared Ivo Kral the winner with 263,515 votes to 212,099 for Tomas Berg", "Under the new count Kral won 227,708 votes and Berg 208,487")]
    [InlineData("declared Ivo Kral the winner with 263,515 votes to 212,099 for Tomas Berg", "the corrected results give Kral 227,708 votes and Berg 208,487")]
    public void A_tally_done_again_replaces_the_figure_first_given(string earlier, string later)
    {
        var verdict = Check(earlier, later, 3);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
    }

    [Fact]
    public void New_figures_for_another_period_are_no_recount()
    {
        var verdict = Check("its ships carried 4.2 million containers last year", "new figures show its ships carried 3.1 million containers in the first half", 200);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("78 people were killed in the warehouse fire", "the number of people killed in the warehouse fire rose to 154", 2)]
    [InlineData("its freight rate on the Asia route stood at $1,200 a container", "it raised its freight rate on the Asia route to $1,500 a container from $1,200", 30)]
    public void A_count_that_grows_or_a_price_moved_is_not_a_revised_figure(string earlier, string later, int gapDays)
    {
        var verdict = Check(earlier, later, gapDays);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_rating_on_a_named_scale_raised_to_another_step_is_flagged()
    {
        var verdict = Check("rated the spill at level 2 on the regulator's scale of 0 to 5", "raised the severity rating of the Port Vell spill to level 5 on Tuesday", 30);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.NumberMismatch, verdict.Kind);
        Assert.Contains("'level 2'", verdict.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rated the spill at level 2 on the regulator's scale", "raised the severity rating of the Port Vell spill to level 2 on Tuesday")]
    [InlineData("rated the spill at level 2 on the regulator's scale", "the water in the harbour rose to level 5 on Tuesday")]
    public void The_same_step_again_or_a_level_that_moved_by_itself_is_no_revision(string earlier, string later)
    {
        var verdict = Check(earlier, later, 30);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("The agency rated the accident at level 4.", "level", 4)]
    [InlineData("The storm weakened to category 2 overnight.", "category", 2)]
    public void A_number_after_a_scale_word_is_a_step_on_that_scale(string sentence, string unit, int value)
    {
        var quantity = Assert.Single(Monitor.Analysis.Claims.QuantityReader.Read(sentence, [])).Quantity;

        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(value, quantity.Value);
        Assert.Equal($"{unit} {value}", quantity.Text);
    }

    [Theory]
    [InlineData("Officials counted 339 confirmed cases in the capital.")]
    [InlineData("Officials counted 402 suspected cases in the capital.")]
    [InlineData("Officials counted 12 reported cases in the capital.")]
    public void How_a_count_was_arrived_at_is_not_what_it_counts(string sentence)
    {
        var counted = Assert.Single(Monitor.Analysis.Claims.QuantityReader.Read(sentence, [])).Quantity;
        var plain = Assert.Single(Monitor.Analysis.Claims.QuantityReader.Read("Officials counted 37 cases in the capital.", [])).Quantity;

        Assert.Equal(plain.Unit, counted.Unit);
    }
}
