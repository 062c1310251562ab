using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// A deal terminated is the act it names not done ("terminating his deal to buy Scorewell"); a deal completed is the act
/// done ("completed his takeover of Scorewell"), told as narration as often as in quotes. The bare "complete" is as often
/// an adjective ("in parts and complete") and names no act.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DealCompletedTests(MiniLmFixture fixture)
{
    private static readonly ClaimExtractor Extractor = new();

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    private static Claim One(string text) => Assert.Single(Extractor.Extract(text, new DateTimeOffset(2022, 7, 8, 9, 0, 0, TimeSpan.Zero)));

    private PairVerdict Check(string earlier, string later) =>
        _checker.Check(new PairInput(earlier, "ivo-kral", new DateTimeOffset(2022, 7, 8, 9, 0, 0, TimeSpan.Zero)),
            new PairInput(later, "ivo-kral", new DateTimeOffset(2022, 10, 28, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_deal_terminated_is_the_act_it_names_not_done()
    {
        var claim = One("he was terminating his $40 billion deal to buy Scorewell Inc");

        Assert.Equal((PredicateLexicon.StemOf("buy"), Polarity.Negative), (claim.Predicate, claim.Polarity));
    }

    [Fact]
    public void A_deal_terminated_then_completed_is_a_contradiction()
    {
        var verdict = Check("he was terminating his $40 billion deal to buy Scorewell Inc",
            "completed his $40 billion takeover of Scorewell Inc on Thursday night");

        Assert.True(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void A_deal_agreed_then_completed_is_no_contradiction()
    {
        var verdict = Check("he had agreed to buy Scorewell Inc for $40 billion",
            "completed his $40 billion takeover of Scorewell Inc on Thursday night");

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }

    [Fact]
    public void Complete_as_an_adjective_names_no_act()
    {
        var claim = One("Tomas Rell had supplied centrifuges in parts and complete");

        Assert.Equal(PredicateLexicon.StemOf("supplied"), claim.Predicate);
    }

    [Fact]
    public void A_deal_completed_is_told_as_an_act_of_its_doer()
    {
        ActorDefinition[] actors = [new("ivo-kral", "Ivo Kral", ["Ivo Kral", "Kral"], [new SpeakerDefinition("Ivo Kral", "Investor", null, null)])];
        var statements = new StatementExtractor(actors, []).Extract(new ArticleInput("doc-1",
            "Ivo Kral completed his $40 billion takeover of Scorewell Inc on Thursday night after months of legal wrangling.",
            new DateTimeOffset(2022, 10, 28, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

        var act = Assert.Single(statements);
        Assert.Equal("ivo-kral", act.Statement.Actor);
        Assert.StartsWith("completed his $40 billion takeover", act.Statement.Text, StringComparison.Ordinal);
    }
}
