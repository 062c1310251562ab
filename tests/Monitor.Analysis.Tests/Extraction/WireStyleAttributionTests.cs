using Monitor.Abstractions;
using Monitor.Analysis.Extraction;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>How wire copy attributes: offices named through the country, objects of a verb, clauses of circumstance.</summary>
public sealed class WireStyleAttributionTests
{
    [Fact]
    public void A_time_named_in_a_clause_after_the_statement_dates_that_clause_not_the_saying()
    {
        var statements = Extract("Earlier, a Japanese spokesperson told reporters that all safety rules had been observed at the plant, "
            + "but declined to say whether an inspection had taken place last year.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("safety rules"));
        Assert.Equal(Published, statement.Statement.SaidAt);
        Assert.Equal(StatementMode.Assert, statement.Statement.Mode);
    }

    [Fact]
    public void Whoever_a_quote_was_told_to_is_never_its_speaker()
    {
        var statements = Extract("Japan said on Friday it would not hand over the former minister. \"We will not send him abroad while we govern,\" "
            + "Lt. Gen. Ken Zain al-Oda, head of the cabinet's legal committee, told a news conference in Tokyo, adding that the minister was in custody.");

        var quote = Assert.Single(statements, s => s.Statement.Text.Contains("send him abroad"));
        Assert.DoesNotContain("news", quote.SpeakerText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("al-Oda", quote.SpeakerText, StringComparison.Ordinal);
        Assert.Equal(StatementMode.Assert, quote.Statement.Mode);
    }

    [Fact]
    public void A_time_after_the_verb_of_saying_still_dates_the_saying()
    {
        var statements = Extract("Japan will not lift the rice tariffs, Haruto Sato said on Tuesday, adding that talks would resume in May.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("rice tariffs"));

        Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero), statement.Statement.SaidAt);
    }

    [Theory]
    [InlineData("conceding")]
    [InlineData("acknowledging")]
    [InlineData("admitting")]
    [InlineData("confirming")]
    public void A_participle_that_concedes_or_confirms_adds_a_statement_by_the_same_speaker(string participle)
    {
        var statements = Extract($"Haruto Sato asked the trade council on Monday to delay the tariff review, {participle} that Japan would not meet the May deadline.");

        var added = Assert.Single(statements, s => s.Statement.Text.Contains("May deadline"));
        Assert.Equal("japan", added.Statement.Actor);
        Assert.DoesNotContain(participle, added.Statement.Text);
    }

    [Fact]
    public void A_body_whose_long_name_is_an_alias_is_that_body_and_the_agency_named_again_is_it()
    {
        ActorDefinition[] actors = [new("japan", "Japan", ["Japan", "Tokyo", "Agency for Food Safety and Hygiene"], [])];
        var text = "The Japanese Agency for Food Safety and Hygiene recommended on Friday that people wash imported fruit before eating it.\n\n"
            + "The agency said washing could help stop infections spreading, citing new studies.";

        var statements = new StatementExtractor(actors, []).Extract(new ArticleInput("a", text, Published, null, null)).Statements;

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("japan", s.Statement.Actor));
        Assert.All(statements, s => Assert.Equal("Agency for Food Safety and Hygiene", s.Statement.Speaker));
    }

    [Fact]
    public void The_countrys_official_speaks_for_the_country_the_sentence_is_about()
    {
        var statement = Assert.Single(Extract("Japan is not planning to curb rice exports, the country's top farm official said on Thursday."));

        Assert.Equal("japan", statement.Statement.Actor);
        Assert.Equal("Japan is not planning to curb rice exports", statement.Statement.Text);
    }

    [Fact]
    public void A_verb_whose_object_is_the_statement_stays_in_its_text()
    {
        var statement = Assert.Single(Extract("Haruto Sato welcomed the decision in a radio interview on Thursday."));

        Assert.StartsWith("welcomed the decision", statement.Statement.Text);
    }

    [Fact]
    public void A_clause_of_circumstance_after_the_audience_is_not_what_was_said()
    {
        var statements = Extract("Japan \u201cwill keep every promise to its partners, come what may,\u201d Haruto Sato told reporters as he left the summit.");

        var statement = Assert.Single(statements);
        Assert.Contains("will keep every promise to its partners", statement.Statement.Text);
        Assert.DoesNotContain("left the summit", statement.Statement.Text);
    }

    [Fact]
    public void A_body_that_spoke_according_to_a_news_agency_is_the_speaker_and_the_meeting_named_again_is_it()
    {
        var statements = Extract("A meeting of the cabinet chaired by Haruto Sato said the measures were effective, according to the official news agency. "
            + "Relaxing controls would lead to many infections, the meeting said.");

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("japan", s.Statement.Actor));
        Assert.Equal("the measures were effective", statements[0].Statement.Text);
        Assert.False(statements[0].IsReport);
    }

    [Fact]
    public void The_government_said_after_its_minister_spoke_is_that_ministers_government()
    {
        var statements = Extract("Haruto Sato said the talks had been useful.\n\nAll ports will reopen on March 8, the government said.");

        Assert.Equal("japan", Assert.Single(statements, s => s.Statement.Text.Contains("ports will reopen")).Statement.Actor);
    }

    [Fact]
    public void Calling_something_by_a_name_says_what_it_is()
    {
        var statement = Assert.Single(Extract("Haruto Sato on Tuesday defended the evacuation, calling the airlift of 5,000 people an outstanding achievement."));

        Assert.Equal("japan", statement.Statement.Actor);
        Assert.Contains("an outstanding achievement", statement.Statement.Text);
    }

    [Fact]
    public void A_refusal_to_say_more_is_cut_from_what_was_said()
    {
        var statement = Assert.Single(Extract("Haruto Sato told reporters that every rule had been followed, but declined to say whether a dinner had taken place."));

        Assert.Equal("every rule had been followed", statement.Statement.Text);
        Assert.NotEqual(StatementMode.Decline, statement.Statement.Mode);
    }

    [Fact]
    public void A_named_persons_spokesman_speaks_for_that_persons_actor()
    {
        var statements = Extract("Haruto Sato said the talks had been useful.\n\nSato's spokesman told reporters that no agreement had been reached.");

        Assert.Equal("japan", Assert.Single(statements, s => s.Statement.Text.Contains("no agreement")).Statement.Actor);
    }

    [Fact]
    public void Naming_something_keeps_the_verb_and_is_not_a_demand()
    {
        var statement = Assert.Single(Extract("Haruto Sato on Friday called the report a lie."));

        Assert.Equal("called the report a lie", statement.Statement.Text);
        Assert.NotEqual(StatementMode.Demand, statement.Statement.Mode);
    }

    [Fact]
    public void An_adverb_before_a_verb_of_rejection_stays_with_it()
    {
        var statements = Extract("Haruto Sato said the talks had been useful. Sato also rejected the reports of a secret deal.");

        Assert.Contains(statements, s => s.Statement.Text == "also rejected the reports of a secret deal");
    }

    [Fact]
    public void The_bank_named_by_its_common_noun_does_what_the_bank_named_before_did()
    {
        var extractor = new StatementExtractor([new ActorDefinition("baltic-bank", "Baltic Central Bank", ["Baltic Central Bank"], [])], []);
        const string text = "The Baltic Central Bank raised its deposit rate by 25 basis points on Thursday. The central bank kept its target for bond purchases at 10 billion euros a month.";

        var statements = extractor.Extract(new ArticleInput("d1", text, Published, "Wire", null)).Statements;

        Assert.Equal("baltic-bank", Assert.Single(statements, s => s.Statement.Text.StartsWith("kept its target", StringComparison.Ordinal)).Statement.Actor);
    }
}
