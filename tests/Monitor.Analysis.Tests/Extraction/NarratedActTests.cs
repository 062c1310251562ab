using Monitor.Abstractions;
using Monitor.Analysis.Extraction;
using static Monitor.Analysis.Tests.Extraction.ExtractionFixture;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>Deeds told as narration are the actor's record too, and a denial keeps what it denies.</summary>
public sealed class NarratedActTests
{
    [Fact]
    public void A_tracked_actor_that_did_something_gets_the_act_as_its_statement()
    {
        var statement = Assert.Single(Extract("The European Union raised tariffs on steel by 15 percent on Thursday, its first increase in a decade."));

        Assert.Equal("eu", statement.Statement.Actor);
        Assert.False(statement.Statement.Direct);
        Assert.Equal("raised tariffs on steel by 15 percent on Thursday", statement.Statement.Text);
        Assert.Equal("narrated-act", statement.Trace.Rule.Split('/')[0]);
    }

    [Fact]
    public void A_figure_written_with_a_thousands_separator_stays_whole_in_the_act()
    {
        var statement = Assert.Single(Extract("Britain raised its official count of flood deaths to 2,975 from 64 on Tuesday, adopting the findings of a study."));

        Assert.Equal("uk", statement.Statement.Actor);
        Assert.Equal("raised its official count of flood deaths to 2,975 from 64 on Tuesday", statement.Statement.Text);
    }

    [Fact]
    public void The_year_after_a_day_of_the_month_stays_with_the_act()
    {
        var statement = Assert.Single(Extract("The European Union voted late on Monday to hold the summit on Dec. 15, 2027, more than nine months after the date first set."));

        Assert.Equal("voted late on Monday to hold the summit on Dec. 15, 2027", statement.Statement.Text);
    }

    [Theory]
    [InlineData("The European Union put back Sunday's presidential, legislative and provincial elections by one week to Dec. 30, saying ballots were missing.",
        "put back Sunday's presidential, legislative and provincial elections by one week to Dec. 30")]
    [InlineData("Britain banned imports of beef, pork or poultry from three countries on Monday, citing an outbreak.",
        "banned imports of beef, pork or poultry from three countries on Monday")]
    public void A_list_inside_the_act_stays_in_it_and_the_clause_after_it_does_not(string text, string act)
    {
        var statement = Assert.Single(Extract(text), s => s.Trace.Rule.StartsWith("narrated-act", StringComparison.Ordinal));

        Assert.Equal(act, statement.Statement.Text);
    }

    [Fact]
    public void An_undertaking_told_by_another_tracked_actor_is_the_doers_act_and_the_tellers_statement()
    {
        var statements = Extract("Britain has agreed to forward the membership request to its parliament, NATO said on Monday.");

        Assert.Equal(2, statements.Count);
        Assert.Equal("agreed to forward the membership request to its parliament", Assert.Single(statements, s => s.Statement.Actor == "uk").Statement.Text);
        Assert.Contains(statements, s => s.Statement.Actor == "nato");
    }

    [Fact]
    public void Another_act_told_by_another_tracked_actor_stays_the_tellers_statement()
    {
        var statement = Assert.Single(Extract("Britain has banned exports of scrap metal, NATO said on Monday."));

        Assert.Equal("nato", statement.Statement.Actor);
    }

    [Fact]
    public void An_undertaking_with_an_infinitive_is_an_act_of_the_actor()
    {
        var statement = Assert.Single(Extract("Japan's cabinet pledged on Tuesday to halt coal imports from the region by 2030."));

        Assert.Equal("japan", statement.Statement.Actor);
        Assert.StartsWith("pledged on Tuesday to halt coal imports", statement.Statement.Text);
    }

    [Fact]
    public void An_act_reported_according_to_an_unknown_document_stays_with_the_actor()
    {
        var statements = Extract("Britain has banned exports of scrap metal with immediate effect, according to a customs notice dated Monday.");

        var act = Assert.Single(statements);
        Assert.Equal("uk", act.Statement.Actor);
        Assert.Equal("banned exports of scrap metal with immediate effect", act.Statement.Text);
    }

    [Theory]
    [InlineData("Haruto Sato has agreed to resign as foreign minister, a source familiar with the negotiations said on Sunday.")]
    [InlineData("Britain has agreed to leave the talks, a person familiar with the matter said.")]
    public void An_act_told_by_an_unnamed_person_is_that_persons_account_not_the_act_done(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Null(statement.Statement.Actor);
        Assert.NotEqual("narrated-act", statement.Trace.Rule.Split('/')[0]);
        Assert.Contains("agreed to", statement.Statement.Text);
    }

    [Theory]
    [InlineData("Japan's envoy to the region, Haruto Sato, apologised on Friday to the families of the injured fishermen.")]
    [InlineData("Haruto Sato, Japan's envoy to the region, apologised on Friday to the families of the injured fishermen.")]
    public void A_name_with_its_description_set_off_by_commas_is_the_doer_of_the_act(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("japan", statement.Statement.Actor);
        Assert.Equal("apologised on Friday to the families of the injured fishermen", statement.Statement.Text);
    }

    [Fact]
    public void A_list_of_names_is_no_appositive()
    {
        var statements = Extract("Japan, China and the alliance agreed on Friday to cut tariffs on steel.");

        Assert.DoesNotContain(statements, s => s.Statement.Actor == "japan" && s.Trace.Rule.StartsWith("narrated-act", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_reporting_what_an_actor_did_remains_the_outlets_report()
    {
        var statement = Assert.Single(Extract("China has suspended imports of beef, the Nordic Times reported, citing customs officials."));

        Assert.Null(statement.Statement.Actor);
        Assert.True(statement.IsReport);
    }

    [Fact]
    public void Names_that_are_no_tracked_actor_do_not_make_acts()
    {
        Assert.Empty(Extract("Acme Shipping raised its freight rates by 20 percent on Monday."));
    }

    [Fact]
    public void Narration_without_a_checkable_change_is_not_taken_as_an_act()
    {
        Assert.Empty(Extract("Japan reacted angrily on Monday."));
    }

    [Fact]
    public void Speech_is_left_to_the_attribution_rules_not_read_as_an_act()
    {
        var statement = Assert.Single(Extract("NATO said on Monday it would open a liaison office in Tokyo."));

        Assert.Equal("it would open a liaison office in Tokyo", statement.Statement.Text);
        Assert.NotEqual("narrated-act", statement.Trace.Rule.Split('/')[0]);
    }

    [Fact]
    public void A_denial_of_a_report_keeps_the_denying_verb_and_the_report_it_names()
    {
        var statement = Assert.Single(Extract("Japan on Monday denied a newspaper report that it was buying missiles from abroad."));

        Assert.Equal("japan", statement.Statement.Actor);
        Assert.Equal(StatementMode.Deny, statement.Statement.Mode);
        Assert.Equal("denied a newspaper report that it was buying missiles from abroad", statement.Statement.Text);
    }

    [Fact]
    public void A_participle_that_rejects_a_report_stays_with_the_claim_it_defends_as_a_denial()
    {
        var statements = Extract("Haruto Sato said on Thursday that every rule had been respected, rejecting media reports that staff met in secret.");

        var denial = Assert.Single(statements);
        Assert.Equal(StatementMode.Deny, denial.Statement.Mode);
        Assert.Equal("japan", denial.Statement.Actor);
        Assert.Equal("every rule had been respected, rejecting media reports that staff met in secret", denial.Statement.Text);
    }

    [Fact]
    public void The_agency_or_the_bank_named_again_is_the_body_named_before()
    {
        var extractor = new StatementExtractor(
            [new ActorDefinition("nordic-health", "Nordic Health Office", ["Nordic Health Office"], []),
             new ActorDefinition("baltic-bank", "Baltic Central Bank", ["Baltic Central Bank"], [])],
            []);
        const string text = "The Nordic Health Office recommended on Friday that travellers wear masks on long ferry crossings. "
            + "The agency said masks could cut infections on crowded decks.\n\n"
            + "The Baltic Central Bank raised its deposit rate by 25 basis points. The bank said further increases were likely.";

        var statements = extractor.Extract(new ArticleInput("d1", text, Published, "Wire", null)).Statements;

        Assert.Equal("nordic-health", Assert.Single(statements, s => s.Statement.Text.Contains("crowded decks")).Statement.Actor);
        Assert.Equal("baltic-bank", Assert.Single(statements, s => s.Statement.Text.Contains("further increases")).Statement.Actor);
    }
}
