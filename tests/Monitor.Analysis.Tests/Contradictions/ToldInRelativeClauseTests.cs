using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A clause set off after a noun, with a subject and a past verb of its own, says something of that noun ("a backlog of
/// withdrawals, which Scorewell had halted earlier in the day" says Scorewell halted withdrawals); and an act named by the
/// noun of a light verb ("had been processing all withdrawals") is about that noun too. So an act said to go on, then
/// said halted in such a clause, is a turn.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class ToldInRelativeClauseTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2024, 11, 7, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Claim> Claims(string text) => new ClaimExtractor().Extract(text, Day);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "scorewell", Day, "Ivo Kral"), new PairInput(later, "scorewell", Day.AddDays(1), "Ivo Kral"));

    [Fact]
    public void A_clause_set_off_after_a_noun_with_its_own_subject_is_a_claim_about_that_noun()
    {
        var claims = Claims("its teams were working to clear a backlog of withdrawals, which Scorewell had halted earlier in the day");

        var told = Assert.Single(claims, c => c.Predicate == PredicateLexicon.StemOf("halted") && c.Object.StartsWith("withdrawals", StringComparison.Ordinal));
        Assert.Contains("scorewell", told.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the plan drew protests from farmers, which was expected")]
    [InlineData("the ministry published the figures, which showed a rise in exports")]
    public void A_clause_without_a_subject_of_its_own_adds_no_claim(string text)
    {
        Assert.Single(Claims(text));
    }

    [Fact]
    public void The_noun_that_names_a_light_verbs_act_is_what_the_claim_is_about()
    {
        var claim = Assert.Single(Claims("Scorewell had been processing all withdrawals"));

        Assert.Equal(PredicateLexicon.StemOf("withdraw"), claim.Predicate);
        Assert.Contains("withdrawal", claim.Terms);
    }

    [Fact]
    public void Processing_withdrawals_then_withdrawals_halted_in_a_relative_clause_is_flagged()
    {
        var verdict = Check("Scorewell did not invest client assets, and it had been processing all withdrawals and would continue to do so",
            "Scorewell had agreed a rescue with a rival and its teams were working to clear a backlog of withdrawals, which Scorewell had halted earlier in the day");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Another_thing_halted_in_a_relative_clause_leaves_the_account_standing()
    {
        var verdict = Check("Scorewell had been processing all withdrawals and would continue to do so",
            "its teams were reviewing the marketing campaign, which Scorewell had halted earlier in the month");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_plan_said_to_go_on_then_halted_is_flagged()
    {
        var verdict = Check("The share offer would proceed as scheduled", "Scorewell halted its share offer on Wednesday");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }
}
