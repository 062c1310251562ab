using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A deal approved ("its board approved buying two hotel groups", "cleared the acquisition") and then called off,
/// abandoned or scrapped ("called off its planned purchase") is a commitment reversed, though one side names the act as a
/// verb and the other as a noun. A deal completed, or another deal called off, is not.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DealCalledOffTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2024, 12, 16, 9, 0, 0, TimeSpan.Zero);

    private PairVerdict Check(string earlier, string later) =>
        fixture.Checker.Check(new PairInput(earlier, "scorewell", Day), new PairInput(later, "scorewell", Day.AddDays(1)));

    [Theory]
    [InlineData("its board had approved buying two hotel groups controlled by the family of its chairman for $1.6 billion",
        "called off its planned $1.6 billion purchase of two hotel groups controlled by its chairman's family on Wednesday")]
    [InlineData("the board cleared the acquisition of Tusan Mills for $400 million",
        "Scorewell scrapped its planned acquisition of Tusan Mills on Tuesday")]
    public void A_deal_approved_then_called_off_is_flagged(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Theory]
    [InlineData("its board had approved buying two hotel groups controlled by the family of its chairman",
        "completed its purchase of two hotel groups controlled by its chairman's family on Wednesday")]
    [InlineData("its board had approved buying two hotel groups controlled by the family of its chairman",
        "called off its planned purchase of a shipping line in Tusan on Wednesday")]
    public void A_deal_completed_or_another_deal_called_off_is_not_flagged(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
