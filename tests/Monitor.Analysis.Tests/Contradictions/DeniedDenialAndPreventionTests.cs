using Monitor.Analysis.Claims;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>
/// Two ways of saying no that are no denial of the matter: denying a denial ("dismissed as an attempt to mislead a denial
/// by the group, which said it was not behind the blasts") upholds what the denial denied, so it is no denial of a report
/// that the group was not behind them; and what a step keeps from happening ("to keep the crisis from turning into runaway
/// inflation") does not happen, which agrees with "would not set off inflation". Dismissing people ("dismissed 15
/// employees") is a firing, no denial at all.
/// </summary>
[Collection(MiniLmCollection.Name)]
public sealed class DeniedDenialAndPreventionTests(MiniLmFixture fixture)
{
    private static readonly DateTimeOffset March11 = new(2024, 3, 11, 18, 0, 0, TimeSpan.Zero);

    private readonly PairChecker _checker = new(fixture.Embedder, []);

    [Fact]
    public void Denying_a_denial_is_no_denial()
    {
        var analyzer = new StatementAnalyzer(fixture.Embedder, new ActorMentions([]));
        var statement = new Monitor.Abstractions.Statement("st-1", "doc-1", "ardenia", "Ivo Kral",
            "dismissed as an attempt to mislead a denial by the Front, which said it was not behind the blasts", false,
            Monitor.Abstractions.StatementMode.Deny, "~blasts", Monitor.Abstractions.Stance.Neutral, March11, null, []);

        Assert.False(analyzer.Analyze(statement).Denies);
    }

    [Theory]
    [InlineData("dismissed 15 employees after an internal inquiry found years of neglect", "dismiss")]
    [InlineData("dismissed the head of the port authority on Friday", "dismiss")]
    public void Dismissing_people_is_a_firing_not_a_denial(string text, string predicate)
    {
        var analyzer = new StatementAnalyzer(fixture.Embedder, new ActorMentions([]));
        var statement = new Monitor.Abstractions.Statement("st-2", "doc-2", "ardenia", "Ivo Kral", text, false,
            Monitor.Abstractions.StatementMode.Assert, null, Monitor.Abstractions.Stance.Neutral, March11, null, []);
        var analyzed = analyzer.Analyze(statement);

        Assert.False(analyzed.Denies);
        Assert.Equal(predicate, analyzed.Claims[0].Predicate);
        Assert.Equal(Polarity.Positive, analyzed.Claims[0].Polarity);
    }

    [Fact]
    public void Dismissing_a_report_still_denies_it()
    {
        var analyzer = new StatementAnalyzer(fixture.Embedder, new ActorMentions([]));
        var statement = new Monitor.Abstractions.Statement("st-3", "doc-3", "ardenia", "Ivo Kral",
            "dismissed as baseless a report that Ardenia had sold the missiles", false,
            Monitor.Abstractions.StatementMode.Deny, null, Monitor.Abstractions.Stance.Neutral, March11, null, []);

        Assert.True(analyzer.Analyze(statement).Denies);
    }

    [Theory]
    [InlineData("necessary to keep the crisis from turning into runaway inflation")]
    [InlineData("the steps had prevented the crisis from turning into runaway inflation")]
    public void What_is_kept_from_happening_is_negated(string text)
    {
        var claim = new ClaimExtractor().Extract(text, March11).Last();

        Assert.Equal(Polarity.Negative, claim.Polarity);
    }

    [Fact]
    public void Ruling_out_inflation_then_acting_to_keep_it_away_is_no_contradiction()
    {
        var verdict = _checker.Check(
            new PairInput("the move had been agreed under the pact and would not set off inflation", "ardenia", March11),
            new PairInput("the new measures were painful but necessary to keep the crisis from turning into runaway inflation", "ardenia", March11.AddDays(80)));

        Assert.False(verdict.Contradiction, verdict.Explanation);
    }
}
