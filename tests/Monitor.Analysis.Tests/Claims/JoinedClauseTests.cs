using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// "…left on a holiday during which he will have check-ups and he is due back on May 20": a clause with a subject of its
/// own after "and" is a claim of its own, comma or not, and so is one with its own "could" ("and could solve its
/// problems alone"), whose hedge is its own; and what lies ahead in a relative clause ("during which he will")
/// leaves the main act in the past, so its weekday is the one just gone.
/// </summary>
public sealed class JoinedClauseTests
{
    // A Friday.
    private static readonly DateTimeOffset SaidAt = new(2024, 5, 3, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Claim> Read(string text) => new ClaimExtractor().Extract(text, SaidAt);

    [Fact]
    public void A_clause_with_its_own_subject_after_and_is_a_claim_of_its_own()
    {
        var claims = Read("President Ivo Kral left for a clinic abroad on Thursday for routine check-ups and he is due back at his desk on May 20");

        Assert.Equal(2, claims.Count);
        Assert.StartsWith("he is due back", claims[1].Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 5, 20), Assert.Single(claims[1].Dates).Start);
    }

    [Fact]
    public void A_clause_with_its_own_could_after_and_hedges_only_itself()
    {
        var claims = Read("Ardenia did not need to borrow from the Monetary Fund and could solve its problems on its own");

        Assert.Equal(2, claims.Count);
        Assert.Equal((Modality.Fact, Polarity.Negative), (claims[0].Modality, claims[0].Polarity));
        Assert.Equal(Modality.Possibility, claims[1].Modality);
        Assert.Equal(claims[0].Subject, claims[1].Subject);
    }

    [Fact]
    public void What_lies_ahead_in_a_relative_clause_leaves_the_act_in_the_past()
    {
        var claim = Assert.Single(Read("President Ivo Kral left for a clinic abroad on Thursday on a holiday during which he will undergo routine check-ups"));

        Assert.Equal(Modality.Fact, claim.Modality);
        Assert.Equal(new DateOnly(2024, 5, 2), Assert.Single(claim.Dates).Start);
    }
}
