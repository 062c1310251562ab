using Monitor.Abstractions;
using Monitor.Analysis.Extraction;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

public sealed class ExtractionPatternTests
{
    [Fact]
    public void A_split_quote_is_one_direct_statement_holding_both_halves()
    {
        var statement = Assert.Single(Extract("\u201cTalks are continuing,\u201d Karin Holm said, \u201cbut nothing has been agreed.\u201d"));

        Assert.Equal("nato", statement.Statement.Actor);
        Assert.Equal("Karin Holm", statement.Statement.Speaker);
        Assert.True(statement.Statement.Direct);
        Assert.Contains("Talks are continuing", statement.Statement.Text);
        Assert.Contains("nothing has been agreed", statement.Statement.Text);
        Assert.Equal("split-quote", statement.Trace.Rule.Split('/')[0]);
    }

    [Fact]
    public void A_quote_carried_over_paragraphs_stays_one_statement()
    {
        const string text = "Haruto Sato spoke at length.\n\n\"The region has changed. We must change with it.\n\n\"That is why we talk to NATO,\" Sato said.";

        var statement = Assert.Single(Extract(text));

        Assert.Equal("Haruto Sato", statement.Statement.Speaker);
        Assert.Contains("The region has changed", statement.Statement.Text);
        Assert.Contains("That is why we talk to NATO", statement.Statement.Text);
        Assert.DoesNotContain("\n", statement.Statement.Text);
    }

    [Fact]
    public void A_pronoun_goes_to_the_nearest_earlier_speaker_of_the_right_gender()
    {
        const string text = "Karin Holm, the alliance's spokeswoman, said no request had arrived.\n\n"
            + "Haruto Sato said the idea was only being discussed. \"We are listening,\" he said.\n\n"
            + "\"Nothing is on the table yet,\" she said.";

        var statements = Extract(text);

        Assert.Equal(4, statements.Count);
        Assert.Equal("Haruto Sato", statements[2].Statement.Speaker);
        Assert.Equal("Karin Holm", statements[3].Statement.Speaker);
        Assert.Equal("nato", statements[3].Statement.Actor);
        Assert.Equal("pronoun", statements[3].Trace.Rule.Split('/')[1]);
    }

    [Fact]
    public void A_media_report_about_nato_is_the_outlet_speaking_not_nato()
    {
        var statement = Assert.Single(Extract("NATO is preparing a liaison office in Tokyo, the Asahi newspaper reported, citing diplomats."));

        Assert.True(statement.IsReport);
        Assert.Null(statement.Statement.Actor);
        Assert.Equal("Asahi newspaper", statement.Statement.Speaker);
        Assert.Contains("NATO is preparing a liaison office", statement.Statement.Text);
    }

    [Fact]
    public void An_outlet_reporting_that_nato_plans_something_is_never_attributed_to_nato()
    {
        var statement = Assert.Single(Extract("Nikkei Asia reported that NATO plans an office in Tokyo."));

        Assert.True(statement.IsReport);
        Assert.Null(statement.Statement.Actor);
        Assert.Equal("Nikkei Asia", statement.Statement.Speaker);
    }

    [Fact]
    public void A_former_secretary_general_no_longer_speaks_for_nato()
    {
        var statements = Extract("Anders Lindqvist said allies should welcome Japan as a partner.\n\nPieter de Vries said the alliance's door stayed open.");

        Assert.Equal(2, statements.Count);
        Assert.Null(statements[0].Statement.Actor);
        Assert.Equal("Anders Lindqvist", statements[0].Statement.Speaker);
        Assert.Equal("nato", statements[1].Statement.Actor);
    }

    [Fact]
    public void The_same_person_speaks_for_nato_while_in_office()
    {
        var statement = Assert.Single(Extract("Anders Lindqvist said allies should welcome Japan as a partner.", new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal("nato", statement.Statement.Actor);
    }

    [Fact]
    public void Places_are_not_speakers()
    {
        var statements = Extract("At a briefing in Brussels, Karin Holm said partners were welcome.\n\n"
            + "A diplomat in Tokyo said the plan was modest.\n\n"
            + "Officials at an office in London said talks would resume.");

        Assert.Equal(3, statements.Count);
        Assert.Equal("nato", statements[0].Statement.Actor);
        Assert.Null(statements[1].Statement.Actor);
        Assert.Null(statements[2].Statement.Actor);
        Assert.DoesNotContain(statements, s => s.Statement.Actor is "eu" or "japan" or "uk");
    }

    [Fact]
    public void An_embassy_in_a_capital_speaks_for_its_own_state()
    {
        var statement = Assert.Single(Extract("China's embassy in London said the report was false."));

        Assert.Equal("china", statement.Statement.Actor);
        Assert.Equal("China's embassy in London", statement.Statement.Speaker);
    }

    [Fact]
    public void Capitals_and_offices_stand_for_their_states()
    {
        var statements = Extract("Beijing said the drills were routine.\n\nDowning Street said it was watching closely.\n\nThe alliance said it had no comment beyond its statement.");

        Assert.Equal(["china", "uk", "nato"], statements.Select(s => s.Statement.Actor));
    }

    [Fact]
    public void Declining_to_comment_is_never_a_position()
    {
        var statements = Extract("Karin Holm declined to comment on the report.\n\nA Japanese official refused to confirm whether talks had begun.");

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s =>
        {
            Assert.Equal(StatementMode.Decline, s.Statement.Mode);
            Assert.Equal(Stance.Neutral, s.Statement.Stance);
        });
    }

    [Fact]
    public void Modes_follow_cues_and_words()
    {
        var statements = Extract("Lin Wei denied that ships had entered the zone.\n\n"
            + "Beijing warned that any office in Tokyo would carry consequences.\n\n"
            + "Karin Holm urged China to show restraint.\n\n"
            + "Haruto Sato said an agreement might come next year.");

        Assert.Equal([StatementMode.Deny, StatementMode.Warn, StatementMode.Demand, StatementMode.Hedge], statements.Select(s => s.Statement.Mode));
    }

    [Fact]
    public void Relative_dates_resolve_against_publication_and_never_after_it()
    {
        var statements = Extract("Lin Wei said on Thursday that the plan was unwise.\n\n"
            + "Beijing told a UN meeting last June that blocs had no place in Asia.\n\n"
            + "Haruto Sato said in March that talks were going well.\n\n"
            + "Karin Holm said on Friday that the door was open.\n\n"
            + "Pieter de Vries said the office would open next year.");

        Assert.Equal(new DateTimeOffset(2025, 3, 13, 0, 0, 0, TimeSpan.Zero), statements[0].Statement.SaidAt);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), statements[1].Statement.SaidAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), statements[2].Statement.SaidAt);
        Assert.Equal(Published, statements[3].Statement.SaidAt);
        // "next year" describes the office, not when it was said.
        Assert.Equal(Published, statements[4].Statement.SaidAt);
        Assert.All(statements, s => Assert.True(s.Statement.SaidAt <= Published));
    }

    [Fact]
    public void According_to_attributes_the_clause_to_its_source()
    {
        var statements = Extract("According to Beijing, the patrols were lawful.\n\nThe office will open in spring, according to two diplomats.");

        Assert.Equal("china", statements[0].Statement.Actor);
        Assert.Contains("the patrols were lawful", statements[0].Statement.Text);
        Assert.Null(statements[1].Statement.Actor);
        Assert.Contains("The office will open in spring", statements[1].Statement.Text);
    }

    [Theory]
    [InlineData("Haruto Sato acknowledged that, according to the carrier's data, the new phone drops slightly more calls than the old one.")]
    [InlineData("Haruto Sato conceded that according to the carrier's data the new phone drops slightly more calls than the old one.")]
    public void A_source_cited_inside_what_a_speaker_says_leaves_the_speaker_the_speaker(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("Haruto Sato", statement.Statement.Speaker);
        Assert.Equal("japan", statement.Statement.Actor);
        Assert.Contains("the new phone drops slightly more calls", statement.Statement.Text);
        Assert.False(char.IsPunctuation(statement.Statement.Text[0]), statement.Statement.Text);
    }

    [Fact]
    public void Acting_according_to_rules_is_a_manner_not_a_source()
    {
        var statements = Extract("Japan had rice enough for its own people, Haruto Sato said, but the country had to act according to regional trade rules.");

        var statement = Assert.Single(statements, s => s.Statement.Text.Contains("rice enough"));
        Assert.Equal("japan", statement.Statement.Actor);
        Assert.Equal("Haruto Sato", statement.Statement.Speaker);
        Assert.DoesNotContain(statements, s => s.Statement.Speaker?.Contains("rules") == true);
    }

    [Fact]
    public void Unknown_speakers_are_kept_with_their_words()
    {
        var statement = Assert.Single(Extract("Rosa Ferreira, a maritime lawyer, said the patrols broke no rules."));

        Assert.Null(statement.Statement.Actor);
        Assert.Equal("Rosa Ferreira", statement.Statement.Speaker);
    }

    [Fact]
    public void Role_nouns_and_surnames_point_back_at_the_named_speaker()
    {
        var statements = Extract("NATO spokeswoman Karin Holm said allies were consulting.\n\nThe spokeswoman added that no date was set.\n\nHolm said more talks would follow.");

        Assert.All(statements, s => Assert.Equal("Karin Holm", s.Statement.Speaker));
        Assert.Equal(3, statements.Count);
    }

    [Fact]
    public void A_partial_quote_inside_reported_speech_is_reported_content()
    {
        var statement = Assert.Single(Extract("Lin Wei said the office was \"a step towards confrontation\" in the region."));

        Assert.False(statement.Statement.Direct);
        Assert.Contains("a step towards confrontation", statement.Statement.Text);
    }

    [Fact]
    public void A_bare_quote_after_a_speaker_carries_on_their_words()
    {
        var statements = Extract("Haruto Sato said Japan welcomed the visit.\n\n\"We have much to discuss.\"");

        Assert.Equal(2, statements.Count);
        Assert.Equal("Haruto Sato", statements[1].Statement.Speaker);
        Assert.Equal("quote-continuation", statements[1].Trace.Rule.Split('/')[0]);
    }

    [Fact]
    public void Spans_index_the_content_in_the_article()
    {
        const string text = "Beijing said the drills were routine.";

        var span = Assert.Single(Extract(text)).Statement.Span!;

        Assert.Equal("the drills were routine", text[span.Start..span.End]);
    }

    [Fact]
    public void Topics_are_configured_ones_or_a_stable_auto_group()
    {
        var statements = Extract("Lin Wei said the liaison office was unwelcome.\n\nHaruto Sato said fishing quotas around Okinawa would be reviewed.");

        Assert.Equal("nato-asia-pacific", statements[0].Statement.Topic);
        Assert.StartsWith("~auto-", statements[1].Statement.Topic);
        Assert.Contains("okinawa", statements[1].Statement.Topic);
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        const string text = "\u201cWe oppose the plan,\u201d Lin Wei said.\n\nNATO is considering an office in Tokyo, Kyodo reported.\n\nKaren said nothing.";

        static string Render(IReadOnlyList<ExtractedStatement> statements) => string.Join('\n', statements.Select(s =>
            $"{s.Statement.Id}|{s.Statement.Actor}|{s.Statement.Speaker}|{s.Statement.Text}|{s.Statement.Mode}|{s.Statement.Topic}|{s.Statement.Stance}|{s.Statement.SaidAt:O}|{s.Statement.Span}|{s.Trace}"));

        Assert.Equal(Render(Extract(text)), Render(Extractor().Extract(new ArticleInput("doc-1", text, Published, "Wire", null)).Statements));
    }

    [Fact]
    public void The_same_quote_from_the_same_speaker_in_two_outlets_has_one_id()
    {
        var first = Assert.Single(Extract("\u201cWe oppose any bloc in Asia,\u201d Lin Wei said on Thursday.", source: "Wire A", url: "https://a.example/1"));
        var second = Assert.Single(Extract("Foreign ministry spokesperson Lin Wei said: \"We oppose any bloc in Asia.\"", source: "Wire B", url: "https://b.example/2"));

        Assert.Equal(first.Statement.Id, second.Statement.Id);
        Assert.Equal("Wire A", Assert.Single(first.Statement.Sources).Name);
        Assert.Equal("https://b.example/2", Assert.Single(second.Statement.Sources).Url);
    }

    [Fact]
    public void Non_english_articles_are_refused_with_a_reason()
    {
        var result = Extractor().Extract(new ArticleInput("fr", "Le ministre a déclaré que la France ne participera pas à cette alliance militaire en Asie, et il a ajouté que les discussions continuent.", Published, null, null));

        Assert.Empty(result.Statements);
        Assert.Contains("French", result.RefusedBecause);
    }

    [Fact]
    public void A_month_of_last_year_dates_the_statement_in_that_year()
    {
        var statement = Assert.Single(Extract("Lin Wei announced in February last year that the pact would end."));

        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), statement.Statement.SaidAt);
    }

    [Theory]
    [InlineData("Haruto Sato told reporters, in his first interview since taking office in January, that talks were going well.")]
    [InlineData("Haruto Sato told reporters after a summit last June that talks were going well.")]
    public void Time_words_of_another_event_do_not_date_the_saying(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal(Published, statement.Statement.SaidAt);
    }

    [Theory]
    [InlineData("Haruto Sato told a Japanese television station that he could only regret the injuries.")]
    [InlineData("Haruto Sato told the upper house budget committee that he could only regret the injuries.")]
    public void An_audience_opened_by_a_determiner_runs_to_the_that_of_what_was_said(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("he could only regret the injuries", statement.Statement.Text);
    }

    [Fact]
    public void What_could_only_be_done_is_said_as_done_not_hedged()
    {
        var statement = Assert.Single(Extract("Haruto Sato said he could only regret the injuries and apologise to those hurt."));

        Assert.Equal(StatementMode.Assert, statement.Statement.Mode);
    }
}
