using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A refusal ("turned down a request to be questioned", "rejected the invitation") says the act asked for was not done,
/// so it agrees with an earlier "would no longer respond to the requests" or "will not attend". Ruling out the refusal
/// itself ("will not reject the offer") and then refusing is still a turn.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class RefusalAgreesWithNegationTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Sunday = new(2016, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        fixture.Checker.Check(new PairInput(earlier, "ardenia", Sunday), new PairInput(later, "ardenia", Sunday.AddDays(8)));

    [Theory]
    [InlineData("the president would no longer respond to the prosecutors' requests for questioning",
        "the president turned down a prosecutors' request to be questioned by Tuesday")]
    [InlineData("the president would not answer the committee's summons to testify",
        "the president declined the committee's summons to testify on Friday")]
    public void A_refusal_after_a_negation_of_its_act_agrees(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Ruling_out_a_refusal_and_then_refusing_still_turns()
    {
        var verdict = Check("the government will not reject the union's pay offer", "the government rejected the union's pay offer on Monday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
