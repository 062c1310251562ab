using Monitor.Abstractions;
using Monitor.Analysis.Extraction;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>Less common ways news text lays out who said what.</summary>
public sealed class ExtractionLayoutTests
{
    private static string RuleOf(ExtractedStatement statement) => statement.Trace.Rule.Split('/')[0];

    [Fact]
    public void A_participle_adds_a_second_statement_by_the_same_speaker()
    {
        var statements = Extract("Lin Wei rejected the report, saying China had never sent ships into the area.");

        Assert.Equal(2, statements.Count);
        Assert.Equal("participle", RuleOf(statements[1]));
        Assert.Equal("Lin Wei", statements[1].Statement.Speaker);
        Assert.Contains("China had never sent ships", statements[1].Statement.Text);
    }

    [Fact]
    public void A_coordinated_cue_splits_the_sentence_into_two_statements()
    {
        var statements = Extract("Haruto Sato says talks with NATO are going well and said Japan would not send troops.");

        Assert.Equal(2, statements.Count);
        Assert.DoesNotContain("send troops", statements[0].Statement.Text);
        Assert.Contains("Japan would not send troops", statements[1].Statement.Text);
        Assert.All(statements, s => Assert.Equal("japan", s.Statement.Actor));
    }

    [Fact]
    public void An_attribution_in_the_middle_keeps_both_halves_of_the_content()
    {
        var statement = Assert.Single(Extract("The office, Karin Holm said, would be run by a single diplomat."));

        Assert.Equal("parenthetical", RuleOf(statement));
        Assert.Contains("The office", statement.Statement.Text);
        Assert.Contains("run by a single diplomat", statement.Statement.Text);
    }

    [Fact]
    public void Transcript_labels_name_the_speaker_for_the_whole_turn()
    {
        var statements = Extract("HOLM: The alliance has many partners. Japan is one of them.\n\nSATO: We welcome the dialogue.");

        Assert.Equal(3, statements.Count);
        Assert.Equal("Karin Holm", statements[0].Statement.Speaker);
        Assert.Equal("label-continuation", RuleOf(statements[1]));
        Assert.Equal("Haruto Sato", statements[2].Statement.Speaker);
    }

    [Fact]
    public void A_headline_with_a_colon_is_not_a_speaker_label()
    {
        Assert.Empty(Extract("Tokyo Office Plan: Alliance Weighs First Asian Outpost"));
    }

    [Fact]
    public void A_dash_after_a_quote_signs_it()
    {
        var statement = Assert.Single(Extract("\u201cThe Pacific is not a NATO lake.\u201d \u2015 Lin Wei"));

        Assert.Equal("china", statement.Statement.Actor);
        Assert.Equal("quote-dash", RuleOf(statement));
    }

    [Fact]
    public void Two_apostrophes_work_as_a_double_quote_and_spans_still_index_the_article()
    {
        const string text = "''We are not against anyone,'' Haruto Sato said.";

        var statement = Assert.Single(Extract(text));

        Assert.Equal("We are not against anyone", statement.Statement.Text);
        Assert.Equal("We are not against anyone", text[statement.Statement.Span!.Start..statement.Statement.Span.End]);
    }

    [Fact]
    public void A_second_clause_with_its_own_speaker_is_a_second_statement()
    {
        var statements = Extract("Beijing declined to comment, while a Japanese official said the talks had gone well.");

        Assert.Equal(2, statements.Count);
        Assert.Equal(StatementMode.Decline, statements[0].Statement.Mode);
        Assert.DoesNotContain("talks had gone well", statements[0].Statement.Text);
        Assert.Equal("japan", statements[1].Statement.Actor);
        Assert.Contains("the talks had gone well", statements[1].Statement.Text);
    }

    [Fact]
    public void A_single_holder_office_resolves_to_whoever_held_it_that_day()
    {
        ActorDefinition[] actors =
        [
            new("uk", "United Kingdom", ["Britain", "London"],
                [
                    new SpeakerDefinition("Helen Marsh", "foreign secretary", new DateOnly(2020, 1, 1), new DateOnly(2023, 11, 12)),
                    new SpeakerDefinition("James Whitfield", "foreign secretary", new DateOnly(2023, 11, 13), null),
                ]),
        ];
        var extractor = new StatementExtractor(actors, []);

        var now = Assert.Single(extractor.Extract(new ArticleInput("a", "Britain's foreign secretary said London would not be intimidated.", Published, null, null)).Statements);
        var then = Assert.Single(extractor.Extract(new ArticleInput("b", "Britain's foreign secretary said London would not be intimidated.", new DateTimeOffset(2022, 5, 1, 0, 0, 0, TimeSpan.Zero), null, null)).Statements);

        Assert.Equal("James Whitfield", now.Statement.Speaker);
        Assert.Equal("Helen Marsh", then.Statement.Speaker);
        Assert.All([now, then], s => Assert.Equal("uk", s.Statement.Actor));
    }

    [Fact]
    public void An_unnamed_spokesperson_is_not_guessed_to_be_the_named_one()
    {
        var statement = Assert.Single(Extract("A NATO spokesperson said the alliance had nothing to add."));

        Assert.Equal("nato", statement.Statement.Actor);
        Assert.Equal("NATO spokesperson", statement.Statement.Speaker);
    }

    [Fact]
    public void An_actor_that_reports_something_is_not_a_media_report()
    {
        var statement = Assert.Single(Extract("Japan's coast guard reported that four ships had entered the zone."));

        Assert.False(statement.IsReport);
        Assert.Equal("japan", statement.Statement.Actor);
    }

    [Fact]
    public void A_bracketed_aside_stays_with_its_speaker()
    {
        var statement = Assert.Single(Extract("\u201cWe will respond,\u201d Rep. Ann Lowry (D-Ore.) said on Thursday."));

        Assert.Equal("Ann Lowry", statement.Statement.Speaker);
        Assert.Contains("(D-Ore.)", statement.SpeakerText);
    }
}
