using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Help said not to be needed, or ruled out ("does not need any help", "there is not going to be any rescue of the
/// banks"), and later asked for ("asked the Commission for financial assistance", "will ask for a loan") is one act,
/// whichever of its names each side uses; borrowing is asking for a loan. Help others only prepare for ("preparing for a request for aid") is not asked.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class AidSoughtTests(MiniLmFixture fixture)
{
    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ardenia", new DateTimeOffset(2024, 3, 2, 9, 0, 0, TimeSpan.Zero)),
            new PairInput(later, "ardenia", new DateTimeOffset(2024, 4, 20, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("The country does not need any help", "the government had asked the European Commission for financial assistance")]
    [InlineData("There is not going to be any rescue of the Ardenian banking system", "Ardenia will ask its partners for a loan of up to 40 billion euros to recapitalise its banks")]
    [InlineData("Ardenia did not need to borrow from the Monetary Fund and could solve its problems on its own", "Ardenia asked the Monetary Fund on Monday for financial and technical help")]
    public void Help_said_not_needed_then_asked_for_is_a_contradiction(string earlier, string later)
    {
        var verdict = Check(earlier, later);

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Help_said_not_needed_then_others_preparing_for_a_request_is_not_help_asked()
    {
        var verdict = Check("The country does not need any help", "officials were preparing for an Ardenian request for financial assistance");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Help_said_not_needed_then_help_given_to_another_is_no_turn()
    {
        var verdict = Check("The country does not need any help", "the government had sent financial assistance to Veloria after the floods");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_request_ruled_out_then_only_awaited_by_others_is_no_turn()
    {
        var verdict = Check("Ardenia would not ask for financial aid", "officials were preparing for an Ardenian request for financial aid");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_request_ruled_out_then_made_is_a_turn()
    {
        var verdict = Check("Ardenia would not ask for financial aid", "Ardenia requested financial aid from its partners on Thursday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
