using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Annexation is seldom told with its own verb: "signed a treaty making the Tusan peninsula part of Ardenia",
/// "incorporated the region into Ardenia". One place made part of another is annexed by it, so a vow not to annex it is
/// broken however the act is worded.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class MadePartOfTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2024, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    [Theory]
    [InlineData("signed a treaty on Tuesday making Tusan part of Ardenia")]
    [InlineData("Parliament voted to incorporate Tusan into Ardenia")]
    public void A_place_made_part_of_another_is_annexed_by_it(string text)
    {
        var claims = new ClaimExtractor().Extract(text, Day);

        var annexed = Assert.Single(claims, c => c.Predicate == PredicateLexicon.StemOf("annexed"));
        Assert.Equal("tusan", annexed.Object);
        Assert.Equal("ardenia", annexed.Subject);
    }

    [Fact]
    public void Not_considering_annexing_a_place_then_making_it_part_of_the_state_is_flagged()
    {
        var verdict = _checker.Check(
            new PairInput("Ardenia was not considering annexing Tusan and only the people who lived there could decide their future", "ardenia", Day, "Ivo Kral"),
            new PairInput("signed a treaty on Tuesday making Tusan part of Ardenia", "ardenia", Day.AddDays(14), "Ivo Kral"));

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_part_of_a_plan_is_no_place_annexed()
    {
        var claims = new ClaimExtractor().Extract("the ministry said making savings part of the budget plan was wise", Day);

        Assert.DoesNotContain(claims, c => c.Predicate == PredicateLexicon.StemOf("annexed"));
    }
}
