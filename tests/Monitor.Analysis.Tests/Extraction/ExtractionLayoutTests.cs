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
    public void A_bracketed_aside_stays_with_its_speaker()
    {
        var statement = Assert.Single(Extract("\u201cWe will respond,\u201d Rep. Ann Lowry (D-Ore.) said on Thursday."));

        Assert.Equal("Ann Lowry", statement.Statement.Speaker);
        Assert.Contains("(D-Ore.)", statement.SpeakerText);
    }
}
