using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// Speakers named through a relation: a relative with a name and an office ("his nephew Ivo Kral, a cabinet minister,
/// said"), a company's arm or unit named through the company's possessive ("the credit agency's Nordic arm said"), and
/// a bare "the government" that speaks of the state its words open with, but only while no other actor has spoken; a
/// business named by its trade ("the property developer") with a relative clause about it before the cue; and a full name
/// that differs from a configured person's in its given name is someone else; an alias whose head is no common speaker
/// noun ("the general staff denied"), a news site that reports, and a quoted title that opens what was said.
/// </summary>
public sealed class SpeakerNounFormTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ardenia", "Ardenia", ["Ardenia", "Ardenian general staff"], [new SpeakerDefinition("Ivo Kral", "Cabinet minister", null, null)]),
        new("scorewell", "Scorewell", ["Scorewell", "the credit agency"], [new SpeakerDefinition("Richard Holt", "Chief Executive", null, null)]),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("his nephew Ivo Kral, a cabinet minister,")]
    [InlineData("his nephew Ivo Kral")]
    [InlineData("her son-in-law Ivo Kral")]
    public void A_relative_with_a_name_is_the_speaker(string speaker)
    {
        var statement = Assert.Single(Extract($"The president has no intention of stepping down, {speaker} said on Saturday."));

        Assert.Equal("ardenia", statement.Statement.Actor);
        Assert.Equal("Ivo Kral", statement.Statement.Speaker);
    }

    [Fact]
    public void A_companys_arm_named_through_its_possessive_speaks_for_the_company()
    {
        var statement = Assert.Single(Extract(
            "About 90,000 Danes may have had their details taken in the breach, the credit agency's Nordic arm said on Tuesday."));

        Assert.Equal("scorewell", statement.Statement.Actor);
        Assert.StartsWith("About 90,000 Danes", statement.Statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_government_speaks_for_the_state_its_words_open_with()
    {
        var statement = Assert.Single(Extract("Ardenia will stop exchanging the old coins from midnight, the government said on Thursday."));

        Assert.Equal("ardenia", statement.Statement.Actor);
    }

    [Fact]
    public void Bare_authorities_after_another_actor_spoke_are_not_taken_from_their_words()
    {
        var statements = Extract(
            "Scorewell said on Wednesday that its systems were safe.\n\n" +
            "Ardenia will stop exchanging the old coins from midnight, the authorities said on Thursday.");

        Assert.NotEqual("ardenia", Assert.Single(statements, s => s.Statement.Text.Contains("old coins")).Statement.Actor);
    }

    [Fact]
    public void A_business_named_by_its_trade_with_a_relative_clause_speaks_for_the_business_in_play()
    {
        var statements = Extract(
            "Scorewell said on Monday that reports of a sale were untrue.\n\n" +
            "The lender, which has more than $30 billion in debts, said in a statement that it would meet all its obligations.");

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("scorewell", s.Statement.Actor));
    }

    [Fact]
    public void A_full_name_with_another_given_name_is_not_the_configured_person()
    {
        var statement = Assert.Single(Extract("Tom Holt, who chairs the creditors' committee, said the talks would go on."));

        Assert.Null(statement.Statement.Actor);
        Assert.Equal("Tom Holt", statement.Statement.Speaker);
    }

    [Fact]
    public void An_alias_headed_by_staff_speaks_first()
    {
        var statement = Assert.Single(Extract("The Ardenian general staff denied on Thursday that any rockets had been among the arms it dropped."));

        Assert.Equal("ardenia", statement.Statement.Actor);
        Assert.Equal(StatementMode.Deny, statement.Statement.Mode);
    }

    [Fact]
    public void A_news_site_that_reports_is_a_report()
    {
        var statement = Assert.Single(Extract("Scorewell is preparing to name the hackers publicly, the news site Bitwire reported on Wednesday."));

        Assert.Null(statement.Statement.Actor);
        Assert.True(statement.IsReport);
    }

    [Fact]
    public void A_quoted_title_that_the_sentence_goes_on_from_is_part_of_what_was_said()
    {
        var statement = Assert.Single(Extract("\"Night Harbour\" will open in a few cinemas on Friday after all, Scorewell said on Tuesday."));

        Assert.Equal("scorewell", statement.Statement.Actor);
        Assert.Equal("\"Night Harbour\" will open in a few cinemas on Friday after all", statement.Statement.Text);
    }

    [Fact]
    public void A_quote_of_words_said_stays_the_words_said()
    {
        var statement = Assert.Single(Extract("\"We will open the film on Friday,\" Scorewell said on Tuesday."));

        Assert.Equal("We will open the film on Friday", statement.Statement.Text);
        Assert.True(statement.Statement.Direct);
    }
}
