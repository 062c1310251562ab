using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// Who speaks for whom when the speaker is named through someone else: "his spokesman" of the leader the words are about,
/// "Kral's lawyers" of a configured person not yet heard, "the statement" of whoever issued it, an office known by the last
/// word of its configured title ("the administrator running the group"); and a clause about a figure ("the debt it reported
/// in its accounts") is no one speaking.
/// </summary>
public sealed class SpeakerForPrincipalTests
{
    private static readonly DateTimeOffset Published = new(2024, 5, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenian government"],
            [
                new SpeakerDefinition("Ivo Kral", "President", new DateOnly(2020, 1, 1), null),
                new SpeakerDefinition("Lena Varga", "Presidential Spokeswoman", new DateOnly(2020, 1, 1), null),
            ]),
        new("dunmore", "Dunmore Dairies", ["Dunmore"],
            [new SpeakerDefinition("Piet Osman", "Extraordinary Administrator", new DateOnly(2024, 1, 10), null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, Published, "Wire", null)).Statements;

    private static ExtractedStatement With(IReadOnlyList<ExtractedStatement> statements, string words) =>
        Assert.Single(statements, s => s.Statement.Text.Contains(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("his spokesman")]
    [InlineData("his office")]
    public void His_spokesman_speaks_for_the_leader_the_words_are_about(string who)
    {
        var statements = Extract(
            $"Ardenian President Ivo Kral left for a clinic abroad on Thursday for routine check-ups, {who} said, and he is due back on May 20.");

        Assert.Equal("ardenia", With(statements, "routine check-ups").Statement.Actor);
    }

    [Fact]
    public void A_configured_persons_lawyers_speak_for_that_persons_actor_before_the_person_has_spoken()
    {
        var statements = Extract(
            "The court will hear the case next week. In a letter to the judges, Kral's lawyers said the president would repay part of the cost.");

        Assert.Equal("ardenia", With(statements, "would repay part of the cost").Statement.Actor);
    }

    [Fact]
    public void The_statement_speaks_for_whoever_issued_it()
    {
        var statements = Extract(
            "In a statement, Lena Varga said the president had notified parliament of his leave. The statement described the trip as part of his annual holiday.");

        Assert.Equal("ardenia", With(statements, "annual holiday").Statement.Actor);
    }

    [Theory]
    [InlineData("the administrator")]
    [InlineData("the administrator running the bankrupt dairy group")]
    public void An_office_named_by_the_last_word_of_a_configured_title_is_its_holder(string who)
    {
        var statements = Extract($"Dunmore owes 14.3 billion euros to its banks, {who} said on Monday.");

        var statement = With(statements, "owes 14.3 billion euros");
        Assert.Equal("dunmore", statement.Statement.Actor);
        Assert.Equal("Piet Osman", statement.Statement.Speaker);
    }

    [Fact]
    public void A_clause_about_a_figure_someone_reported_is_not_that_someone_speaking()
    {
        var statements = Extract(
            "Dunmore owes 14.3 billion euros, nearly eight times the net debt it reported in its last accounts, the administrator said on Monday.");

        var statement = Assert.Single(statements);
        Assert.Equal("Piet Osman", statement.Statement.Speaker);
        Assert.StartsWith("Dunmore owes", statement.Statement.Text, StringComparison.Ordinal);
    }
}
