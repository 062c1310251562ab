using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// Aliases any state could have ("police", "presidency", "the Treasury") belong to whichever of their actors the article
/// is about: "police said" in a story about Tusan is Tusan's police even when only Ardenia was configured with a bare
/// "police"; an alias configured for two actors goes to the one the article names; a story that names no other state
/// leaves the alias with its configured actor.
/// </summary>
public sealed class GenericAliasContextTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenian government", "police", "presidency"], []),
        new("tusan", "Tusan", ["Tusani government", "Tusan police", "presidency"], []),
        new("veloria", "Veloria", ["Velorian government"], []),
        new("kralbank", "Kralbank", ["Kralbank Group", "Kral Bank"], []),
        new("central-bank", "Ardenian Central Bank", ["the Bank"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    private static string? ActorOf(IReadOnlyList<ExtractedStatement> statements, string words) =>
        Assert.Single(statements, s => s.Statement.Text.Contains(words, StringComparison.Ordinal)).Statement.Actor;

    [Fact]
    public void Police_in_a_story_about_another_state_are_that_states_police()
    {
        var statements = Extract(
            "Tusan's government said on Monday that it had been warned of the attacks. The death toll rose to 290, police said. " +
            "Police said 24 people had been arrested across the country.");

        Assert.Equal("tusan", ActorOf(statements, "death toll rose to 290"));
        Assert.Equal("tusan", ActorOf(statements, "24 people had been arrested"));
    }

    [Fact]
    public void An_alias_two_actors_share_goes_to_the_one_the_story_names()
    {
        var statements = Extract(
            "Tusan's president left for a clinic abroad on Thursday. The presidency said he would return within two weeks.");

        Assert.Equal("tusan", ActorOf(statements, "would return within two weeks"));
    }

    [Fact]
    public void A_story_naming_no_other_state_leaves_the_alias_with_its_actor()
    {
        var statements = Extract(
            "Kralbank shares fell sharply on Friday. Police said 12 people had been detained after protests outside its headquarters.");

        Assert.Equal("ardenia", ActorOf(statements, "12 people had been detained"));
    }

    [Fact]
    public void An_alias_of_an_actor_the_story_names_stays_with_it()
    {
        var statements = Extract(
            "Officials of the Tusani government met their counterparts in Ardenia on Monday. Police said the talks were held under heavy guard.");

        Assert.Equal("ardenia", ActorOf(statements, "talks were held under heavy guard"));
    }

    [Fact]
    public void A_story_naming_two_other_states_gives_the_alias_to_no_one()
    {
        var statements = Extract(
            "Tusan and Veloria signed a border accord on Monday. Police said the ceremony was held under heavy guard.");

        Assert.Null(ActorOf(statements, "ceremony was held under heavy guard"));
    }

    [Fact]
    public void The_bank_in_a_sentence_naming_one_bank_is_that_bank_not_the_one_configured_as_the_Bank()
    {
        var statements = Extract(
            "Kralbank chairman Tomas Berg resigned on Monday, and the bank said its chief executive would stay on to lead its response.");

        Assert.Equal("kralbank", ActorOf(statements, "would stay on to lead its response"));
    }
}
