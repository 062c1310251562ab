using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Tests.Claims;

/// <summary>
/// "Declared a state of emergency on Thursday as bus drivers stopped work": an "as" clause with a subject and a past
/// verb of its own tells what others did meanwhile; its verb is not the claim's act. "As planned", "such as" and "as
/// widely expected" open no such clause. A narrated act that opens on a past verb is told in the past, listed or not.
/// </summary>
public sealed class CircumstanceClauseTests
{
    private static readonly DateTimeOffset Friday = new(2019, 10, 4, 9, 0, 0, TimeSpan.Zero);

    private static Claim Read(string text) => new ClaimExtractor().Extract(text, Friday)[0];

    [Theory]
    [InlineData("declared a 60-day state of emergency on Thursday as bus and taxi drivers stopped work across the country")]
    [InlineData("declared a curfew in the capital as truck drivers stopped deliveries to the markets")]
    public void The_verb_of_an_as_clause_with_its_own_subject_is_not_the_act(string text)
    {
        Assert.NotEqual(PredicateLexicon.StemOf("stop"), Read(text).Predicate);
    }

    [Theory]
    [InlineData("the drivers stopped work as planned on Thursday")]
    [InlineData("the drivers stopped work as widely expected")]
    public void An_as_without_a_subject_of_its_own_leaves_the_act(string text)
    {
        Assert.Equal(PredicateLexicon.StemOf("stop"), Read(text).Predicate);
    }

    [Fact]
    public void A_narrated_act_opening_on_a_past_verb_is_told_in_the_past()
    {
        var claim = Read("declared a 60-day state of emergency on Thursday");

        Assert.Equal(Modality.Fact, claim.Modality);
        Assert.Equal(new DateOnly(2019, 10, 3), Assert.Single(claim.Dates).Start);
    }

    [Fact]
    public void A_word_known_only_as_an_adjective_is_no_act()
    {
        Assert.NotEqual("sever", Read("no one in the trial developed severe disease").Predicate);
    }
}
