using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// Words two tracked actors say together ("the premier and the union's president agreed") are each one's statement; two
/// people of one actor, or a tracked actor beside someone untracked, say it once. A verb of agreement or belief that
/// closes a sentence ("…, the two leaders agreed on Tuesday.") reports what comes before it; "pressed an assault" and
/// "claimed the attack" report nothing; ", while stressing that …" is a second statement of the same speaker.
/// </summary>
public sealed class JointSpeakerTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenia"], [new SpeakerDefinition("Ivo Kral", "Premier", null, null), new SpeakerDefinition("Mira Tusan", "Finance Minister", null, null)]),
        new("union", "Northern Union", ["Northern Union", "the union"], [new SpeakerDefinition("Oren Varga", "President", null, null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2021, 3, 4, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("The summit will be postponed until next year, Ivo Kral and Oren Varga said on Tuesday.")]
    [InlineData("Ivo Kral and Oren Varga said the summit would be postponed until next year.")]
    [InlineData("The summit will be postponed until next year, Premier Ivo Kral and union President Oren Varga agreed on Tuesday.")]
    public void Two_actors_speaking_together_each_said_it(string text)
    {
        var statements = Extract(text);

        Assert.Equal(["ardenia", "union"], statements.Select(s => s.Statement.Actor).Order());
        Assert.Single(statements.Select(s => s.Statement.Text).Distinct());
    }

    [Fact]
    public void Two_people_of_one_actor_say_it_once()
    {
        var statement = Assert.Single(Extract("Ivo Kral and Mira Tusan said the budget would be balanced next year."));

        Assert.Equal("ardenia", statement.Statement.Actor);
    }

    [Fact]
    public void A_verb_of_belief_that_does_not_close_the_sentence_reports_nothing()
    {
        Assert.Empty(Extract("The two sides reached a deal which both agreed on."));
    }

    [Theory]
    [InlineData("Ardenian forces pressed an assault on Monday against gunmen still holding out in the mall.")]
    [InlineData("The Northern Union has claimed the attack on the depot.")]
    public void An_act_pressed_or_a_deed_owned_is_no_speech(string text)
    {
        Assert.DoesNotContain(Extract(text), s => s.Statement.Mode == StatementMode.Demand || s.Statement.Text.StartsWith("an assault", StringComparison.Ordinal) || s.Statement.Text == "the attack on the depot");
    }

    [Fact]
    public void Pressing_someone_to_act_is_still_a_demand()
    {
        var statement = Assert.Single(Extract("Ivo Kral pressed the union to accept the offer."));

        Assert.Equal(StatementMode.Demand, statement.Statement.Mode);
    }

    [Theory]
    [InlineData("Ivo Kral said the loan would be large, while stressing that the decision was for the union.")]
    [InlineData("The loan would be large, Ivo Kral said, while stressing that the decision was for the union.")]
    public void A_linked_participle_is_a_second_statement(string text)
    {
        var statements = Extract(text);

        Assert.Equal(["the loan would be large", "the decision was for the union"], statements.Select(s => s.Statement.Text), StringComparer.OrdinalIgnoreCase);
        Assert.All(statements, s => Assert.Equal("ardenia", s.Statement.Actor));
    }
}
