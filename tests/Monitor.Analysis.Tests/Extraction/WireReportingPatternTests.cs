using Monitor.Abstractions;
using Monitor.Analysis.Extraction;

namespace Monitor.Analysis.Tests.Extraction;

/// <summary>
/// How wire copy reports a figure or a decision after naming its source once: "…, the agency said late on
/// Tuesday, citing …", "the port authority said", "the company said" for the business that spoke before, a
/// move and the figure it ends at across a comma, and a body that rates or values something.
/// </summary>
public sealed class WireReportingPatternTests
{
    private static readonly ActorDefinition[] Actors =
    [
        new("ruritania", "Ruritania", ["Ruritania", "Ruritanian government", "Ruritanian Ports Authority", "ports authority", "Ruritanian Safety Board"], []),
        new("acme", "Acme Motors", ["Acme Motors", "Acme"], []),
    ];

    private static IReadOnlyList<ExtractedStatement> Extract(string text) =>
        new StatementExtractor(Actors, []).Extract(new ArticleInput("doc-1", text, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero), "Wire", null)).Statements;

    [Theory]
    [InlineData("late on Wednesday")]
    [InlineData("early on Friday")]
    [InlineData("late Wednesday")]
    public void Content_before_a_source_said_at_a_part_of_the_day_is_what_was_said(string when)
    {
        var statements = Extract(
            $"Grain exports through the northern terminals fell to about 40,000 tonnes a week, half the usual volume, the Ruritanian government said {when}, citing figures from customs.");

        var statement = Assert.Single(statements);
        Assert.Equal("ruritania", statement.Statement.Actor);
        Assert.StartsWith("Grain exports through the northern terminals fell", statement.Statement.Text);
    }

    [Fact]
    public void An_authority_named_by_a_common_noun_speaks_for_its_actor()
    {
        var statements = Extract(
            "A court in the capital has impounded the tanker until its operator pays about $300 million in damages, the ports authority said on Tuesday.");

        var statement = Assert.Single(statements);
        Assert.Equal("ruritania", statement.Statement.Actor);
        Assert.Contains("$300 million in damages", statement.Statement.Text);
    }

    [Fact]
    public void The_company_is_the_business_that_spoke_last()
    {
        var statements = Extract(
            "Acme Motors said on Monday it would restart deliveries of its electric van in March.\n\n" +
            "The company said it had stopped building the van for good after more battery fires. It urged owners to park the vans outdoors.");

        Assert.Equal("acme", Assert.Single(statements, s => s.Statement.Text.Contains("stopped building")).Statement.Actor);
        Assert.Equal("acme", Assert.Single(statements, s => s.Statement.Text.Contains("park the vans")).Statement.Actor);
    }

    [Fact]
    public void The_company_never_reaches_back_to_a_public_body()
    {
        var statements = Extract(
            "The Ruritanian Safety Board said on Monday that the van's battery packs were unsafe.\n\n" +
            "The company said it had stopped building the van for good.");

        var later = Assert.Single(statements, s => s.Statement.Text.Contains("stopped building"));
        Assert.NotEqual("ruritania", later.Statement.Actor);
    }

    [Fact]
    public void A_move_keeps_the_figure_it_ends_at_after_a_comma()
    {
        var statements = Extract(
            "Acme Motors on Wednesday cut its forecast of annual operating profit by a third, to 2.1 billion euros from the 3.2 billion euros it gave in May, after the recall.");

        var statement = Assert.Single(statements);
        Assert.Contains("to 2.1 billion euros from the 3.2 billion euros", statement.Statement.Text);
        Assert.DoesNotContain("after the recall", statement.Statement.Text);
    }

    [Fact]
    public void A_body_that_rates_something_at_a_level_states_that_level()
    {
        var statements = Extract("The Ruritanian Safety Board provisionally rated the derailment at level 3 on its five-step scale.");

        var statement = Assert.Single(statements);
        Assert.Equal("ruritania", statement.Statement.Actor);
        Assert.Contains("at level 3", statement.Statement.Text);
    }

    [Fact]
    public void A_weekday_and_its_date_stay_in_the_act()
    {
        var statements = Extract("The Ruritanian government called a special session of parliament for Monday, Oct. 9, to vote on the budget.");

        Assert.Contains("Monday, Oct. 9", Assert.Single(statements).Statement.Text);
    }

    [Theory]
    [InlineData("sources in the Ruritanian government")]
    [InlineData("an official at the Ruritanian Ports Authority")]
    public void An_unnamed_source_inside_a_body_speaks_for_it_and_keeps_the_content_before_it(string source)
    {
        var statements = Extract($"The grain corridor will reopen on March 3 rather than stay shut until the summer, {source} said on Thursday, in a move that could ease prices.");

        var statement = Assert.Single(statements);
        Assert.Equal("ruritania", statement.Statement.Actor);
        Assert.StartsWith("The grain corridor will reopen on March 3", statement.Statement.Text);
    }

    [Theory]
    [InlineData("a source close to the Ruritanian government")]
    [InlineData("people familiar with the Ruritanian government's plans")]
    public void A_source_close_to_someone_is_not_that_someone_named_as_the_speaker(string source)
    {
        var statements = Extract($"The grain corridor will stay shut until the summer, {source} said on Thursday.");

        var statement = Assert.Single(statements);
        Assert.StartsWith("The grain corridor will stay shut", statement.Statement.Text);
        Assert.NotEqual("Ruritanian government", statement.Statement.Speaker);
    }

    [Theory]
    [InlineData("Under the 2015 accord with its neighbours, Ruritania agreed to keep its grain export levy at no more than 5 percent for ten years.")]
    [InlineData("After two days of talks in the capital, Ruritania agreed to keep its grain export levy at no more than 5 percent for ten years.")]
    public void An_act_after_a_framing_phrase_is_still_the_actors_act(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("ruritania", statement.Statement.Actor);
        Assert.StartsWith("agreed to keep its grain export levy", statement.Statement.Text);
    }

    [Fact]
    public void An_office_of_the_country_speaks_for_the_country_its_words_name()
    {
        var statement = Assert.Single(Extract(
            "Ruritania has raised its grain export levy to 8 percent, above the 5 percent cap set by the 2015 accord, a spokesman for the country's trade agency said on Monday."));

        Assert.Equal("ruritania", statement.Statement.Actor);
    }

    [Fact]
    public void A_phrase_about_the_news_after_the_attribution_is_not_more_of_what_was_said()
    {
        var statement = Assert.Single(Extract(
            "Northwind Freight has agreed to sell its truck business to a rival, the two companies' chief executives said on Tuesday, a sharp turn a day after Northwind said the unit was not for sale."));

        Assert.Equal("Northwind Freight has agreed to sell its truck business to a rival", statement.Statement.Text);
        Assert.Equal("two companies' chief executives", statement.Statement.Speaker);
    }

    [Fact]
    public void Content_that_opens_with_its_own_subject_after_the_channel_starts_there()
    {
        var statement = Assert.Single(Extract("Acme's founder said on Twitter he was sorry that the recall had come to this."));

        Assert.Equal("he was sorry that the recall had come to this", statement.Statement.Text);
    }

    [Fact]
    public void A_response_told_by_a_participle_after_its_manner_is_that_participle()
    {
        var statement = Assert.Single(Extract("Ruritania responded in kind on Saturday, ordering 23 diplomats of the embassy to leave within a week."));

        Assert.Equal("ruritania", statement.Statement.Actor);
        Assert.StartsWith("ordering 23 diplomats of the embassy to leave", statement.Statement.Text);
    }

    [Fact]
    public void A_filing_for_bankruptcy_is_an_act_of_the_company()
    {
        var statement = Assert.Single(Extract("Acme Motors filed for bankruptcy protection in Delaware on Friday."));

        Assert.Equal("acme", statement.Statement.Actor);
        Assert.StartsWith("filed for bankruptcy protection", statement.Statement.Text);
    }

    [Fact]
    public void State_media_speak_for_the_state_their_report_opens_with()
    {
        var statement = Assert.Single(Extract("Ruritania will stop its missile launches from Saturday and close its test range, state media said."));

        Assert.Equal("ruritania", statement.Statement.Actor);
    }

    [Fact]
    public void State_media_reporting_on_another_state_stay_a_report()
    {
        var statement = Assert.Single(Extract("The neighbouring states had massed troops on the border, state media said."));

        Assert.Null(statement.Statement.Actor);
    }

    [Theory]
    [InlineData("despite reports that the government was weighing a delay")]
    [InlineData("although several ministers had asked for more time")]
    public void A_concession_after_the_attribution_is_not_more_of_what_was_said(string concession)
    {
        var statement = Assert.Single(Extract($"The Ruritanian government will impose the new grain levy on Monday, a government spokesman said on Thursday, {concession}."));

        Assert.Equal("The Ruritanian government will impose the new grain levy on Monday", statement.Statement.Text);
        Assert.Equal(StatementMode.Assert, statement.Statement.Mode);
    }

    [Theory]
    [InlineData("Acme Motors on Monday categorically denied all the allegations in a report circulated by a short-seller.")]
    [InlineData("Acme Motors vehemently rejected all the allegations in a report circulated by a short-seller.")]
    [InlineData("Acme Motors on Friday emphatically denied all the allegations in a report circulated by a short-seller.")]
    public void How_firmly_a_thing_was_said_sits_between_the_speaker_and_the_cue(string text)
    {
        var statement = Assert.Single(Extract(text));

        Assert.Equal("acme", statement.Statement.Actor);
        Assert.Equal(StatementMode.Deny, statement.Statement.Mode);
        Assert.Contains("all the allegations in a report", statement.Statement.Text, StringComparison.Ordinal);
    }
}
