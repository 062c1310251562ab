using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// "Out of the question" and "off the table" rule an act out as firmly as "will not": the act done later breaks what
/// was ruled out, and the phrase's words are no part of what the claim is about.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class RuledOutPhraseTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2011, 3, 14, 12, 0, 0, TimeSpan.Zero);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", Day), new PairInput(later, "ardenia", Day.AddDays(10)));

    [Theory]
    [InlineData("joining the naval mission was out of the question")]
    [InlineData("joining the naval mission is off the table")]
    public void A_phrase_that_rules_an_act_out_is_a_negative_commitment(string text)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, Day));

        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Equal(Modality.Commitment, claim.Modality);
        Assert.DoesNotContain("question", claim.Terms);
        Assert.DoesNotContain("tabl", claim.Terms);
    }

    [Theory]
    [InlineData("joining the naval mission was out of the question", "Ardenia joined the naval mission on Thursday")]
    [InlineData("new tariffs on steel are off the table", "imposed new tariffs on steel on Thursday")]
    public void The_act_done_after_it_was_ruled_out_is_a_broken_denial(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(Monitor.Abstractions.AlertKinds.BrokenDenial, verdict.Kind);
    }

    [Fact]
    public void Another_act_on_the_same_thing_is_no_contradiction()
    {
        var verdict = Check("joining the naval mission was out of the question", "Ardenia criticised the naval mission on Thursday");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
