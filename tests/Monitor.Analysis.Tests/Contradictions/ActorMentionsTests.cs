using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Tests.Contradictions;

/// <summary>Which tracked actors a text names: by alias, and in reports by the people who speak for the actor.</summary>
public sealed class ActorMentionsTests
{
    private static readonly ActorMentions Mentions = new(
    [
        new ActorDefinition("ruritania", "Ruritania", ["Ruritania", "Strelsau"],
            [new SpeakerDefinition("Rudolf Elphberg", "President"), new SpeakerDefinition("Anna May", "Foreign Minister"), new SpeakerDefinition("Tom Rice", "Trade Minister")]),
    ]);

    [Fact]
    public void An_alias_names_the_actor_with_or_without_people() =>
        Assert.Equal(["ruritania"], Mentions.In("officials in Strelsau said the border was calm"));

    [Theory]
    [InlineData("a secret paragraph of Elphberg's decree allows a larger call-up")]
    [InlineData("a letter signed by Rudolf Elphberg set out the terms")]
    public void A_report_naming_the_actors_person_names_the_actor(string text)
    {
        Assert.Equal(["ruritania"], Mentions.In(text, people: true));
        Assert.Empty(Mentions.In(text));
    }

    [Theory]
    [InlineData("Rice prices rose by a fifth in the spring")]
    [InlineData("the harvest will be smaller in May, traders said")]
    [InlineData("exporters said rice and wheat stocks were low")]
    public void A_surname_that_opens_a_sentence_is_lower_case_or_is_a_month_names_no_one(string text) =>
        Assert.Empty(Mentions.In(text, people: true));

    [Fact]
    public void An_actors_own_names_are_no_term_of_what_a_claim_is_about()
    {
        var analyzer = new StatementAnalyzer(null, Mentions);
        var statement = new Statement("s", "d", "ruritania", null, "Ruritanian ports will stay open to ships from Strelsau", false, StatementMode.Assert, null, null,
            new DateTimeOffset(2024, 9, 21, 0, 0, 0, TimeSpan.Zero), null, []);

        var claim = Assert.Single(analyzer.Analyze(statement).Claims);

        Assert.Equal(["ruritania"], claim.Actors);
        Assert.DoesNotContain("strelsau", claim.Terms);
        Assert.DoesNotContain("ruritania", claim.Terms);
        Assert.Contains("port", claim.Terms);
    }

    [Fact]
    public void A_report_of_a_leaders_decree_is_compared_with_the_actors_denial()
    {
        var checker = new PairChecker(null, [new ActorDefinition("ruritania", "Ruritania", ["Ruritania", "Strelsau"], [new SpeakerDefinition("Rudolf Elphberg", "President")])]);

        var verdict = checker.Check(
            new PairInput("a secret paragraph of Elphberg's decree allows the army to call up one million reservists", null, new DateTimeOffset(2024, 9, 21, 0, 0, 0, TimeSpan.Zero)),
            new PairInput("denied a report that a secret paragraph of the decree allows the army to call up one million reservists", "ruritania", new DateTimeOffset(2024, 9, 22, 0, 0, 0, TimeSpan.Zero)));

        Assert.True(verdict.Contradiction, verdict.Explanation);
        Assert.Equal(AlertKinds.DenialOfReport, verdict.Kind);
    }
}
