using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// "Officials said", "government officials said", "the authorities said": officialdom with no country or body named speaks
/// for the one tracked actor the article has named so far, when no other actor has been heard; with two actors in play,
/// or with a rank or body that says whose officials they are, it speaks for nobody it was not named for.
/// </summary>
public sealed class UnnamedOfficialdomTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenian government", "Ardenian coast guard"], []),
        new("tusan", "Tusan", ["Tusani government"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("government officials")]
    [InlineData("officials")]
    [InlineData("the authorities")]
    [InlineData("a presidential official")]
    [InlineData("senior government officials")]
    public void Unnamed_officials_in_an_article_about_one_actor_speak_for_it(string who)
    {
        var statements = Extract(
            $"A cargo ship carrying 212 people ran aground off Ardenia's northern coast on Thursday, and {who} said 150 had been brought ashore.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("brought ashore"));
        Assert.Equal("ardenia", statement.Statement.Actor);
    }

    [Fact]
    public void Unnamed_officials_speak_for_nobody_when_two_actors_are_in_play()
    {
        var statements = Extract(
            "A cargo ship sailing from Tusan ran aground off Ardenia's northern coast on Thursday, and officials said 150 had been brought ashore.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("brought ashore"));
        Assert.Null(statement.Statement.Actor);
    }

    [Fact]
    public void Officials_with_a_qualifier_of_their_own_are_not_taken_for_the_actor_named()
    {
        var statements = Extract(
            "A cargo ship ran aground off Ardenia's northern coast on Thursday, and insurance officials said the cargo was a total loss.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("total loss"));
        Assert.Null(statement.Statement.Actor);
    }
}
