using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// A person configured under two forms of their name, each with its own dated role (a prime minister who later became
/// president under a shorter name), speaks for the actor whichever form or surname the article uses; and a participle
/// after a fronted content ("…, the president said, accusing …") is the speaker's second statement, not more of the first.
/// </summary>
public sealed class NameVariantAndParticipleTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenia", "Ardenian government"],
        [
            new SpeakerDefinition("Kemal Arif Tusan", "Prime Minister", new DateOnly(2005, 1, 1), new DateOnly(2014, 8, 1)),
            new SpeakerDefinition("Arif Tusan", "President", new DateOnly(2014, 8, 1), null),
        ]),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text, int year = 2022) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(year, 5, 16, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("Tusan")]
    [InlineData("Kemal Arif Tusan")]
    public void A_later_name_form_speaks_for_the_actor_under_the_role_then_in_force(string mention)
    {
        var statements = Extract(
            "President Arif Tusan said on Monday that the treaty would not be ratified this year.\n\n" +
            $"{mention} told reporters that the neighbours had ignored every warning about the dam.");

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("ardenia", s.Statement.Actor));
    }

    [Fact]
    public void The_earlier_name_form_speaks_for_the_actor_while_its_role_was_in_force()
    {
        var statement = Assert.Single(Extract("Tusan said on Monday that the treaty would not be ratified this year.", year: 2011));

        Assert.Equal("ardenia", statement.Statement.Actor);
        Assert.Equal("Kemal Arif Tusan", statement.Statement.Speaker);
    }

    [Fact]
    public void A_speech_participle_after_a_fronted_content_is_a_second_statement()
    {
        var statements = Extract(
            "Ardenia will not approve the pipeline deal, President Arif Tusan said on Monday, accusing the consortium of hiding its costs.");

        Assert.Equal(2, statements.Count);
        Assert.Equal("Ardenia will not approve the pipeline deal", statements[0].Statement.Text);
        Assert.EndsWith("the consortium of hiding its costs", statements[1].Statement.Text, StringComparison.Ordinal);
        Assert.All(statements, s => Assert.Equal("ardenia", s.Statement.Actor));
    }

    [Fact]
    public void A_participle_that_is_no_speech_is_left_out_of_a_fronted_content()
    {
        var statement = Assert.Single(Extract(
            "Ardenia will not approve the pipeline deal, President Arif Tusan said on Monday, citing a report by its auditors."));

        Assert.Equal("Ardenia will not approve the pipeline deal", statement.Statement.Text);
    }

    [Fact]
    public void A_fronted_content_still_resumes_after_an_aside()
    {
        var statement = Assert.Single(Extract("Local officials, President Arif Tusan said, should stay at their posts until the floods recede."));

        Assert.Contains("should stay at their posts", statement.Statement.Text, StringComparison.Ordinal);
        Assert.StartsWith("Local officials", statement.Statement.Text, StringComparison.Ordinal);
    }
}
